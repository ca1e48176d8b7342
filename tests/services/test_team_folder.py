"""The team folder: three laptops, one synced folder, any order, and they end up equal.

Each "laptop" is a catalogue file of its own with its officer; the "sync service" is one
folder they all read and write, plus, where a test says so, the litter real clients leave
(temporary names, half-copied files, conflicted copies).
"""

from __future__ import annotations

import hashlib
import random
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lazos_desktop.domain.records import Practice, ToolboxEntry, record_to_dict
from lazos_desktop.services import Catalogue, team_folder
from lazos_desktop.services import catalogue_settings as settings
from lazos_desktop.services.exchange_files import ConflictsUnsettled

OFFICERS = ("Ana", "Bruno", "Carla")
Policy = Callable[[Catalogue, str], str]


class Laptop:
    """One officer's catalogue and what the officer was asked."""

    def __init__(self, path: Path, officer: str, folder: Path) -> None:
        self.catalogue = Catalogue.open(path, officer=officer)
        settings.put_many(self.catalogue, {settings.TEAM_FOLDER: str(folder)})
        self.asked: list[str] = []

    @property
    def officer(self) -> str:
        return self.catalogue.officer

    def write(self) -> Path | None:
        return team_folder.write_changes(self.catalogue).path

    def merge(self, policy: Policy) -> int:
        merge = team_folder.plan_merge(self.catalogue)
        decisions = {}
        for index, record_id in merge.conflicts.items():
            code = self.catalogue.get(record_id).code
            self.asked.append(code)
            decisions[index] = policy(self.catalogue, record_id)
        team_folder.apply_merge(self.catalogue, merge, decisions=decisions)
        return len(merge.bundles)

    def edit(self, code: str, **changes: Any) -> None:
        record = self.catalogue.get(code)
        data = record_to_dict(record)
        data.update(changes)
        parsed, problems = self.catalogue.parse(record.kind, data)
        assert parsed is not None and not problems, problems
        self.catalogue.update(parsed)

    def state(self) -> dict[str, dict[str, Any]]:
        """Every record by id, code aside (each laptop numbers new records itself)."""
        found = {}
        for record in self.catalogue.iter_records():
            data = record_to_dict(record)
            data.pop("code")
            data["links"] = sorted(data["links"])
            found[record.id] = data
        return found


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "OneDrive - Oficina regional" / "LAZOS equipo"
    shared.mkdir(parents=True)
    return shared


@pytest.fixture
def laptops(tmp_path: Path, folder: Path) -> Iterator[list[Laptop]]:
    made = [Laptop(tmp_path / f"{name.lower()}.sqlite3", name, folder) for name in OFFICERS]
    yield made
    for laptop in made:
        laptop.catalogue.close()


def theirs(catalogue: Catalogue, record_id: str) -> str:
    return "theirs"


def ours(catalogue: Catalogue, record_id: str) -> str:
    return "ours"


def settle(laptops: list[Laptop], policy: Policy, order: list[int] | None = None) -> int:
    """Rounds of merge-then-write on every laptop until a whole round moves nothing."""
    for round_number in range(1, 12):
        moved = 0
        for index in order or range(len(laptops)):
            moved += laptops[index].merge(policy)
            moved += laptops[index].write() is not None
        if not moved:
            return round_number
    raise AssertionError("the catalogues did not settle in 11 rounds")


def assert_same(laptops: list[Laptop]) -> None:
    first = laptops[0].state()
    for other in laptops[1:]:
        state = other.state()
        assert state.keys() == first.keys(), f"{other.officer} holds other records"
        for record_id, data in first.items():
            assert state[record_id] == data, (other.officer, record_id)


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.mark.parametrize("policy", [theirs, ours], ids=["takes-theirs", "keeps-ours"])
def test_three_laptops_converge_with_the_conflict_asked_once(
    laptops: list[Laptop], folder: Path, policy: Policy
) -> None:
    ana, bruno, carla = laptops
    for laptop in laptops:
        laptop.write()  # first writes: each sends its (identical) seeds
    ana.edit("EX-001", agreements="Reunión de la comisión en marzo (prueba).")
    bruno.edit("EX-001", agreements="Reunión técnica virtual (prueba).")  # same record, later
    carla_practice = carla.catalogue.create(
        Practice(title="Práctica de prueba de Carla", countries=["PE"], axes=["empleo"])
    ).after[0]
    carla.catalogue.link(carla_practice.id, carla.catalogue.get("BP-001").id)
    ana_tool = ana.catalogue.create(
        ToolboxEntry(title="Herramienta de prueba de Ana", countries=["AR"], axes=["empleo"])
    ).after[0]
    for laptop in laptops:
        laptop.write()
    written = snapshot(folder)

    settle(laptops, policy)

    assert_same(laptops)
    asked = [code for laptop in laptops for code in laptop.asked]
    assert asked == ["EX-001"], asked
    assert ana.asked == ["EX-001"]  # the edit that lost is the one asked about
    expected = (
        "Reunión técnica virtual (prueba)."
        if policy is theirs
        else "Reunión de la comisión en marzo (prueba)."
    )
    for laptop in laptops:
        assert laptop.catalogue.get("EX-001").agreements == expected
        assert laptop.catalogue.find(carla_practice.id) is not None
        assert laptop.catalogue.find(ana_tool.id) is not None
        linked = {row.code for row in laptop.catalogue.linked(carla_practice.id)}
        assert "BP-001" in linked
    # Nothing any program wrote in the folder was ever rewritten or removed.
    after = snapshot(folder)
    assert all(after[name] == digest for name, digest in written.items())


def test_a_bundle_is_merged_once_even_under_another_name(
    laptops: list[Laptop], folder: Path
) -> None:
    ana, bruno, _ = laptops
    ana.edit("BP-001", summary="Resumen cambiado por Ana (prueba).")
    bundle = ana.write()
    assert bundle is not None
    copy = folder / bundle.name.replace(".lazos", " (conflicted copy 2026-12-02).lazos")
    copy.write_bytes(bundle.read_bytes())
    assert bruno.merge(theirs) == 1
    assert team_folder.plan_merge(bruno.catalogue).empty
    assert team_folder.status(bruno.catalogue).pending == []
    assert bruno.catalogue.get("BP-001").summary == "Resumen cambiado por Ana (prueba)."


def test_partial_files_wait_and_merge_once_complete(laptops: list[Laptop], folder: Path) -> None:
    ana, bruno, _ = laptops
    ana.edit("BP-002", summary="Resumen de prueba.")
    bundle = ana.write()
    assert bundle is not None
    whole = bundle.read_bytes()
    bundle.unlink()  # as if the sync client had not delivered it yet
    (folder / f".syncthing.{bundle.name}.tmp").write_bytes(whole[:100])
    (folder / f"~{bundle.name}").write_bytes(whole[:300])
    (folder / f"{bundle.name}.part").write_bytes(whole[:500])
    half = folder / bundle.name
    half.write_bytes(whole[: len(whole) // 2])  # written in place, still arriving

    found = team_folder.status(bruno.catalogue)
    assert found.pending == [] and found.incomplete == [bundle.name]
    assert bruno.merge(theirs) == 0
    assert bruno.catalogue.get("BP-002").summary != "Resumen de prueba."

    half.write_bytes(whole)  # the client finished
    assert bruno.merge(theirs) == 1
    assert bruno.catalogue.get("BP-002").summary == "Resumen de prueba."
    assert bruno.merge(theirs) == 0


def test_unsettled_conflict_writes_nothing_and_is_asked_again(
    laptops: list[Laptop], folder: Path
) -> None:
    ana, bruno, _ = laptops
    ana.edit("TB-001", summary="Versión de Ana (prueba).")
    bruno.edit("TB-001", summary="Versión de Bruno (prueba).")
    bruno.write()
    merge = team_folder.plan_merge(ana.catalogue)
    assert list(merge.conflicts.values()) == [ana.catalogue.get("TB-001").id]
    row = merge.plan.rows[next(iter(merge.conflicts))]
    assert row.current is not None and row.record is not None
    assert row.current.summary == "Versión de Ana (prueba)."  # side by side: ours…
    assert row.record.summary == "Versión de Bruno (prueba)."  # …and theirs
    with pytest.raises(ConflictsUnsettled):
        team_folder.apply_merge(ana.catalogue, merge)
    assert ana.catalogue.get("TB-001").summary == "Versión de Ana (prueba)."
    assert len(team_folder.plan_merge(ana.catalogue).conflicts) == 1


@pytest.mark.parametrize("seed", [20, 7, 1234])
def test_any_order_concurrent_writers_and_litter_converge(
    laptops: list[Laptop], folder: Path, seed: int
) -> None:
    """Random edits on shared records, writes at the same moment, random merge orders."""
    rng = random.Random(seed)
    codes = ["BP-001", "BP-002", "BP-003", "EX-001", "EX-002", "TB-001", "TB-002"]
    created: list[str] = []
    for step in range(4):
        for laptop in laptops:
            for _ in range(rng.randint(1, 3)):
                laptop.edit(rng.choice(codes), source=f"Fuente de prueba {laptop.officer} {step}")
            if rng.random() < 0.5:
                made = laptop.catalogue.create(
                    Practice(
                        title=f"Práctica de prueba {laptop.officer} {step}",
                        countries=["CO"],
                        axes=["formacion"],
                    )
                ).after[0]
                created.append(made.id)
        # Two laptops write into the folder at the same moment.
        writers = [threading.Thread(target=laptop.write) for laptop in laptops[:2]]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join()
        laptops[2].write()
        (folder / f".~lock.{step}.lazos#").write_text("lock", encoding="utf-8")
        (folder / f"nota-{step}.lazos.tmp").write_bytes(b"PK\x03\x04")
        order = list(range(3))
        rng.shuffle(order)
        for index in order:
            laptops[index].merge(lambda c, r: rng.choice(["theirs", "ours"]))
    written = snapshot(folder)
    asked_while_editing = sum(len(laptop.asked) for laptop in laptops)
    before = [len(laptop.asked) for laptop in laptops]

    settle(laptops, lambda c, r: "theirs", order=[2, 0, 1])

    assert_same(laptops)
    assert asked_while_editing > 0, "the random edits should have collided at least once"
    for laptop, count in zip(laptops, before, strict=True):
        assert all(laptop.catalogue.find(record_id) for record_id in created)
        settling = laptop.asked[count:]
        assert len(settling) == len(set(settling)), "a conflict was asked twice"
    after = snapshot(folder)
    assert all(after[name] == digest for name, digest in written.items())


def test_no_folder_or_a_gone_folder_is_said(laptops: list[Laptop], folder: Path) -> None:
    ana = laptops[0]
    settings.put_many(ana.catalogue, {settings.TEAM_FOLDER: ""})
    with pytest.raises(team_folder.TeamFolderUnavailable) as missing:
        team_folder.write_changes(ana.catalogue)
    assert missing.value.key == "team_no_folder"
    settings.put_many(ana.catalogue, {settings.TEAM_FOLDER: str(folder)})
    folder.rename(folder.with_name("desconectada"))
    with pytest.raises(team_folder.TeamFolderUnavailable) as gone:
        team_folder.plan_merge(ana.catalogue)
    assert gone.value.key == "team_folder_gone"
