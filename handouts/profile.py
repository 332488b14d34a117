"""The clinic profile: who is handing out the sheet, how it is printed and how it is emailed.

A small TOML file in the user's config folder. The app works with no profile at all; a broken
file is reported with the line at fault and is only replaced when the user saves new settings.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from handouts.files import WriteFailed, write_atomic

logger = logging.getLogger(__name__)

APP_NAME = "heat-or-ice"


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class SmtpSecurity(StrEnum):
    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "none"


class ProfileError(Exception):
    """The profile file exists but cannot be used; the message says where and what to do."""


DEFAULT_EMAIL_SUBJECT = "Your heat or ice plan from {clinic}"
DEFAULT_EMAIL_BODY = (
    "Hello{patient_greeting},\n\n"
    "Attached is the heat or ice plan we talked about today. "
    "Please read it before you start, and keep it handy.\n\n"
    "Best wishes,\n{clinician}\n{clinic}"
)


@dataclass(frozen=True)
class ClinicProfile:
    """Every setting has a default, so an empty or missing file is a valid profile."""

    # [clinic]
    name: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    logo: str = ""  # absolute path of the logo copied into the app's data folder, or ""
    clinician: str = ""
    # [handout]
    paper: Paper = Paper.A4
    large_print: bool = False
    save_folder: str = ""
    # [email]
    email_from: str = ""
    email_subject: str = DEFAULT_EMAIL_SUBJECT
    email_body: str = DEFAULT_EMAIL_BODY
    # [smtp]
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: SmtpSecurity = SmtpSecurity.STARTTLS
    smtp_user: str = ""

    @property
    def logo_path(self) -> Path | None:
        return Path(self.logo) if self.logo else None

    def with_changes(self, **changes: Any) -> ClinicProfile:
        return replace(self, **changes)


# Which TOML table each field lives in.
_SECTIONS: dict[str, tuple[str, ...]] = {
    "clinic": ("name", "address", "phone", "website", "logo", "clinician"),
    "handout": ("paper", "large_print", "save_folder"),
    "email": ("email_from", "email_subject", "email_body"),
    "smtp": ("smtp_host", "smtp_port", "smtp_security", "smtp_user"),
}
_TOML_KEYS = {
    "email_from": "from",
    "email_subject": "subject",
    "email_body": "body",
    "smtp_host": "host",
    "smtp_port": "port",
    "smtp_security": "security",
    "smtp_user": "user",
}
_FIELD_TYPES = {f.name: f.type for f in fields(ClinicProfile)}


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME)


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME)


def default_profile_path() -> Path:
    return config_dir() / "profile.toml"


def _convert(name: str, value: Any, where: str) -> Any:
    kind = _FIELD_TYPES[name]
    if kind == "Paper":
        try:
            return Paper(str(value).lower())
        except ValueError:
            raise ProfileError(f"{where}: paper must be one of: a4, letter") from None
    if kind == "SmtpSecurity":
        try:
            return SmtpSecurity(str(value).lower())
        except ValueError:
            raise ProfileError(f"{where}: security must be one of: starttls, ssl, none") from None
    if kind == "bool":
        if not isinstance(value, bool):
            raise ProfileError(f"{where}: must be true or false")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
            raise ProfileError(f"{where}: must be a port number between 1 and 65535")
        return value
    if not isinstance(value, str):
        raise ProfileError(f"{where}: must be text in quotes")
    return value


def profile_from_dict(data: dict[str, Any], source: str = "profile") -> ClinicProfile:
    values: dict[str, Any] = {}
    for section, names in _SECTIONS.items():
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise ProfileError(f"{source}: [{section}] must be a table")
        known = {_TOML_KEYS.get(name, name): name for name in names}
        for key, value in table.items():
            if key not in known:
                allowed = ", ".join(known)
                raise ProfileError(
                    f"{source}: [{section}] has an unknown setting '{key}' (known: {allowed})"
                )
            name = known[key]
            values[name] = _convert(name, value, f"{source}: [{section}] {key}")
    return ClinicProfile(**values)


def profile_to_dict(profile: ClinicProfile) -> dict[str, Any]:
    raw = asdict(profile)
    data: dict[str, Any] = {}
    for section, names in _SECTIONS.items():
        data[section] = {
            _TOML_KEYS.get(name, name): (
                raw[name].value if isinstance(raw[name], StrEnum) else raw[name]
            )
            for name in names
        }
    return data


def load_profile(path: Path | None = None) -> ClinicProfile:
    """Read the profile; a missing file is the default profile, a broken one a ProfileError."""
    path = Path(path) if path is not None else default_profile_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ClinicProfile()
    except (OSError, UnicodeDecodeError) as error:
        raise ProfileError(
            f"The clinic profile {path} could not be read ({error}). "
            "Check the file, or save new settings to replace it."
        ) from error
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(
            f"The clinic profile {path} is not valid TOML ({error}). "
            "Fix the file, or save new settings to replace it."
        ) from error
    return profile_from_dict(data, source=str(path))


def save_profile(profile: ClinicProfile, path: Path | None = None) -> Path:
    """Write the profile atomically; raises WriteFailed with a plain message."""
    path = Path(path) if path is not None else default_profile_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteFailed(
            f"The settings folder {path.parent} cannot be created ({error.strerror})."
        ) from error
    write_atomic(path, tomli_w.dumps(profile_to_dict(profile)).encode("utf-8"))
    logger.info("clinic profile saved")
    return path
