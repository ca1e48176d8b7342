"""The first run: when no officer name is stored, welcome her before the window opens.

`ask_welcome` shows the modal screen (tests replace it); `apply_welcome` stores the answer
and creates the catalogue file as chosen, seeded or empty, unless it exists already.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lazos_desktop.ui.settings import LANGUAGE, OFFICER_NAME, Settings

# The services and the welcome screen load only on a first run: a plain start shows its
# window before they are imported.
if TYPE_CHECKING:
    from lazos_desktop.ui.dialogs.welcome_dialog import WelcomeChoice


def needs_welcome(settings: Settings) -> bool:
    return not settings.get(OFFICER_NAME).strip()


def ask_welcome(catalogue_path: Path, language: str) -> WelcomeChoice | None:
    """The officer's answer, or None when she left (nothing is then written)."""
    from lazos_desktop.services.seeds import seed_counts
    from lazos_desktop.ui.dialogs.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog(catalogue_path, catalogue_path.exists(), seed_counts(), language)
    return dialog.choice() if dialog.exec() else None


def apply_welcome(
    settings: Settings, choice: WelcomeChoice, catalogue_path: Path, *, default: bool = True
) -> Path:
    """Create the catalogue as chosen (an existing file is opened as it is), then remember
    the officer and the language; returns the catalogue to open. A catalogue named for this
    start only (`default=False`, from ``--db``) joins the recent files, not the next start."""
    if not catalogue_path.exists():
        from lazos_desktop.services import Catalogue

        catalogue_path.parent.mkdir(parents=True, exist_ok=True)
        Catalogue.open(catalogue_path, officer=choice.officer, seed=choice.seeded).close()
    settings.set(OFFICER_NAME, choice.officer)
    settings.set(LANGUAGE, choice.language)
    if default:
        settings.remember_catalogue(str(catalogue_path))
    else:
        settings.remember_recent(str(catalogue_path))
    return catalogue_path
