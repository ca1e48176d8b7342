"""Record text reaches ReportLab's paragraph markup escaped, so it prints literally."""

from __future__ import annotations

from lazos_desktop.briefs import markup


def test_text_escapes_tags_and_ampersands() -> None:
    assert markup.text("Red <b>municipal</b> & <font size=40>") == (
        "Red &lt;b&gt;municipal&lt;/b&gt; &amp; &lt;font size=40&gt;"
    )


def test_text_keeps_line_breaks_and_drops_control_characters() -> None:
    assert markup.text("una\ndos\x00\x07") == "una<br/>dos"


def test_block_splits_on_blank_lines() -> None:
    assert markup.block("primero\n\n  \nsegundo <para>") == ["primero", "segundo &lt;para&gt;"]


def test_linkify_links_addresses_and_escapes_the_rest() -> None:
    made = markup.linkify("OIT & otros; https://www.ilo.org/es/a?b=1&c=2.", "#000000")
    assert made.startswith("OIT &amp; otros; <a href=")
    assert 'href="https://www.ilo.org/es/a?b=1&amp;c=2"' in made
    assert made.endswith("</a>.")


def test_link_escapes_its_target() -> None:
    assert markup.link('x"<', "BP-001", "#000") == (
        '<a href="#x&quot;&lt;" color="#000">BP-001</a>'
    )
