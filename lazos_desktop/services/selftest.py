"""The self-test an installed program runs on itself (`lazos-desktop --selftest`).

It proves, offline and in a temporary folder, that what a build must carry is there and
works: the seeds and vocabularies, the import readers with the shipped sample file, the PDF
fonts of the briefs, the integrity check. The window adds its own steps (Qt, translations,
the guide) from `ui/`, since nothing here may import Qt. Nothing of the officer's is read or
written: the data folder is pointed at the temporary folder while the steps run.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from lazos_desktop import paths
from lazos_desktop.domain.records import Kind
from lazos_desktop.domain.vocabularies import AXIS
from lazos_desktop.services import briefs, exchange_files
from lazos_desktop.services.catalogue import Catalogue
from lazos_desktop.services.seeds import seed_counts
from lazos_desktop.store.queries import RecordQuery

SAMPLE_FILE = "ejemplo-practicas.csv"
SAMPLE_ROWS = 3
OFFICER = "autoprueba"


class StepFailed(Exception):
    """A step found something wrong; the text says what, for the officer or the packager."""


@dataclass
class SelfTestContext:
    """What the steps share: the temporary folder, the language, the seeded catalogue."""

    folder: Path
    lang: str
    catalogue: Catalogue | None = None
    imported_code: str = ""

    @property
    def catalogue_path(self) -> Path:
        return self.folder / "catalogo-autoprueba.sqlite3"

    def opened(self) -> Catalogue:
        if self.catalogue is None:
            raise StepFailed(text("no_catalogue", self.lang))
        return self.catalogue


StepRun = Callable[[SelfTestContext], str]


@dataclass(frozen=True)
class Step:
    key: str
    run: StepRun


@dataclass(frozen=True)
class StepResult:
    key: str
    label: str
    seconds: float
    detail: str = ""
    error: str = ""
    skipped: bool = False

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass(frozen=True)
class SelfTestResult:
    steps: tuple[StepResult, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        return all(step.ok for step in self.steps)

    @property
    def failed(self) -> StepResult | None:
        return next((step for step in self.steps if not step.ok), None)


def run_selftest(
    report: Callable[[StepResult, int, int], None],
    extra_steps: Sequence[Step] = (),
    lang: str = "es",
    labels: dict[str, dict[str, str]] | None = None,
) -> SelfTestResult:
    """Run the core steps then `extra_steps`, reporting each as it ends; stop at the first
    failure (later steps need what the earlier ones made)."""
    steps = [*CORE_STEPS, *extra_steps]
    names = {**TEXTS, **(labels or {})}
    results: list[StepResult] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lazos-autoprueba-") as folder:
        context = SelfTestContext(Path(folder), lang)
        try:
            with _private_data_folder(context.folder):
                for number, step in enumerate(steps, start=1):
                    result = _run_step(step, context, _label(names, step.key, lang))
                    results.append(result)
                    report(result, number, len(steps))
                    if not result.ok:
                        break
        finally:
            if context.catalogue is not None:
                context.catalogue.close()
    return SelfTestResult(tuple(results), time.perf_counter() - started)


def skipped_step(key: str, reason: str) -> Step:
    """A step that cannot run here (no Qt when run from a source checkout without it)."""

    def run(context: SelfTestContext) -> str:
        raise _Skipped(reason)

    return Step(key, run)


def text(key: str, lang: str, **params: object) -> str:
    return _label(TEXTS, key, lang).format(**params)


# The core steps --------------------------------------------------------------------------


def _empty_catalogue(context: SelfTestContext) -> str:
    catalogue = Catalogue.open(context.folder / "vacio.sqlite3", OFFICER, seed=False)
    try:
        held = catalogue.count(RecordQuery())
        axes = len(catalogue.vocabularies().codes(AXIS))
    finally:
        catalogue.close()
    if held:
        raise StepFailed(text("empty_not_empty", context.lang, count=held))
    if not axes:
        raise StepFailed(text("no_vocabularies", context.lang, folder=paths.seeds_folder()))
    return text("empty_done", context.lang, axes=axes)


def _seeded_catalogue(context: SelfTestContext) -> str:
    expected = seed_counts()
    context.catalogue = Catalogue.open(context.catalogue_path, OFFICER)
    held = context.catalogue.store.counts_by_kind()
    for kind, count in expected.items():
        if held.get(kind, 0) != count:
            raise StepFailed(
                text("seed_mismatch", context.lang, kind=kind, held=held.get(kind, 0), want=count)
            )
    return text("seeded_done", context.lang, count=sum(expected.values()))


def _import_sample(context: SelfTestContext) -> str:
    sample = paths.resources_folder() / "samples" / SAMPLE_FILE
    if not sample.is_file():
        raise StepFailed(text("missing_file", context.lang, path=sample))
    catalogue = context.opened()
    result = exchange_files.import_files(catalogue, [sample], kind=Kind.PRACTICE, lang=context.lang)
    if result.created != SAMPLE_ROWS:
        raise StepFailed(
            text("import_count", context.lang, created=result.created, want=SAMPLE_ROWS)
        )
    imported = catalogue.query(RecordQuery(kind=Kind.PRACTICE.value, synthetic=True)).rows
    if len(imported) != SAMPLE_ROWS:
        raise StepFailed(text("import_not_synthetic", context.lang))
    context.imported_code = imported[0].code
    return text("import_done", context.lang, count=result.created, name=sample.name)


def _record_brief(context: SelfTestContext) -> str:
    out = context.folder / "ficha.pdf"
    result = briefs.render_brief(
        context.opened(), "record", out, ids=[context.imported_code], lang=context.lang
    )
    with out.open("rb") as handle:
        if handle.read(5) != b"%PDF-":
            raise StepFailed(text("not_pdf", context.lang, path=out))
    return text("brief_done", context.lang, pages=result.pages, size=out.stat().st_size // 1024)


def _check(context: SelfTestContext) -> str:
    report = context.opened().check()
    if not report.ok:
        broken = ", ".join(f"{f.check}: {f.detail}" for f in report.findings if not f.ok)
        raise StepFailed(text("check_failed", context.lang, findings=broken))
    return text("check_done", context.lang, count=len(report.findings))


CORE_STEPS: tuple[Step, ...] = (
    Step("empty", _empty_catalogue),
    Step("seeded", _seeded_catalogue),
    Step("import", _import_sample),
    Step("brief", _record_brief),
    Step("check", _check),
)


# Running ---------------------------------------------------------------------------------


class _Skipped(Exception):
    pass


def _run_step(step: Step, context: SelfTestContext, label: str) -> StepResult:
    started = time.perf_counter()
    try:
        detail = step.run(context)
    except _Skipped as skipped:
        return StepResult(step.key, label, time.perf_counter() - started, str(skipped), "", True)
    except StepFailed as failed:
        return StepResult(step.key, label, time.perf_counter() - started, error=str(failed))
    except Exception as error:  # noqa: BLE001 - a self-test reports whatever broke, by step
        message = getattr(error, "message", None)
        said = message(context.lang) if callable(message) else str(error)
        return StepResult(
            step.key, label, time.perf_counter() - started, error=f"{type(error).__name__}: {said}"
        )
    return StepResult(step.key, label, time.perf_counter() - started, detail)


@contextlib.contextmanager
def _private_data_folder(folder: Path) -> Iterator[None]:
    """Backups and defaults go to the temporary folder, never to the officer's data folder."""
    saved = {name: os.environ.get(name) for name in ("LAZOS_DATA_DIR", "LAZOS_DB")}
    os.environ["LAZOS_DATA_DIR"] = str(folder / "datos")
    os.environ.pop("LAZOS_DB", None)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _label(texts: dict[str, dict[str, str]], key: str, lang: str) -> str:
    found = texts.get(key, {})
    return found.get(lang) or found.get("es") or key


TEXTS: dict[str, dict[str, str]] = {
    "empty": {
        "es": "crear un catálogo vacío",
        "en": "create an empty catalogue",
        "pt": "criar um catálogo vazio",
    },
    "seeded": {
        "es": "crear el catálogo regional (semillas)",
        "en": "create the regional catalogue (seeds)",
        "pt": "criar o catálogo regional (sementes)",
    },
    "import": {
        "es": "importar el archivo de ejemplo",
        "en": "import the sample file",
        "pt": "importar o arquivo de exemplo",
    },
    "brief": {
        "es": "generar una ficha de registro (PDF)",
        "en": "render a record brief (PDF)",
        "pt": "gerar uma ficha de registro (PDF)",
    },
    "check": {
        "es": "comprobar el catálogo",
        "en": "check the catalogue",
        "pt": "verificar o catálogo",
    },
    "empty_done": {
        "es": "0 registros, {axes} ejes ERISE",
        "en": "0 records, {axes} ERISE axes",
        "pt": "0 registros, {axes} eixos ERISE",
    },
    "seeded_done": {
        "es": "{count} registros con fuente",
        "en": "{count} sourced records",
        "pt": "{count} registros com fonte",
    },
    "import_done": {
        "es": "{count} prácticas ficticias de {name}",
        "en": "{count} fictitious practices from {name}",
        "pt": "{count} práticas fictícias de {name}",
    },
    "brief_done": {
        "es": "{pages} página(s), {size} KB",
        "en": "{pages} page(s), {size} KB",
        "pt": "{pages} página(s), {size} KB",
    },
    "check_done": {
        "es": "{count} comprobaciones correctas",
        "en": "{count} checks passed",
        "pt": "{count} verificações corretas",
    },
    "no_catalogue": {
        "es": "no hay catálogo abierto (falló un paso anterior)",
        "en": "no catalogue is open (an earlier step failed)",
        "pt": "nenhum catálogo aberto (um passo anterior falhou)",
    },
    "empty_not_empty": {
        "es": "el catálogo vacío tiene {count} registros",
        "en": "the empty catalogue holds {count} records",
        "pt": "o catálogo vazio tem {count} registros",
    },
    "no_vocabularies": {
        "es": "no se cargaron los vocabularios de {folder}",
        "en": "the vocabularies of {folder} were not loaded",
        "pt": "os vocabulários de {folder} não foram carregados",
    },
    "seed_mismatch": {
        "es": "el catálogo tiene {held} registros de tipo {kind}; las semillas traen {want}",
        "en": "the catalogue holds {held} records of kind {kind}; the seeds bring {want}",
        "pt": "o catálogo tem {held} registros do tipo {kind}; as sementes trazem {want}",
    },
    "missing_file": {
        "es": "falta el archivo {path}",
        "en": "the file {path} is missing",
        "pt": "falta o arquivo {path}",
    },
    "import_count": {
        "es": "se crearon {created} registros; se esperaban {want}",
        "en": "{created} records were created; {want} were expected",
        "pt": "foram criados {created} registros; esperavam-se {want}",
    },
    "import_not_synthetic": {
        "es": "los registros importados no quedaron marcados como sintéticos",
        "en": "the imported records were not flagged synthetic",
        "pt": "os registros importados não ficaram marcados como sintéticos",
    },
    "not_pdf": {
        "es": "{path} no es un PDF",
        "en": "{path} is not a PDF",
        "pt": "{path} não é um PDF",
    },
    "check_failed": {
        "es": "la comprobación encontró problemas: {findings}",
        "en": "the check found problems: {findings}",
        "pt": "a verificação encontrou problemas: {findings}",
    },
}
