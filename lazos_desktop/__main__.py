from lazos_desktop.cli import main

raise SystemExit(main())
