"""Write `lazos_desktop/store/schema_reference.py`: what the migrations create, per version.

    python tools/write_schema_reference.py

Run it after changing a migration (or moving to another SQLite); until then a catalogue's
opening runs the migrations in memory to learn its reference, and
`tests/store/test_schema_reference.py` fails.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lazos_desktop.store import schema_objects  # noqa: E402

TARGET = Path(schema_objects.__file__).with_name("schema_reference.py")


def main() -> int:
    TARGET.write_text(schema_objects.reference_module(), encoding="utf-8")
    # Laid out by the house formatter, so that `ruff format --check` passes as for any file.
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(TARGET)], check=True)
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
