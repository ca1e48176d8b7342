"""The packaging files agree with the program: one version, one application id, one icon
name, and every file the PyInstaller spec ships exists."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET

from lazos_desktop import __version__, paths

ROOT = paths.resources_folder().parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.lazos.LazosDesktop"


def test_desktop_entry_and_metainfo_name_the_same_application() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "lazos-desktop" and desktop["Icon"] == APP_ID
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    meta = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.findtext("provides/binary") == desktop["Exec"]
    releases = [release.get("version") for release in meta.iter("release")]
    assert releases[0] == __version__


def test_windows_installer_ships_this_version_and_the_icon() -> None:
    script = (PACKAGING / "windows" / "lazos-desktop.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in script
    icon = re.search(r"SetupIconFile=(.+)", script)
    assert icon is not None
    relative = icon.group(1).strip().replace("\\", "/")
    assert (PACKAGING / "windows" / relative).resolve().is_file()


def test_icons_exist_at_every_size_the_platforms_ask_for() -> None:
    folder = paths.resources_folder() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (folder / f"lazos-desktop-{size}.png").is_file()
    assert (folder / "lazos-desktop.ico").is_file() and (folder / "lazos-desktop.svg").is_file()


def test_every_file_the_spec_ships_exists() -> None:
    spec = (PACKAGING / "lazos-desktop.spec").read_text(encoding="utf-8")
    for folder in re.findall(r'ROOT / "resources" / "(\w+)"', spec):
        assert (paths.resources_folder() / folder).is_dir(), folder
    for seed in re.findall(r'ROOT / "seeds" / "([\w.]+)"', spec):
        assert (paths.seeds_folder() / seed).is_file(), seed
    assert (PACKAGING / "lazos_desktop_main.py").is_file()
    guides = re.findall(r'ROOT / "docs" / "([\w.-]+\.md)"', spec)
    assert sorted(guides) == ["guia-do-usuario.md", "guia-usuario.md", "user-guide.md"]
    for guide in guides:
        text = (paths.docs_folder() / guide).read_text(encoding="utf-8")
        shown = re.findall(r"\]\((screenshots/[^)\s]+\.png)\)", text)
        assert len(shown) >= 8
        for name in shown:
            assert (paths.docs_folder() / name).is_file(), name
