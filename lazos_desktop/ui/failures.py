"""Any error, said in the window's language: the one failure path of every screen.

Errors of the layers below carry a message key (`CatalogueError`, `FileProblem`,
`BriefRequestInvalid`, `ImportRefused` ...) and say themselves with `.message(lang)`;
invalid records list their problems; an operating-system error names its file. Nothing
here shows `str(error)` of our own errors, which is always English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lazos_desktop.domain.validation import RecordInvalid


def failure_text(error: BaseException, lang: str) -> str:
    """What the officer reads about `error`, in `lang`."""
    if isinstance(error, RecordInvalid):
        return "\n".join(problem.message(lang) for problem in error.problems)
    message = getattr(error, "message", None)
    if callable(message):
        try:
            return str(message(lang))
        except TypeError:  # a foreign exception whose `message` takes no language
            pass
    if isinstance(error, OSError):
        return _tr(
            QT_TRANSLATE_NOOP("Failures", "No se pudo usar el archivo {path}: {detail}")
        ).format(path=error.filename or "", detail=error.strerror or error)
    return _tr(QT_TRANSLATE_NOOP("Failures", "Ocurrió un error inesperado: {detail}")).format(
        detail=error
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("Failures", text)
