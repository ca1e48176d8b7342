"""Entry point of the frozen program: the same `lazos-desktop` command as from source."""

from lazos_desktop.cli import main

raise SystemExit(main())
