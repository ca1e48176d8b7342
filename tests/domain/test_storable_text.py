"""The control-character check of every validated record (`validation._storable_text`) looks
for three plain substrings before running its slower pattern; that shortcut must never hide
a control character the pattern, or the field walk, would report."""

from __future__ import annotations

import pytest

from lazos_desktop.domain.records import Practice
from lazos_desktop.domain.validation import _CONTROL_ESCAPE, _may_escape_control, validate
from lazos_desktop.domain.vocabularies import Vocabularies

_CONTROLS = [chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x85, 0x9B]]


@pytest.mark.parametrize("control", _CONTROLS)
def test_every_control_character_is_still_reported(control: str) -> None:
    record = Practice(title="Red", summary=f"línea uno\n{control}dos")
    problems = validate(record, Vocabularies())
    found = [(p.field, p.key, p.params) for p in problems if p.key == "control_characters"]
    assert found == [("summary", "control_characters", {"value": f"{ord(control):02X}"})]


@pytest.mark.parametrize(
    "text",
    ["plain", "line\nbreak\ttab", "back\\slash", "\\\\b", "é ñ ç", "\x01", "\x0c", "\x08"],
)
def test_the_shortcut_says_yes_whenever_the_pattern_matches(text: str) -> None:
    dumped = Practice(title="Red", summary=text).model_dump_json()
    if _CONTROL_ESCAPE.search(dumped):
        assert _may_escape_control(dumped)


def test_texts_with_only_line_breaks_skip_the_pattern() -> None:
    dumped = Practice(title="Red", summary="uno\ndos\r\ntres\t").model_dump_json()
    assert not _may_escape_control(dumped)
    assert validate(Practice(title="Red", summary="uno\ndos"), Vocabularies()) == []
