"""Settings that belong to a catalogue rather than to the window: declared once here.

The organisation that reports the exchanges to IATI, the licence under which a published
copy is offered, and the team folder the catalogue syncs through are facts about this
catalogue (an officer with two catalogues may publish or sync them differently), and the
command line needs them without Qt. They live in the catalogue's `meta` table under a
`setting.` prefix; the window's own preferences stay in `ui/settings.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lazos_desktop.store.errors import CatalogueError

if TYPE_CHECKING:  # the command line declares its options from ALL_SETTINGS before any opening
    from lazos_desktop.services.catalogue import Catalogue

PREFIX = "setting."
# An IATI organisation identifier: registration agency prefix, a hyphen, the number
# (e.g. the pattern "XM-DAC-…" or "XI-IATI-…"); letters, digits, hyphens, dots, underscores.
_ORG_REF = re.compile(r"^[A-Za-z]{2}-[A-Za-z0-9][A-Za-z0-9._-]*$")
_WEB_ADDRESS = re.compile(r"^https?://[^\s\x00-\x1f\x7f-\x9f]+$", re.IGNORECASE)
# OrganisationType codes of the IATI 2.03 codelist.
ORGANISATION_TYPES = (
    "10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90",
)  # fmt: skip


class SettingInvalid(CatalogueError):
    """A value the setting cannot hold; nothing was saved (exit 2, as a usage error)."""

    exit_code = 2


@dataclass(frozen=True)
class Setting:
    key: str
    description: dict[str, str] = field(compare=False, hash=False)
    choices: tuple[str, ...] = ()


IATI_ORG_REF = Setting(
    "iati_org_ref",
    {
        "es": "Identificador IATI de la organización que informa (prefijo de las actividades)",
        "en": "IATI identifier of the reporting organisation (prefix of the activities)",
        "pt": "Identificador IATI da organização que informa (prefixo das atividades)",
    },
)
IATI_ORG_TYPE = Setting(
    "iati_org_type",
    {
        "es": "Tipo de organización IATI (lista OrganisationType, p. ej. 40 multilateral)",
        "en": "IATI organisation type (OrganisationType codelist, e.g. 40 multilateral)",
        "pt": "Tipo de organização IATI (lista OrganisationType, p. ex. 40 multilateral)",
    },
    ORGANISATION_TYPES,
)
IATI_ORG_NAME = Setting(
    "iati_org_name",
    {
        "es": "Nombre de la organización que informa",
        "en": "Name of the reporting organisation",
        "pt": "Nome da organização que informa",
    },
)
PUBLISH_LICENCE = Setting(
    "publish_licence",
    {
        "es": "Licencia del catálogo publicado (p. ej. CC BY 4.0)",
        "en": "Licence of the published catalogue (e.g. CC BY 4.0)",
        "pt": "Licença do catálogo publicado (p. ex. CC BY 4.0)",
    },
)
PUBLISH_LICENCE_URL = Setting(
    "publish_licence_url",
    {
        "es": "Dirección de la licencia",
        "en": "Address of the licence",
        "pt": "Endereço da licença",
    },
)
TEAM_FOLDER = Setting(
    "team_folder",
    {
        "es": "Carpeta compartida del equipo (OneDrive, Nextcloud, Syncthing, unidad de red)",
        "en": "Team shared folder (OneDrive, Nextcloud, Syncthing, network drive)",
        "pt": "Pasta compartilhada da equipe (OneDrive, Nextcloud, Syncthing, unidade de rede)",
    },
)

ALL_SETTINGS: tuple[Setting, ...] = (
    IATI_ORG_REF,
    IATI_ORG_TYPE,
    IATI_ORG_NAME,
    PUBLISH_LICENCE,
    PUBLISH_LICENCE_URL,
    TEAM_FOLDER,
)
BY_KEY = {setting.key: setting for setting in ALL_SETTINGS}


def get(catalogue: Catalogue, setting: Setting) -> str:
    return catalogue.store.meta(PREFIX + setting.key)


def all_values(catalogue: Catalogue) -> dict[str, str]:
    return {setting.key: get(catalogue, setting) for setting in ALL_SETTINGS}


def put(catalogue: Catalogue, setting: Setting, value: str) -> str:
    """Check and save one setting ("" clears it); returns the value saved."""
    cleaned = _checked(setting, value.strip())
    catalogue.store.set_meta(PREFIX + setting.key, cleaned)
    return cleaned


def put_many(catalogue: Catalogue, values: dict[Setting, str]) -> dict[str, str]:
    """Check every value first, then save them: one bad value saves none."""
    cleaned = {setting: _checked(setting, value.strip()) for setting, value in values.items()}
    for setting, value in cleaned.items():
        catalogue.store.set_meta(PREFIX + setting.key, value)
    return {setting.key: value for setting, value in cleaned.items()}


def team_folder(catalogue: Catalogue) -> Path | None:
    chosen = get(catalogue, TEAM_FOLDER)
    return Path(chosen) if chosen else None


def _checked(setting: Setting, value: str) -> str:
    if not value:
        return ""
    if setting.choices and value not in setting.choices:
        raise SettingInvalid(
            "setting_choice", name=setting.key, value=value, choices=", ".join(setting.choices)
        )
    if setting is IATI_ORG_REF and not _ORG_REF.match(value):
        raise SettingInvalid("setting_org_ref", value=value)
    if setting is PUBLISH_LICENCE_URL and not _WEB_ADDRESS.match(value):
        # Datasette shows it as a link: "javascript:…" there runs in the reader's browser.
        raise SettingInvalid("setting_web_address", value=value)
    if setting is TEAM_FOLDER:
        folder = Path(value).expanduser()
        if not folder.is_dir():
            raise SettingInvalid("setting_folder_missing", value=value)
        return str(folder.resolve())
    return value
