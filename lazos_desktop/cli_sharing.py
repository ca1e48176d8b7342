"""Commands for sharing beyond one laptop: catalogue settings, publishing, the team folder.

`cli.py` registers what this module declares (`add_parsers`, `COMMANDS`), so the main
command line stays small; like it, this module only parses, calls services and prints.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lazos_desktop import services
from lazos_desktop.cli_text import say
from lazos_desktop.services import catalogue_settings as settings
from lazos_desktop.services import publishing

Handler = Callable[[argparse.Namespace, services.Catalogue], int]
COMMANDS: dict[str, Handler] = {}
# Commands that change records (and so take the day's backup first).
CHANGING: set[str] = set()
EXIT_OK, EXIT_REFUSED = 0, 1

_OPTION_OF = {
    setting.key: "--" + setting.key.replace("_", "-") for setting in settings.ALL_SETTINGS
}


def add_parsers(commands: Any) -> None:
    chosen = commands.add_parser(
        "settings",
        help="show or set this catalogue's settings (IATI organisation, licence, team folder)",
    )
    for setting in settings.ALL_SETTINGS:
        chosen.add_argument(
            _OPTION_OF[setting.key],
            dest=setting.key,
            default=None,
            metavar="VALUE",
            help=setting.description["en"] + ' ("" clears it)',
        )
    chosen.add_argument("--json", action="store_true")

    published = commands.add_parser(
        "publish", help="write a read-only copy for Datasette (and its metadata file)"
    )
    published.add_argument("out", type=Path, metavar="OUT.sqlite3")
    published.add_argument(
        "--with-contacts",
        action="store_true",
        help="also publish the exchanges' contact people (personal data)",
    )
    published.add_argument(
        "--metadata", type=Path, default=None, help="metadata file (default OUT.metadata.json)"
    )
    published.add_argument("--json", action="store_true")


def _command(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        COMMANDS[name] = handler
        return handler

    return register


@_command("publish")
def _publish(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    for folder in {args.out.resolve().parent, (args.metadata or args.out).resolve().parent}:
        if not folder.is_dir():
            print(
                f"lazos-desktop: {say('export_folder_missing', args.lang, folder=folder)}",
                file=sys.stderr,
            )
            return EXIT_REFUSED
    result = publishing.publish(
        catalogue, args.out, with_contacts=args.with_contacts, metadata_path=args.metadata
    )
    if args.json:
        print(services.dumps(result.as_json()))
        return EXIT_OK
    count = sum(result.counts.values())
    print(say("published", args.lang, path=result.path, metadata=result.metadata, count=count))
    if result.synthetic_left_out:
        print(say("published_synthetic_left", args.lang, count=result.synthetic_left_out))
    if not result.licence:
        print(say("published_no_licence", args.lang))
    return EXIT_OK


@_command("settings")
def _settings(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    asked = {
        setting: getattr(args, setting.key)
        for setting in settings.ALL_SETTINGS
        if getattr(args, setting.key) is not None
    }
    settings.put_many(catalogue, asked)
    values = settings.all_values(catalogue)
    if args.json:
        print(services.dumps({"settings": values}))
        return EXIT_OK
    if asked:
        print(say("settings_saved", args.lang))
    unset = say("setting_unset", args.lang)
    for setting in settings.ALL_SETTINGS:
        shown = values[setting.key] or unset
        print(f"  {_OPTION_OF[setting.key]:<22} {shown}")
        print(f"  {'':<22} {setting.description.get(args.lang, setting.description['es'])}")
    return EXIT_OK
