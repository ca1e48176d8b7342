"""The command line: parses arguments, calls services, prints. The work is in services.

Exit status: 0 done; 1 the input was refused (nothing written); 2 usage error; 3 the
catalogue file is damaged, not a catalogue, or newer than this program.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lazos_desktop import __version__, cli_help, cli_process, cli_sharing, paths, services
from lazos_desktop.cli_text import os_reason, printable, say
from lazos_desktop.domain import languages
from lazos_desktop.domain.kinds import Kind
from lazos_desktop.domain.vocabularies import AXIS
from lazos_desktop.store.errors import (
    CatalogueDamaged,
    CatalogueError,
    ForeignCatalogue,
    NotACatalogue,
    StorageFault,
    as_catalogue_error,
)

if TYPE_CHECKING:
    from lazos_desktop.domain.records import Record
    from lazos_desktop.services import exchange_files
    from lazos_desktop.store.queries import RecordQuery

# A command imports what it alone needs (the importers, the exporters, attachments, ReportLab)
# in its own function, and the options of `list`, `import`, `export` and the sharing commands
# are built only when that command runs (`cli_help.Parser.later`): `brief` and `list` start
# without loading the file formats (tests/test_cli_imports.py). This module's own imports
# are light (no record models, SQLite helpers or backups; `services` loads its names when
# first used): the window starts through `main` too.

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_DAMAGED = 0, 1, 2, 3

PAPER_CHOICES = languages.PAPER_SIZES
MAX_INTEGER = 2**63 - 1  # what SQLite stores; Python's ints go further and then overflow
MAX_SYNTHETIC = 1_000_000  # the largest catalogue the benchmarks measure
MAX_YEAR = 9999  # the keys of services.briefs.PAPERS, loaded only for briefs

Handler = Callable[[argparse.Namespace, "services.Catalogue"], int]
# Commands that change the catalogue take the day's automatic backup first; reading ones
# (stats, list, show, check, export, brief) stay quick on a large file.
CHANGING_COMMANDS = {
    "import",
    "undo-import",
    "demo-data",
    "attach",
    "detach",
    *cli_sharing.CHANGING,
}
COMMANDS: dict[str, Handler] = dict(cli_sharing.COMMANDS)
# Commands with nothing to do on a file that is not there: on an explicit `--db` or
# `LAZOS_DB` that names no file they say so (exit 3) and create nothing. `init` creates one;
# `import` and `demo-data` still create the file they are asked to write into.
NEEDS_A_CATALOGUE = {"stats", "list", "show", "check", "export", "brief", "backup", "undo-import"}
# Commands that work on the file without opening it as a catalogue, so that they still
# work when it is damaged: listing its backups and restoring one.
FILE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


class UsageError(Exception):
    """A well-formed command asking for something that does not exist (exit 2)."""


def main(argv: Sequence[str] | None = None) -> int:
    status = _guarded(argv)
    if argv is None:  # this process's own command line: a reading command ends here
        status = cli_process.leave(status)
    return status


def _guarded(argv: Sequence[str] | None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader (`| head`) stopped listening: nothing is wrong with the catalogue.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (KeyboardInterrupt, SystemExit):
        raise
    except OSError as error:  # a path the system refuses: too long, a loop of links, gone
        lang = _argv_lang(argv) or "es"
        where = f"{error.filename}: " if error.filename else ""
        print(f"lazos-desktop: {printable(where)}{os_reason(error, lang)}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as error:  # noqa: BLE001 - the last guard: a message, never a traceback
        lang = _argv_lang(argv) or "es"
        detail = printable(f"{type(error).__name__}: {str(error)[:200]}")
        print(f"lazos-desktop: {say('unexpected_error', lang, detail=detail)}", file=sys.stderr)
        return EXIT_REFUSED
    except MemoryError:
        lang = _argv_lang(argv) or "es"
        print(
            f"lazos-desktop: {say('unexpected_error', lang, detail='MemoryError')}", file=sys.stderr
        )
        return EXIT_REFUSED


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser(_argv_lang(argv) or "es")
    args = parser.parse_args(argv)
    asked_lang = args.lang or _asked_in_environment()
    args.lang = args.lang or _env_lang() or "es"
    if args.selftest:
        return _selftest(args.lang)
    if args.command is None:
        return _open_window(args, asked_lang)
    if argv is None:  # this process runs one command and exits
        cli_process.settle(args.command)
    if args.command in FILE_COMMANDS:
        try:
            return FILE_COMMANDS[args.command](args)
        except CatalogueError as error:
            return _fail(args, _error_text(error, args.lang), error.exit_code)
    if args.command in NEEDS_A_CATALOGUE and args.db is not None and not Path(args.db).exists():
        # A path typed by hand (or in LAZOS_DB) for reading names a catalogue that must be
        # there already: a slip of the keyboard must not become a new, seeded catalogue.
        return _fail(args, say("no_catalogue_file", args.lang, path=args.db), EXIT_DAMAGED)
    if _emptied_catalogue(args):
        # An empty file where a catalogue was (a sync tool or a full disk left 0 bytes) must
        # not be seeded afresh: its backups would then rotate away behind the new one.
        return _fail_with_backup(args, CatalogueDamaged("catalogue_empty", _catalogue_path(args)))
    try:
        catalogue = services.Catalogue.open(
            args.db, officer=args.officer, daily_backup=args.command in CHANGING_COMMANDS
        )
    except ForeignCatalogue as error:
        return _refuse_foreign(args, error)
    except (CatalogueDamaged, NotACatalogue) as error:
        return _fail_with_backup(args, error)
    except CatalogueError as error:
        return _fail(args, error.message(args.lang), error.exit_code)
    except OSError as error:
        return _fail(args, f"{args.db or ''}: {os_reason(error, args.lang)}", EXIT_REFUSED)
    if catalogue.backup_problem is not None:
        detail = catalogue.backup_problem.message(args.lang)
        print(say("daily_backup_failed", args.lang, detail=detail), file=sys.stderr)
    from lazos_desktop.domain.validation import RecordInvalid  # loaded by the opening already

    try:
        return COMMANDS[args.command](args, catalogue)
    except UsageError as error:
        return _fail(args, str(error), EXIT_USAGE)
    except RecordInvalid as error:
        return _fail(args, "; ".join(p.message(args.lang) for p in error.problems), EXIT_REFUSED)
    except CatalogueDamaged as error:
        return _fail_with_backup(args, error)
    except CatalogueError as error:
        return _fail(args, _error_text(error, args.lang), error.exit_code)
    except StorageFault as error:
        fault = as_catalogue_error(error, catalogue.path)
        if isinstance(fault, CatalogueDamaged):
            return _fail_with_backup(args, fault)
        return _fail(args, fault.message(args.lang), fault.exit_code)
    finally:
        catalogue.close()


def build_parser(lang: str = "es") -> argparse.ArgumentParser:
    """The parser, with its help and argparse's own messages in `lang` (the caller finds
    the language in the arguments first: see `_argv_lang`); also words the range errors of
    its number options."""
    lang = languages.known_language(lang)

    def words(key: str, **params: Any) -> str:
        return cli_help.help_text(key, lang, **params)

    def var(key: str) -> str | None:
        return cli_help.metavar(key, lang)

    parser = cli_help.parser_class(lang)(prog="lazos-desktop", description=words("description"))
    parser.add_argument(
        "--db",
        type=Path,
        default=Path(os.environ["LAZOS_DB"]) if os.environ.get("LAZOS_DB") else None,
        metavar=var("db"),
        help=words("db"),
    )
    parser.add_argument(
        "--lang", choices=list(languages.LANGUAGES), default=None, help=words("lang")
    )
    parser.add_argument(
        "--officer",
        default=os.environ.get("LAZOS_OFFICER", ""),
        metavar=var("officer"),
        help=words("officer"),
    )
    parser.add_argument("--selftest", action="store_true", help=words("selftest"))
    commands = parser.add_subparsers(dest="command", metavar=var("command"))

    def add_command(name: str) -> argparse.ArgumentParser:
        """A command, its purpose in the list of commands and atop its own help."""
        purpose = words(name)
        made: argparse.ArgumentParser = commands.add_parser(name, help=purpose, description=purpose)
        return made

    def add_json(command: argparse.ArgumentParser, key: str = "json") -> None:
        command.add_argument("--json", action="store_true", help=words(key))

    stats = add_command("stats")
    add_json(stats)

    def list_options(listing: argparse.ArgumentParser) -> None:
        _add_filters(listing, lang)
        listing.add_argument("--sort", default="code", choices=sorted(_SORTS), help=words("sort"))
        listing.add_argument("--desc", action="store_true", help=words("desc"))
        listing.add_argument(
            "--limit", type=_count("--limit", lang), default=None, metavar="N", help=words("limit")
        )
        listing.add_argument(
            "--offset", type=_count("--offset", lang), default=0, metavar="N", help=words("offset")
        )
        add_json(listing, "json_codes")

    later(add_command("list"), list_options)

    show = add_command("show")
    show.add_argument("code", metavar=var("code"), help=words("record_code"))
    add_json(show, "json_codes")

    check = add_command("check")
    add_json(check)

    demo = add_command("demo-data")
    most = {"en": f"{MAX_SYNTHETIC:,}"}.get(lang, f"{MAX_SYNTHETIC:,}".replace(",", "."))
    demo.add_argument(
        "--synthetic",
        type=_count("--synthetic", lang, MAX_SYNTHETIC),
        required=True,
        metavar="N",
        help=words("synthetic_count", most=most),
    )
    demo.add_argument(
        "--seed", type=_count("--seed", lang), default=0, metavar=var("seed"), help=words("seed")
    )
    add_json(demo)

    brief = add_command("brief")
    brief.add_argument("template", metavar=var("template"), help=words("template"))
    brief.add_argument("out", type=Path, metavar=var("out_pdf"), help=words("brief_out"))
    brief.add_argument(
        "--id",
        dest="ids",
        nargs="+",
        action="extend",
        default=[],
        metavar=var("code"),
        help=words("brief_ids"),
    )
    brief.add_argument("--country", metavar=var("country"), help=words("country"))
    brief.add_argument("--axis", metavar=var("axis"), help=words("axis"))
    brief.add_argument("--query", "-q", default="", metavar=var("query"), help=words("brief_query"))
    brief.add_argument("--kind", choices=[k.value for k in Kind], help=words("brief_kind"))
    brief.add_argument(
        "--lang",
        choices=list(languages.LANGUAGES),
        default=argparse.SUPPRESS,
        help=words("brief_lang"),
    )
    brief.add_argument("--paper", choices=list(PAPER_CHOICES), default="a4", help=words("paper"))
    brief.add_argument("--title", default="", metavar=var("title"), help=words("title"))
    brief.add_argument("--meeting", default="", metavar=var("meeting"), help=words("meeting"))
    brief.add_argument(
        "--meeting-date",
        type=_iso_date,
        default=None,
        metavar=var("date"),
        help=words("meeting_date"),
    )
    brief.add_argument("--place", default="", metavar=var("place"), help=words("place"))
    brief.add_argument(
        "--participant",
        dest="participants",
        action="append",
        default=[],
        metavar=var("participant"),
        help=words("participant"),
    )
    brief.add_argument(
        "--agenda", action="append", default=[], metavar=var("agenda"), help=words("agenda")
    )
    brief.add_argument("--with-related", action="store_true", help=words("with_related"))
    brief.add_argument("--with-contacts", action="store_true", help=words("brief_contacts"))
    add_json(brief)

    backup = add_command("backup")
    backup.add_argument(
        "path", nargs="?", type=Path, metavar=var("path"), help=words("backup_path")
    )
    add_json(backup)

    init = add_command("init")
    init.add_argument("--empty", action="store_true", help=words("empty"))
    add_json(init)

    restore = add_command("restore")
    restore.add_argument("backup", type=Path, metavar=var("backup"), help=words("restore_backup"))
    add_json(restore)
    _add_exchange_commands(commands, lang)
    _add_attachment_commands(commands, lang)
    cli_sharing.add_parsers(commands, lang)

    due = add_command("due")
    due.add_argument("--days", type=int, default=30, metavar="N", help=words("days"))
    due.add_argument("--country", metavar=var("country"), help=words("country"))
    due.add_argument("--axis", metavar=var("axis"), help=words("axis"))
    due.add_argument(
        "--responsible", default="", metavar=var("responsible"), help=words("responsible")
    )
    due.add_argument("--undated", action="store_true", help=words("undated"))
    add_json(due, "json_codes")

    listing = add_command("backups")
    add_json(listing)
    return parser


def later(parser: argparse.ArgumentParser, fill: Callable[[argparse.ArgumentParser], None]) -> None:
    """`fill(parser)` adds the command's options when the command runs or shows its help."""
    if isinstance(parser, cli_help.Parser):
        parser.later(fill)
    else:
        fill(parser)


def kind_help() -> str:
    """The words --kind takes, for its help: "practice/practices/práctica/prácticas; …"."""
    from lazos_desktop.interchange.headers import KIND_ARGUMENTS

    return "; ".join("/".join(words) for words in KIND_ARGUMENTS.values())


def kind_argument(text: str) -> str:
    """--kind as `list`, `export` and `import` take it: singular or plural, es or en."""
    from lazos_desktop.interchange.headers import kind_from_word

    kind = kind_from_word(text)
    if kind is None:
        raise argparse.ArgumentTypeError(f"{text!r}: {kind_help()}")
    return kind.value


def kind_or_all(text: str) -> str:
    from lazos_desktop.interchange.headers import header_key

    return "all" if header_key(text) in {"all", "todo", "todos", "todas"} else kind_argument(text)


def _add_exchange_commands(commands: Any, lang: str = "es") -> None:
    def words(key: str, **params: Any) -> str:
        return cli_help.help_text(key, lang, **params)

    def var(key: str) -> str | None:
        return cli_help.metavar(key, lang)

    imports = commands.add_parser("import", help=words("import"), description=words("import"))

    def import_options(imports: argparse.ArgumentParser) -> None:
        from lazos_desktop.services.exchange_files import OnConflict

        imports.add_argument(
            "paths", nargs="+", type=Path, metavar=var("path"), help=words("import_paths")
        )
        imports.add_argument("--dry-run", action="store_true", help=words("dry_run"))
        imports.add_argument("--skip-invalid", action="store_true", help=words("skip_invalid"))
        imports.add_argument(
            "--on-conflict",
            choices=[rule.value for rule in OnConflict],
            default=OnConflict.ASK.value,
            help=words("on_conflict"),
        )
        imports.add_argument(
            "--duplicates", choices=["skip", "keep"], default="skip", help=words("duplicates")
        )
        imports.add_argument(
            "--kind",
            type=kind_argument,
            metavar=var("kind"),
            help=words("import_kind", kinds=kind_help()),
        )
        imports.add_argument(
            "--map",
            dest="maps",
            action="append",
            default=[],
            metavar=var("map"),
            help=words("map"),
        )
        imports.add_argument(
            "--create-institutions", action="store_true", help=words("create_institutions")
        )
        imports.add_argument("--json", action="store_true", help=words("json"))

    later(imports, import_options)

    undo = commands.add_parser(
        "undo-import", help=words("undo-import"), description=words("undo-import")
    )
    undo.add_argument("--json", action="store_true", help=words("json"))

    exports = commands.add_parser("export", help=words("export"), description=words("export"))

    def export_options(exports: argparse.ArgumentParser) -> None:
        exports.add_argument("path", type=Path, metavar=var("path"), help=words("export_path"))
        exports.add_argument(
            "--kind",
            type=kind_or_all,
            default="all",
            metavar=var("kind"),
            help=words("export_kind", kinds=kind_help()),
        )
        exports.add_argument(
            "--format",
            choices=["csv", "xlsx", "json", "lazos", "hxl", "iati", "ics"],
            help=words("format"),
        )
        exports.add_argument("--query", "-q", default="", metavar=var("query"), help=words("query"))
        exports.add_argument("--country", metavar=var("country"), help=words("country"))
        exports.add_argument("--axis", metavar=var("axis"), help=words("axis"))
        exports.add_argument(
            "--id", action="append", default=[], metavar=var("code"), help=words("export_id")
        )
        exports.add_argument(
            "--delimiter", choices=[",", ";", "tab"], default=",", help=words("delimiter")
        )
        exports.add_argument("--with-contacts", action="store_true", help=words("export_contacts"))
        exports.add_argument("--json", action="store_true", help=words("json"))

    later(exports, export_options)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r}: YYYY-MM-DD") from error


def _add_attachment_commands(commands: Any, lang: str = "es") -> None:
    def words(key: str) -> str:
        return cli_help.help_text(key, lang)

    def var(key: str) -> str | None:
        return cli_help.metavar(key, lang)

    attach = commands.add_parser("attach", help=words("attach"), description=words("attach"))
    attach.add_argument("code", metavar=var("code"), help=words("record_code"))
    attach.add_argument(
        "files", nargs="+", type=Path, metavar=var("file"), help=words("attach_files")
    )
    attach.add_argument("--json", action="store_true", help=words("json"))

    listing = commands.add_parser(
        "attachments", help=words("attachments"), description=words("attachments")
    )
    listing.add_argument("code", metavar=var("code"), help=words("record_code"))
    listing.add_argument("--save", type=Path, metavar=var("folder"), help=words("save"))
    listing.add_argument("--json", action="store_true", help=words("json"))

    detach = commands.add_parser("detach", help=words("detach"), description=words("detach"))
    detach.add_argument("code", metavar=var("code"), help=words("record_code"))
    detach.add_argument("name", metavar=var("name"), help=words("attachment_name"))
    detach.add_argument("--json", action="store_true", help=words("json"))


_SORTS = {"code", "title", "year", "updated", "status", "countries", "kind"}


def _add_filters(parser: argparse.ArgumentParser, lang: str = "es") -> None:
    def words(key: str, **params: Any) -> str:
        return cli_help.help_text(key, lang, **params)

    def var(key: str) -> str | None:
        return cli_help.metavar(key, lang)

    parser.add_argument(
        "--kind", type=kind_argument, metavar=var("kind"), help=words("kind", kinds=kind_help())
    )
    parser.add_argument("--query", "-q", default="", metavar=var("query"), help=words("query"))
    parser.add_argument("--country", metavar=var("country"), help=words("country"))
    parser.add_argument("--axis", metavar=var("axis"), help=words("axis"))
    parser.add_argument("--status", metavar=var("status"), help=words("status"))
    parser.add_argument(
        "--year-from",
        type=_count("--year-from", lang, MAX_YEAR),
        metavar=var("year"),
        help=words("year_from"),
    )
    parser.add_argument(
        "--year-to",
        type=_count("--year-to", lang, MAX_YEAR),
        metavar=var("year"),
        help=words("year_to"),
    )
    parser.add_argument("--synthetic", choices=["yes", "no"], help=words("synthetic_filter"))
    parser.add_argument("--unclassified", action="store_true", help=words("unclassified"))


def query_from_args(args: argparse.Namespace, catalogue: services.Catalogue) -> RecordQuery:
    """The filters of `list`, `export` and `brief`, checked against the catalogue."""
    from lazos_desktop.store.queries import RecordQuery

    resolve_filter_values(args, catalogue)
    synthetic = getattr(args, "synthetic", None)
    return RecordQuery(
        kind=getattr(args, "kind", None),
        text=getattr(args, "query", "") or "",
        country=args.country,
        axis=args.axis,
        status=getattr(args, "status", None),
        year_from=getattr(args, "year_from", None),
        year_to=getattr(args, "year_to", None),
        synthetic=None if synthetic is None else synthetic == "yes",
        unclassified=True if getattr(args, "unclassified", False) else None,
        sort=getattr(args, "sort", "code"),
        descending=getattr(args, "desc", False),
        offset=getattr(args, "offset", 0),
        limit=getattr(args, "limit", None),
    )


def resolve_filter_values(args: argparse.Namespace, catalogue: services.Catalogue) -> None:
    """`--country`, `--axis` and `--status` as codes, from a code or a name in es/en/pt
    ("Perú", "peru", "Financial inclusion"); a value that names nothing is a usage error
    naming the likely ones. Resolved in place, so that what a command passes on (a brief's
    country, the agenda's axis) is the code."""
    from lazos_desktop.domain.countries import country_name
    from lazos_desktop.services import filter_values

    lang = args.lang
    vocabularies = catalogue.vocabularies()
    if args.country:
        found = filter_values.country(args.country)
        if not found.known:
            message = say("country_not_known", lang, value=_shown(args.country))
            raise UsageError(message + _did_you_mean(found.suggestions, lang, country_name))
        args.country = found.code
    if args.axis:
        found = filter_values.axis(vocabularies, args.axis)
        if not found.known:
            choices = ", ".join(vocabularies.codes(AXIS))
            message = say("unknown_axis", lang, value=_shown(args.axis), choices=choices)
            label = partial(vocabularies.label, AXIS)
            raise UsageError(message + _did_you_mean(found.suggestions, lang, label))
        args.axis = found.code
    status = getattr(args, "status", None)
    if status:
        kind = getattr(args, "kind", None)
        found = filter_values.status(vocabularies, kind, status)
        if not found.known:
            choices = ", ".join(filter_values.status_codes(vocabularies, kind))
            message = say("status_not_known", lang, value=_shown(status), choices=choices)
            label = partial(filter_values.status_label, vocabularies)
            raise UsageError(message + _did_you_mean(found.suggestions, lang, label))
        args.status = found.code


def _shown(value: str) -> str:
    """A typed value as a message quotes it: at most 60 characters."""
    return value if len(value) <= 60 else value[:59] + "…"


def _did_you_mean(codes: Sequence[str], lang: str, name: Callable[[str, str], str]) -> str:
    """The likely codes as " ¿Quiso decir Perú (PE)?"; nothing when there are none."""
    if not codes:
        return ""
    shown = [f"{name(code, lang)} ({code})" for code in codes]
    choices = shown[0]
    if len(shown) > 1:
        choices = say("either_or", lang, first=", ".join(shown[:-1]), last=shown[-1])
    return " " + say("did_you_mean", lang, choices=choices)


def command(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        COMMANDS[name] = handler
        return handler

    return register


@command("stats")
def _stats(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    from lazos_desktop.domain.countries import country_name

    stats = catalogue.stats()
    if args.json:
        print(services.dumps(stats))
        return EXIT_OK
    lang = args.lang
    print(say("catalogue_at", lang, path=stats["path"]))
    for kind in Kind:
        total, synthetic = stats["records"][kind.value], stats["synthetic"][kind.value]
        line = f"  {say('kind_' + kind.value, lang):<22} {total:>7}"
        if synthetic:
            line += "  " + say("of_which_synthetic", lang, count=synthetic)
        print(line)
    waiting = sum(stats["unclassified"].values())
    if waiting:
        print(say("unclassified_count", lang, count=waiting))
    mapped = stats["mapped_practices_total"]
    if mapped:
        print(say("mapped_practices", lang, held=stats["mapped_practices_held"], mapped=mapped))
    vocab = catalogue.vocabularies()
    print(say("by_axis", lang))
    for axis, count in stats["by_axis"].items():
        print(f"  {vocab.label(AXIS, axis, lang):<55} {count:>7}")
    print(say("by_country", lang))
    for country, count in list(stats["by_country"].items())[:20]:
        print(f"  {country} {country_name(country, lang):<50} {count:>7}")
    return EXIT_OK


@command("list")
def _list(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    page = catalogue.query(query_from_args(args, catalogue))
    if args.json:
        print(
            services.dumps({"total": page.total, "records": [row.as_json() for row in page.rows]})
        )
        return EXIT_OK
    for row in page.rows:
        countries = ",".join(row.countries)
        marker = " [" + say("synthetic", args.lang) + "]" if row.synthetic else ""
        print(printable(f"{row.code:<10} {countries:<12} {row.title}{marker}"))
    print(say("shown_of_total", args.lang, shown=len(page.rows), total=page.total))
    return EXIT_OK


@command("show")
def _show(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    from lazos_desktop.services import attachments as attachment_service

    record = catalogue.get(args.code)
    documents = attachment_service.list_attachments(catalogue, record.id)
    if args.json:
        data = services.record_json(record)
        data["linked"] = [row.as_json() for row in catalogue.linked(record.id)]
        data["attachments"] = [item.as_json() for item in documents]
        print(services.dumps(data))
        return EXIT_OK
    _print_record(record, catalogue, args.lang)
    for item in documents:
        line = f"  {say('check_attachments', args.lang)}: {item.name} ({_size(item.size)})"
        print(printable(line))  # a bundle's document may be named with escapes
    return EXIT_OK


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


@command("attach")
def _attach(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    from lazos_desktop.services import attachments as attachment_service

    try:
        result = attachment_service.attach_files(catalogue, args.code, args.files)
    except attachment_service.AttachRefused as refused:
        messages = [refusal.message(args.lang) for refusal in refused.refusals]
        if args.json:
            print(
                services.dumps(
                    {
                        "attached": [],
                        "errors": [
                            {"file": str(r.path), "message": r.message(args.lang)}
                            for r in refused.refusals
                        ],
                        "exit_code": EXIT_REFUSED,
                    }
                )
            )
        for message in messages:
            print(f"lazos-desktop: {message}", file=sys.stderr)
        print(say("attach_nothing", args.lang), file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        print(services.dumps({"attached": [item.as_json() for item in result.added]}))
    else:
        for item in result.added:
            print(printable(say("attached", args.lang, name=item.name, code=result.record.code)))
    return EXIT_OK


@command("attachments")
def _attachments(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    from lazos_desktop.services import attachments as attachment_service

    record = catalogue.get(args.code)
    documents = attachment_service.list_attachments(catalogue, record.id)
    saved: list[Path] = []
    if args.save is not None:
        try:
            saved = attachment_service.save_all(catalogue, record.id, args.save)
        except OSError as error:
            return _fail(args, f"{args.save}: {os_reason(error, args.lang)}", EXIT_REFUSED)
    if args.json:
        payload: dict[str, Any] = {
            "code": record.code,
            "attachments": [item.as_json() for item in documents],
        }
        if args.save is not None:
            payload["saved"] = [str(path) for path in saved]
        print(services.dumps(payload))
        return EXIT_OK
    if not documents:
        print(say("no_attachments", args.lang, code=record.code))
    for item in documents:
        who = f" · {item.created_by}" if item.created_by else ""
        line = f"{item.name}\t{_size(item.size)}\t{item.created_at}{who}\tsha256:{item.sha256}"
        print(printable(line))
    for path in saved:
        print(printable(say("attachment_saved", args.lang, path=path)))
    return EXIT_OK


@command("detach")
def _detach(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    from lazos_desktop.services import attachments as attachment_service

    removed = attachment_service.detach(catalogue, args.code, args.name)
    if args.json:
        print(services.dumps({"detached": removed.attachment.as_json()}))
    else:
        name, code = removed.attachment.name, args.code.upper()
        print(printable(say("detached", args.lang, name=name, code=code)))
    return EXIT_OK


def _print_record(record: Record, catalogue: services.Catalogue, lang: str) -> None:
    from lazos_desktop.services.record_text import record_lines

    print(printable(f"{record.code} — {record.title}"))
    if record.synthetic:
        print(f"  [{say('synthetic', lang)}]")
    for line in record_lines(record, catalogue, lang):
        print(printable(line))
    for row in catalogue.linked(record.id):
        print(printable(f"  → {row.code} {row.title}"))


@command("check")
def _check(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    report = catalogue.check()
    if args.json:
        print(services.dumps(report.as_json()))
    else:
        _print_findings(report, args.lang)
    return EXIT_OK if report.ok else EXIT_DAMAGED


def _print_findings(report: services.CheckReport, lang: str) -> None:
    for finding in report.findings:
        mark = "ok " if finding.ok else "ERR"
        said = finding.detail_in(lang)
        detail = f" — {printable(said)}" if said else ""
        print(f"[{mark}] {say('check_' + finding.check, lang)}{detail}")


@command("demo-data")
def _demo_data(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    if args.synthetic < 0:
        raise UsageError(say("negative_count", args.lang))
    written = catalogue.add_synthetic(args.synthetic, args.seed)
    if args.json:
        print(services.dumps({"created": written, "synthetic": True}))
    else:
        print(say("synthetic_added", args.lang, count=written))
    return EXIT_OK


@command("brief")
def _brief(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    from lazos_desktop.services import briefs as briefs_service  # ReportLab loads only here

    query = query_from_args(args, catalogue)
    try:
        result = briefs_service.render_brief(
            catalogue,
            args.template,
            args.out,
            ids=args.ids,
            country=args.country,
            axis=args.axis,
            query=query,
            lang=args.lang,
            paper=args.paper,
            officer=args.officer,
            meeting=args.meeting,
            title=args.title,
            meeting_date=args.meeting_date,
            place=args.place,
            participants="\n".join(args.participants),
            agenda="\n".join(args.agenda),
            with_related=args.with_related,
            with_contacts=args.with_contacts,
        )
    except briefs_service.BriefRequestInvalid as error:
        raise UsageError(error.message(args.lang)) from error
    except OSError as error:
        return _fail(args, _write_failed(args.out, error, args.lang), EXIT_REFUSED)
    if args.json:
        print(
            services.dumps(
                {
                    "path": str(result.path),
                    "pages": result.pages,
                    "records": result.records,
                    "synthetic": result.synthetic,
                }
            )
        )
    else:
        # Word lays out its own pages: a Word copy has a count of records, not of pages.
        written = "brief_written" if result.pages else "brief_written_word"
        print(say(written, args.lang, path=result.path, pages=result.pages, records=result.records))
        if result.synthetic:
            print(say("brief_synthetic", args.lang, count=result.synthetic))
    return EXIT_OK


@command("due")
def _due(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    from lazos_desktop.services import cases

    if args.days < 0:
        raise UsageError(say("negative_count", args.lang))
    resolve_filter_values(args, catalogue)
    chosen = cases.AgendaFilter(args.country, args.axis, args.responsible)
    built = cases.agenda(catalogue, horizon=args.days, chosen=chosen, undated=args.undated)
    names = cases.institution_names(catalogue, (item.institution for item in built.items))
    if args.json:
        print(services.dumps(cases.agenda_json(built, names)))
        return EXIT_OK
    _print_agenda(built, names, args.lang)
    return EXIT_OK


def _print_agenda(built: Any, names: dict[str, str], lang: str) -> None:
    from lazos_desktop.domain.agenda import BUCKETS, LATE, SOON, SOON_DAYS, late_word
    from lazos_desktop.domain.dates import show_date

    if not built.items:
        print(say("due_nothing", lang, days=built.horizon))
        return
    for bucket in BUCKETS:
        items = built.buckets.get(bucket, [])
        if not items:
            continue
        days = min(SOON_DAYS, built.horizon) if bucket == SOON else built.horizon
        print(say(f"due_{bucket}", lang, days=days, count=len(items)))
        for item in items:
            when = show_date(item.when, lang) if item.when else "—"
            who = ", ".join(
                part for part in (item.responsible, names.get(item.institution, "")) if part
            )
            mark = f" [{late_word(lang).upper()}]" if bucket == LATE else ""
            line = (
                f"  {when:<14} {item.record_code:<8} {say('item_' + item.item, lang)}: {item.title}"
            )
            print(line + (f" — {who}" if who else "") + mark)


@command("backup")
def _backup(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    written = catalogue.backup(args.path)
    if args.json:
        print(services.dumps({"backup": str(written)}))
    else:
        print(say("backup_written", args.lang, path=written))
    return EXIT_OK


def _file_command(name: str) -> Callable[[Callable[[argparse.Namespace], int]], Any]:
    def register(handler: Callable[[argparse.Namespace], int]) -> Callable[..., int]:
        FILE_COMMANDS[name] = handler
        return handler

    return register


@_file_command("init")
def _init(args: argparse.Namespace) -> int:
    """A new catalogue at `--db` (or the default place): seeded, or empty with `--empty`."""
    from lazos_desktop.store.connection import refuse_non_file

    target = _catalogue_path(args)
    refuse_non_file(target)  # a folder, a FIFO or a device is not "a catalogue already there"
    if target.exists() and target.stat().st_size:
        return _fail(args, say("catalogue_exists", args.lang, path=target), EXIT_REFUSED)
    if not args.db:
        target.parent.mkdir(parents=True, exist_ok=True)
    catalogue = services.Catalogue.open(
        target, officer=args.officer, seed=not args.empty, daily_backup=False
    )
    try:
        records = sum(catalogue.stats()["records"].values())
    finally:
        catalogue.close()
    if args.json:
        print(services.dumps({"path": str(target), "records": records, "seeded": not args.empty}))
    else:
        print(say("catalogue_created", args.lang, path=target, records=records))
    return EXIT_OK


@_file_command("restore")
def _restore(args: argparse.Namespace) -> int:
    from lazos_desktop.services import safety

    result = safety.restore_backup(args.db, args.backup)
    if args.json:
        print(services.dumps(result.as_json()))
    elif result.previous:
        print(say("restored", args.lang, path=result.catalogue, saved=result.previous))
    else:
        print(say("restored_nothing_kept", args.lang, path=result.catalogue))
    return EXIT_OK


@command("import")
def _import(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    from lazos_desktop.interchange.file_messages import render
    from lazos_desktop.interchange.value_choices import ChoiceSyntaxError, ValueChoices
    from lazos_desktop.services import exchange_files

    lang = args.lang
    kind = Kind(args.kind) if args.kind else None
    try:
        choices = ValueChoices.from_arguments(args.maps)
    except ChoiceSyntaxError as error:
        raise UsageError(render("bad_map_argument", lang, value=str(error))) from error
    try:
        result = exchange_files.import_files(
            catalogue,
            args.paths,
            kind=kind,
            lang=lang,
            dry_run=args.dry_run,
            choices=choices,
            create_institutions=args.create_institutions,
            on_conflict=args.on_conflict,
            skip_invalid=args.skip_invalid,
            duplicates=args.duplicates,
        )
    except exchange_files.ImportRefused as refused:
        result = exchange_files.ImportResult(refused.plan)
        return _import_report(args, catalogue, result, EXIT_REFUSED)
    except exchange_files.ConflictsUnsettled as unsettled:
        result = exchange_files.ImportResult(unsettled.plan)
        return _import_report(args, catalogue, result, EXIT_REFUSED)
    code = EXIT_REFUSED if args.dry_run and result.plan.refused else EXIT_OK
    return _import_report(args, catalogue, result, code)


def _import_report(
    args: argparse.Namespace,
    catalogue: services.Catalogue,
    result: exchange_files.ImportResult,
    code: int,
) -> int:
    lang = args.lang
    payload = result.as_json(lang, catalogue)
    if args.json:
        print(services.dumps({**payload, "exit_code": code}))
        return code
    out = sys.stdout if code == EXIT_OK else sys.stderr
    for problem in payload["errors"]:
        print(_problem_line(problem), file=out)
    for notice in payload["notices"]:
        print(say("notice", lang, text=_problem_line(notice)), file=out)
    for group in payload["mappings"]:
        rows = group.get("row_count", len(group["rows"]))
        label = group["mapped_to"]["label"]
        print(
            say(
                "mapping_line",
                lang,
                column=group["column"],
                value=group["value"],
                label=label,
                rows=rows,
            ),
            file=out,
        )
    if payload["new_institutions"]:
        names = ", ".join(item["acronym"] or item["title"] for item in payload["new_institutions"])
        count = len(payload["new_institutions"])
        key = "new_institutions_done" if result.written else "new_institutions_planned"
        print(say(key, lang, count=count, names=names), file=out)
    for row in payload["conflict_records"]:
        line = say("conflict_line", lang, **{**row, "fields": ", ".join(row["fields"])})
        print(printable(line), file=out)
    for row in payload["duplicate_records"]:
        line = say("duplicate_line", lang, code=row["matches"], other=row["matches_title"], **row)
        print(printable(line), file=out)
    print(say("import_summary", lang, **result.counts()), file=out)
    if payload["attachments"]:
        print(say("import_attachments", lang, count=payload["attachments"]), file=out)
    if code != EXIT_OK and payload["errors"]:
        # A long file lists its first problems; the count is of them all.
        print(say("import_refused", lang, count=result.plan.problem_count()), file=out)
    elif code != EXIT_OK and payload["conflict_records"]:
        print(say("conflicts_unsettled", lang, count=len(payload["conflict_records"])), file=out)
    elif args.dry_run:
        print(say("dry_run", lang), file=out)
    elif result.written:
        print(say("import_written", lang, batch=result.batch, backup=result.backup), file=out)
    return code


def _problem_line(problem: dict[str, Any]) -> str:
    place = ":".join(str(part) for part in (problem["file"], problem["row"]) if part)
    column = f" [{problem['column']}]" if problem["column"] else ""
    return printable(f"{place}{column}: {problem['message']}")


@command("undo-import")
def _undo_import(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    from lazos_desktop.services import exchange_files

    change = exchange_files.undo_last_import(catalogue)
    removed, restored = len(change.before), len(change.after)
    if args.json:
        print(services.dumps({"removed": removed, "restored": restored, "ids": change.ids}))
    else:
        print(say("import_undone", args.lang, removed=removed, restored=restored))
    return EXIT_OK


@command("export")
def _export(args: argparse.Namespace, catalogue: services.Catalogue) -> int:
    from lazos_desktop.services import exchange_files

    fmt = args.format or exchange_files.export_format_of(args.path)
    if fmt is None:
        raise UsageError(say("unknown_export_format", args.lang, name=args.path.name))
    folder = args.path.resolve().parent
    if not folder.is_dir():
        return _fail(args, say("export_folder_missing", args.lang, folder=folder), EXIT_REFUSED)
    query = None
    if args.query or args.country or args.axis:
        query = replace(query_from_args(args, catalogue), kind=None, sort="code")
    ids = tuple(catalogue.get(ref).id for ref in args.id)
    try:
        result = exchange_files.export(
            catalogue,
            args.path,
            fmt=fmt,
            kind=args.kind,
            query=query,
            ids=ids,
            lang=args.lang,
            delimiter="\t" if args.delimiter == "tab" else args.delimiter,
            with_contacts=args.with_contacts,
        )
    except OSError as error:  # disk full, folder gone, a folder in the way: nothing written
        return _fail(args, _write_failed(args.path, error, args.lang), EXIT_REFUSED)
    if args.json:
        print(services.dumps(result.as_json(args.lang)))
    else:
        files = ", ".join(str(path) for path in result.paths)
        if fmt == "ics":
            print(say("calendar_exported", args.lang, count=result.counts["events"], files=files))
        else:
            print(say("exported", args.lang, count=sum(result.counts.values()), files=files))
        for code, reason in result.skipped.items():
            print(say("iati_skipped", args.lang, code=code, reason=say(reason, args.lang)))
    return EXIT_OK


def _count(option: str, lang: str, high: int = MAX_INTEGER) -> Callable[[str], int]:
    """An argparse type: a whole number from 0 to `high`, else a usage error in `lang`
    (an --offset past 64 bits once reached SQLite and failed with OverflowError)."""

    def parse(text: str) -> int:
        try:
            plain = text.strip()
            value = int(plain) if len(plain) <= 30 and plain.isascii() else -1
        except ValueError:
            value = -1
        if not 0 <= value <= high:
            raise argparse.ArgumentTypeError(
                say("number_out_of_range", lang, option=option, low=0, high=high, value=text[:40])
            )
        return value

    parse.__name__ = "number"
    return parse


def _error_text(error: CatalogueError, lang: str) -> str:
    """The error's message; for a file that could not be written, the reason in `lang`
    rather than the C library's English."""
    number = error.params.get("errno")
    if error.key == "output_failed" and isinstance(number, int) and error.path is not None:
        return _write_failed(error.path, OSError(number, ""), lang)
    return error.message(lang)


def _write_failed(path: Path, error: OSError, lang: str) -> str:
    return say("write_failed", lang, path=path, reason=os_reason(error, lang))


def _argv_lang(argv: Sequence[str] | None) -> str | None:
    """The language asked for on the command line or in LAZOS_LANG, before parsing."""
    words = list(sys.argv[1:] if argv is None else argv)
    for index, word in enumerate(words):
        if word == "--lang" and index + 1 < len(words) and words[index + 1] in languages.LANGUAGES:
            return words[index + 1]
        if word.startswith("--lang=") and word[7:] in languages.LANGUAGES:
            return word[7:]
    return _env_lang()


def _asked_in_environment() -> str | None:
    """LAZOS_LANG alone: the window reads the remembered language from its own settings."""
    chosen = os.environ.get("LAZOS_LANG")
    return chosen if chosen in languages.LANGUAGES else None


def _env_lang() -> str | None:
    """LAZOS_LANG, else the language last chosen in the window."""
    chosen = os.environ.get("LAZOS_LANG")
    if chosen in languages.LANGUAGES:
        return chosen
    try:
        remembered = paths.remembered_language_file().read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return remembered if remembered in languages.LANGUAGES else None


@_file_command("backups")
def _backups(args: argparse.Namespace) -> int:
    from lazos_desktop.services import safety

    target = _catalogue_path(args)
    found = safety.list_backups(target)
    folder = paths.backups_folder(target)
    if args.json:
        print(
            services.dumps(
                {
                    "catalogue": str(target),
                    "folder": str(folder),
                    "backups": [info.as_json() for info in found],
                }
            )
        )
        return EXIT_OK
    if not found:
        print(say("no_backups", args.lang, path=target, folder=folder))
        return EXIT_OK
    print(say("backups_of", args.lang, path=target, folder=folder))
    for info in found:
        when = info.taken_at.strftime("%Y-%m-%d %H:%M UTC")
        reason = say(f"reason_{info.reason}", args.lang)
        if info.readable:
            what = say("backup_counts", args.lang, **info.counts)
        else:
            what = say("backup_unreadable_short", args.lang, problem=info.problem)
        print(f"  {when}  {reason:<22} {what}")
        print(f"      {info.path}")
    return EXIT_OK


def _emptied_catalogue(args: argparse.Namespace) -> bool:
    """Whether the catalogue file is there but empty (0 bytes) and must not be created in:
    a reading command has nothing to read, and any command refuses it when the file has
    backups (it held a catalogue once). `init` creates in it; `import` may when it never
    held one."""
    target = _catalogue_path(args)
    try:
        if not target.is_file() or target.stat().st_size:
            return False
    except OSError:
        return False
    if args.command in NEEDS_A_CATALOGUE:
        return True
    from lazos_desktop.services import safety

    return any(True for _ in safety.list_backups(target))


def _catalogue_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_catalogue()


def _fail_with_backup(args: argparse.Namespace, error: CatalogueError) -> int:
    """A damaged file: say so, and name the newest good backup and how to restore it."""
    from lazos_desktop.services import safety

    target = _catalogue_path(args)
    good = safety.newest_good_backup(target)
    if good is None and isinstance(error, NotACatalogue):
        return _fail(args, error.message(args.lang), error.exit_code)
    if good is None:
        hint = say("no_good_backup", args.lang, folder=paths.backups_folder(target))
    else:
        when = good.taken_at.strftime("%Y-%m-%d %H:%M UTC")
        hint = say("newest_good_backup", args.lang, path=good.path, when=when, catalogue=target)
    extra = {"newest_good_backup": str(good.path) if good else None}
    return _fail(args, f"{error.message(args.lang)}\n{hint}", error.exit_code, extra)


def _refuse_foreign(args: argparse.Namespace, error: ForeignCatalogue) -> int:
    """A catalogue with objects of someone else's: say which, and how to keep its records.

    `check` still prints its whole report (read-only), so the foreign objects are listed
    among the other findings.
    """
    from lazos_desktop.services import foreign_files, safety

    target = _catalogue_path(args)
    clean = foreign_files.clean_catalogue_path(target, args.lang)
    command = foreign_files.shell_command(
        ["lazos-desktop", "--db", str(clean), "import", str(target), "--on-conflict", "theirs"]
    )
    hint = say("foreign_schema_hint", args.lang, command=command)
    good = safety.newest_good_backup(target)
    if good is not None:
        when = good.taken_at.strftime("%Y-%m-%d %H:%M UTC")
        hint += "\n" + say(
            "newest_good_backup", args.lang, path=good.path, when=when, catalogue=target
        )
    extra = {"import_command": command, "newest_good_backup": str(good.path) if good else None}
    if args.command == "check":
        report = foreign_files.check_refused_file(target)
        if args.json:
            print(services.dumps({**report.as_json(), **extra, "error": error.message(args.lang)}))
        else:
            _print_findings(report, args.lang)
        print(f"lazos-desktop: {error.message(args.lang)}\n{hint}", file=sys.stderr)
        return error.exit_code
    return _fail(args, f"{error.message(args.lang)}\n{hint}", error.exit_code, extra)


def _open_window(args: argparse.Namespace, asked_lang: str | None) -> int:
    """The window; a language given here wins over the one remembered in its settings."""
    try:
        from lazos_desktop.ui.app import run
    except ImportError as error:
        return _fail(args, say("no_window", args.lang, detail=str(error)), EXIT_USAGE)
    return run(args.db, asked_lang, args.officer)


def _selftest(lang: str) -> int:
    """One line per step with its time; exit 1 naming the step that failed."""
    from lazos_desktop.services import selftest

    extra: list[selftest.Step]
    try:
        from lazos_desktop.ui.selftest_steps import LABELS, window_steps
    except ImportError as error:
        # From a source checkout without Qt the core still proves itself; a frozen build
        # without Qt is broken, so there the missing window is a failure.
        if getattr(sys, "frozen", False):
            raise
        extra, labels = [selftest.skipped_step("window", str(error))], {}
    else:
        extra, labels = window_steps(), LABELS

    def report(step: selftest.StepResult, number: int, total: int) -> None:
        mark = "--" if step.skipped else ("ok" if step.ok else "ERROR")
        line = f"{number:>2}/{total} {step.label:<42} {mark:<5} {step.seconds:6.2f} s"
        print(f"{line}  {step.error or step.detail}", flush=True)

    print(say("selftest_start", lang, version=__version__), flush=True)
    result = selftest.run_selftest(report, extra, lang, labels)
    failed = result.failed
    if failed is not None:
        print(say("selftest_failed", lang, step=failed.label, error=failed.error), file=sys.stderr)
        return EXIT_REFUSED
    print(say("selftest_ok", lang, count=len(result.steps), seconds=f"{result.seconds:.1f}"))
    return EXIT_OK


def _fail(
    args: argparse.Namespace, message: str, code: int, extra: dict[str, Any] | None = None
) -> int:
    if getattr(args, "json", False):
        print(services.dumps({"error": message, "exit_code": code, **(extra or {})}))
    print(f"lazos-desktop: {printable(message)}", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
