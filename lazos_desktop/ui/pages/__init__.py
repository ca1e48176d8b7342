"""The window's pages: one records page per kind, the overview, and later the agenda.

A page is a widget that shows one part of the catalogue and refreshes itself from the
`Changes` every operation announces (see `lazos_desktop.ui.operations`); the window shell
only switches between pages and never refreshes one on another's behalf.
"""
