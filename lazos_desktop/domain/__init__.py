"""Records, vocabularies and validation. Imports nothing else of the program.

No pydantic plugin runs on a record: none ships with the program, and looking for them reads
the entry points of every installed package when pydantic builds its first validator (about
7 ms of a 0.26 s brief process, `benchmarks.brief_process`), the way sqlite-utils' plugins are
not looked for either (`store/catalogue_database.py`). Set here, before any model of this
package can build; a value the officer's environment already gives is kept.
"""

import os

os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
