"""No pydantic plugin runs on a record: none ships with the program, and looking for them reads
the entry points of every installed package when pydantic builds its first validator (about
7 ms of a 0.26 s brief process, `benchmarks.brief_process`), the way sqlite-utils' plugins are
not looked for either (`store/catalogue_database.py`). Imported by the two modules that
define models (`records`, `case_items`), before any of them can build; a value the
officer's environment already gives is kept.

Told so, pydantic's plugin loader returns no plugin, yet importing it still imports
`importlib.metadata` (with email, zipfile, csv, socket and calendar behind it: about 6 ms of
CPU of the same process, for nothing). So while every plugin is off, `pydantic.plugin._loader`
is a stand-in whose `get_plugins` returns no plugin, as the real one would; any other name
asked of it loads the real loader and hands over to it for good, so a pydantic that asks
for more still gets it (`tests/domain/test_no_plugins.py` reads what pydantic asks for).
"""

import importlib
import os
import sys
import types
from collections.abc import Iterable

os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

_LOADER = "pydantic.plugin._loader"
# The values for which pydantic's `get_plugins` returns () without reading anything.
ALL_OFF = ("__all__", "1", "true")


def _no_plugins() -> Iterable[object]:
    return ()


def _real_loader(name: str) -> object:
    """`name` of pydantic's own loader, which from now on stands in `sys.modules`. Not for
    a module's own attributes (`__file__`, `__path__`, ...), which tools ask any module for."""
    if name.startswith("__"):
        raise AttributeError(name)
    if getattr(sys.modules.get(_LOADER), "__getattr__", None) is _real_loader:
        del sys.modules[_LOADER]
    return getattr(importlib.import_module(_LOADER), name)


if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in ALL_OFF and _LOADER not in sys.modules:
    _stand_in = types.ModuleType(_LOADER, "No pydantic plugin (lazos_desktop.domain).")
    _stand_in.get_plugins = _no_plugins  # type: ignore[attr-defined]
    _stand_in.__getattr__ = _real_loader  # type: ignore[method-assign]
    sys.modules[_LOADER] = _stand_in
