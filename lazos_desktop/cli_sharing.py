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

from lazos_desktop import cli_help, services
from lazos_desktop.cli_text import say
from lazos_desktop.domain import languages
from lazos_desktop.services import catalogue_settings as settings

Handler = Callable[[argparse.Namespace, "services.Catalogue"], int]
COMMANDS: dict[str, Handler] = {}
# Commands that change records (and so take the day's backup first).
CHANGING: set[str] = {"team"}
EXIT_OK, EXIT_REFUSED = 0, 1

_OPTION_OF = {
    setting.key: "--" + setting.key.replace("_", "-") for setting in settings.ALL_SETTINGS
}


def add_parsers(commands: Any, lang: str = "es") -> None:
    """The sharing commands, their help in `lang` (texts in cli_help)."""

    def words(key: str, **params: Any) -> str:
        return cli_help.help_text(key, lang, **params)

    def var(key: str) -> str | None:
        return cli_help.metavar(key, lang)

    chosen = commands.add_parser("settings", help=words("settings"), description=words("settings"))
    for setting in settings.ALL_SETTINGS:
        chosen.add_argument(
            _OPTION_OF[setting.key],
            dest=setting.key,
            default=None,
            metavar=var("value"),
            help=words("setting_clears", description=languages.pick(setting.description, lang)),
        )
    chosen.add_argument("--json", action="store_true", help=words("json"))

    published = commands.add_parser("publish", help=words("publish"), description=words("publish"))
    published.add_argument("out", type=Path, metavar=var("out_sqlite"), help=words("publish_out"))
    published.add_argument("--with-contacts", action="store_true", help=words("publish_contacts"))
    published.add_argument(
        "--metadata", type=Path, default=None, metavar=var("file"), help=words("metadata")
    )
    published.add_argument("--json", action="store_true", help=words("json"))

    team = commands.add_parser("team", help=words("team"), description=words("team"))

    def team_options(team: argparse.ArgumentParser) -> None:
        from lazos_desktop.services.exchange_files import OnConflict  # the importers: only here

        team.add_argument(
            "action", choices=["status", "write", "merge", "sync"], help=words("team_action")
        )
        team.add_argument(
            "--on-conflict",
            choices=[OnConflict.ASK.value, OnConflict.THEIRS.value, OnConflict.OURS.value],
            default=OnConflict.ASK.value,
            help=words("team_conflict"),
        )
        team.add_argument("--json", action="store_true", help=words("json"))

    if isinstance(team, cli_help.Parser):
        team.later(team_options)
    else:
        team_options(team)


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
    from lazos_desktop.services import publishing

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


@_command("team")
def _team(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    from lazos_desktop.services import team_folder

    lang = args.lang
    if args.action == "status":
        found = team_folder.status(catalogue)
        if args.json:
            print(services.dumps(found.as_json()))
            return EXIT_OK
        print(
            say(
                "team_status",
                lang,
                folder=found.folder,
                pending=len(found.pending),
                incomplete=len(found.incomplete),
                own=found.own_changes,
            )
        )
        for bundle in found.pending:
            print(
                say(
                    "team_pending_line",
                    lang,
                    name=bundle.path.name,
                    officer=bundle.officer or "?",
                    when=bundle.written_at,
                    count=len(bundle.rows),
                )
            )
        for name in found.incomplete:
            print(say("team_incomplete_line", lang, name=name))
        return EXIT_OK
    report: dict[str, Any] = {}
    code = EXIT_OK
    if args.action in ("merge", "sync"):
        code = _team_merge(args, catalogue, report)
    if args.action in ("write", "sync") and code == EXIT_OK:
        written = team_folder.write_changes(catalogue)
        report["written"] = {"path": str(written.path or ""), "records": written.count}
        if not args.json:
            if written.path is None:
                print(say("team_nothing_new", lang))
            else:
                print(say("team_written", lang, count=written.count, path=written.path))
    if args.json:
        print(services.dumps({**report, "exit_code": code}))
    return code


def _team_merge(
    args: argparse.Namespace, catalogue: services.Catalogue, report: dict[str, Any]
) -> int:
    from lazos_desktop.services import exchange_files, team_folder

    lang = args.lang
    merge = team_folder.plan_merge(catalogue, lang)
    report["incomplete"] = merge.incomplete
    if merge.empty:
        report["merged"] = {"bundles": 0}
        if not args.json:
            print(say("team_nothing_to_merge", lang))
        return EXIT_OK
    try:
        done = team_folder.apply_merge(catalogue, merge, on_conflict=args.on_conflict)
    except (exchange_files.ConflictsUnsettled, exchange_files.ImportRefused) as refused:
        payload = exchange_files.ImportResult(refused.plan).as_json(lang)
        report["merged"] = {"bundles": 0, **payload}
        if not args.json:
            for problem in payload["errors"]:
                print(f"{problem['file']}:{problem['row']}: {problem['message']}", file=sys.stderr)
            for row in payload["conflict_records"]:
                fields = ", ".join(row["fields"])
                print(say("conflict_line", lang, **{**row, "fields": fields}), file=sys.stderr)
            count = len(payload["conflict_records"])
            if count:
                print(say("team_conflicts", lang, count=count), file=sys.stderr)
        return EXIT_REFUSED
    counts = done.counts()
    report["merged"] = {**counts, "kept_ours": done.kept_ours}
    if not args.json:
        print(say("team_merged", lang, **counts))
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
