"""A second program working on a catalogue, for the crash and two-at-once tests.

Run as ``python -m tests.safety.child MODE DB ...``; it prints one line per committed
change and flushes it, so the parent knows exactly what was committed before it killed
the child.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

from lazos_desktop.domain.records import Practice
from lazos_desktop.services import Catalogue, safety


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def bulk(catalogue: Catalogue, args: argparse.Namespace) -> None:
    """Import-like batches, one transaction each, until killed (or `--batches` done)."""
    module, _, name = args.writer.partition(":")
    writer = getattr(importlib.import_module(module), name)()
    batch = 0
    while args.batches is None or batch < args.batches:
        writer.write(catalogue, args.run, batch)
        say(f"committed bulk {batch}")
        batch += 1


def edits(catalogue: Catalogue, args: argparse.Namespace) -> None:
    """A run of small edits: create, update the record just created, delete the one before."""
    created: dict[int, str] = {}
    step = 0
    while True:
        if step % 3 == 0:
            record = Practice(
                title=f"edicion r{args.run} s{step}",
                countries=["EC"],
                axes=["formacion"],
                synthetic=True,
                source="prueba automática de caídas (sintético)",
            )
            created[step] = catalogue.create(record).ids[0]
            say(f"committed create {step} {created[step]}")
        elif step % 3 == 1:
            current = catalogue.get(created[step - 1])
            catalogue.update(current.model_copy(update={"summary": f"r{args.run} s{step}"}))
            say(f"committed update {step} {created[step - 1]}")
        else:
            catalogue.delete(created[step - 2])
            say(f"committed delete {step} {created[step - 2]}")
        step += 1


def creates(catalogue: Catalogue, args: argparse.Namespace) -> None:
    """`--count` records, one transaction each, as a second officer editing at the same time."""
    for step in range(args.count):
        record = Practice(
            title=f"{args.tag} {step}",
            countries=["AR"],
            axes=["empleo"],
            synthetic=True,
            source="prueba automática (sintético)",
        )
        catalogue.create(record)
        say(f"committed create {step}")


def hold(catalogue: Catalogue, args: argparse.Namespace) -> None:
    """One long write: `--count` records in a transaction held open until stdin says so."""
    with catalogue.store.transaction():
        catalogue.store.create_many(
            (
                Practice(
                    title=f"larga {step}",
                    countries=["BR"],
                    axes=["empleo"],
                    synthetic=True,
                    source="prueba automática (sintético)",
                )
                for step in range(args.count)
            ),
            "otra-ventana",
        )
        say("inside")
        sys.stdin.readline()
    say("committed")


def restores(catalogue: Catalogue, args: argparse.Namespace) -> None:
    """Restore two backups in turn (`--backups A B`) into the file, as the CLI does."""
    catalogue.close()
    step = 0
    while True:
        name = args.backups[step % 2]
        safety.restore_backup(args.db, name)
        say(f"committed restore {step} {step % 2}")
        step += 1


MODES: dict[str, Callable[[Catalogue, argparse.Namespace], None]] = {
    "restores": restores,
    "bulk": bulk,
    "edits": edits,
    "creates": creates,
    "hold": hold,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=sorted(MODES))
    parser.add_argument("db")
    parser.add_argument("--run", type=int, default=0)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--tag", default="otra")
    parser.add_argument("--batches", type=int, default=None)
    parser.add_argument("--writer", default="tests.safety.crash_writers:CreateManyWriter")
    parser.add_argument("--backups", nargs=2, default=None)
    args = parser.parse_args()
    catalogue = Catalogue.open(args.db, officer=f"proceso-{args.mode}")
    say("ready")
    try:
        MODES[args.mode](catalogue, args)
    finally:
        catalogue.close()


if __name__ == "__main__":
    main()
