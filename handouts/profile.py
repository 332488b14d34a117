"""The clinic profile: who is handing out the sheet, how it is printed and how it is emailed.

A small TOML file in the user's config folder. The app works with no profile at all; a damaged
file is reported with the file and the line at fault, every setting that could be read is
kept, and the file is kept as profile.toml.bad when the user saves new settings.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from handouts.clinic_presets import PresetProblem, SavedPreset, preset_from_dict, preset_to_dict
from handouts.files import WriteFailed, write_atomic
from handouts.identity import APP_ID
from handouts.profile_values import ProfileError, convert
from handouts.settings import (
    DEFAULT_EMAIL_BODY,
    DEFAULT_EMAIL_SUBJECT,
    SECTIONS,
    Paper,
    SmtpSecurity,
    setting,
    settings_in,
)
from handouts.vocabulary import Language

if TYPE_CHECKING:
    from handouts.toml_salvage import Salvage

__all__ = [
    "DEFAULT_EMAIL_BODY",
    "DEFAULT_EMAIL_SUBJECT",
    "ClinicProfile",
    "Language",
    "Paper",
    "ProfileError",
    "ProfileReading",
    "SmtpSecurity",
    "config_dir",
    "data_dir",
    "default_profile_path",
    "load_profile",
    "profile_from_dict",
    "profile_to_dict",
    "read_profile",
    "save_profile",
]

logger = logging.getLogger(__name__)

APP_NAME = APP_ID
PRESETS_TABLE = "presets"
DAMAGED_SUFFIX = ".bad"


def _default[T](key: str, kind: type[T]) -> T:
    """A setting's default from the one table, checked to be of the attribute's type."""
    value = setting(key).default
    assert isinstance(value, kind) and setting(key).kind is kind, key
    return value


@dataclass(frozen=True)
class ClinicProfile:
    """Every setting has a default (declared in handouts.settings), so an empty or missing
    file is a valid profile."""

    # [clinic]
    name: str = _default("name", str)
    address: str = _default("address", str)
    phone: str = _default("phone", str)
    website: str = _default("website", str)
    logo: str = _default("logo", str)  # absolute path of the app's copy of the logo, or ""
    clinician: str = _default("clinician", str)
    role: str = _default("role", str)
    emergency_number: str = _default("emergency_number", str)
    # [handout]
    paper: Paper = _default("paper", Paper)  # noqa: RUF009 (an enum member is immutable)
    large_print: bool = _default("large_print", bool)
    save_folder: str = _default("save_folder", str)
    language: Language = _default("language", Language)  # noqa: RUF009
    # [email]
    email_from: str = _default("email_from", str)
    email_subject: str = _default("email_subject", str)
    email_body: str = _default("email_body", str)
    email_subject_fr: str = _default("email_subject_fr", str)
    email_body_fr: str = _default("email_body_fr", str)
    email_subject_es: str = _default("email_subject_es", str)
    email_body_es: str = _default("email_body_es", str)
    # [smtp]
    smtp_host: str = _default("smtp_host", str)
    smtp_port: int = _default("smtp_port", int)
    smtp_security: SmtpSecurity = _default("smtp_security", SmtpSecurity)  # noqa: RUF009
    smtp_user: str = _default("smtp_user", str)
    # [record]
    record_handouts: bool = _default("record_handouts", bool)
    record_keep_months: int = _default("record_keep_months", int)

    @property
    def logo_path(self) -> Path | None:
        return Path(self.logo) if self.logo else None

    def with_changes(self, **changes: Any) -> ClinicProfile:
        return replace(self, **changes)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME)


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME)


def default_profile_path() -> Path:
    return config_dir() / "profile.toml"


@dataclass(frozen=True)
class ProfileReading:
    """A profile file as read: every setting that could be read, and what could not."""

    path: Path
    profile: ClinicProfile
    problems: tuple[str, ...] = ()  # each "line N: what is wrong"
    presets: tuple[SavedPreset, ...] = ()  # the clinic's own presets ([[presets]]), in order

    def message(self) -> str:
        """What to tell the user ("" when the file was fine)."""
        if not self.problems:
            return ""
        listed = "\n".join(f"  {problem}" for problem in self.problems)
        return (
            f"The clinic profile {self.path} has problems:\n{listed}\n"
            "Every other setting was read and is used. Fix the file, or save new settings "
            f"(the damaged file is then kept as {self.path.name}{DAMAGED_SUFFIX})."
        )


Presets = tuple[SavedPreset, ...]


def _read(
    data: dict[str, Any], salvaged: Salvage | None
) -> tuple[ClinicProfile, Presets, list[str]]:
    """Every usable setting of `data`, and a "line N: ..." problem for each one that is not."""
    problems: list[str] = []

    def where(table: str, key: str, index: int = 0) -> str:
        line = salvaged.lines.get((table, index, key)) if salvaged else None
        return f"line {line}: " if line else ""

    values: dict[str, Any] = {}
    for section in SECTIONS:
        table = data.get(section, {})
        if not isinstance(table, dict):
            problems.append(f"{where('', section)}[{section}] must be a table")
            continue
        known = {item.toml_key: item for item in settings_in(section)}
        for key, value in table.items():
            if key not in known:
                allowed = ", ".join(known)
                problems.append(
                    f"{where(section, key)}[{section}] has an unknown setting '{key}' "
                    f"(known: {allowed})"
                )
                continue
            try:
                values[known[key].key] = convert(known[key], value)
            except ProfileError as error:
                problems.append(f"{where(section, key)}[{section}] {key}: {error}")
    presets: list[SavedPreset] = []
    stored = data.get(PRESETS_TABLE, [])
    for index, table in enumerate(stored if isinstance(stored, list) else [stored]):
        try:
            if not isinstance(table, dict):
                raise PresetProblem("must be a [[presets]] table")
            presets.append(preset_from_dict(table))
        except PresetProblem as error:
            key = next(iter(table), "") if isinstance(table, dict) else ""
            problems.append(f"{where(PRESETS_TABLE, key, index)}preset {index + 1}: {error}")
    return ClinicProfile(**values), tuple(presets), problems


def profile_from_dict(data: dict[str, Any], source: str = "profile") -> ClinicProfile:
    """The profile of `data`; ProfileError naming the first setting that cannot be used."""
    profile, _presets, problems = _read(data, None)
    if problems:
        raise ProfileError(f"{source}: {problems[0]}")
    return profile


def profile_to_dict(profile: ClinicProfile, presets: Presets = ()) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for section in SECTIONS:
        data[section] = {}
        for item in settings_in(section):
            value = getattr(profile, item.key)
            data[section][item.toml_key] = value.value if isinstance(value, StrEnum) else value
    if presets:
        data[PRESETS_TABLE] = [preset_to_dict(preset) for preset in presets]
    return data


def read_profile(path: Path | None = None) -> ProfileReading:
    """Read the profile, keeping every setting that can be read; never raises for content.

    A missing file is the default profile; a file that cannot be read at all (not text,
    no permission) is the default profile with one problem.
    """
    path = Path(path) if path is not None else default_profile_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ProfileReading(path, ClinicProfile())
    except (OSError, UnicodeDecodeError) as error:
        why = error.strerror if isinstance(error, OSError) else "it is not text"
        return ProfileReading(path, ClinicProfile(), (f"could not be read ({why})",))
    # Lazy: the TOML reader loads only when there is a profile to read (a first start has
    # none), not with the window.
    from handouts.toml_salvage import salvage

    salvaged = salvage(text)
    syntax = [f"line {line}: not valid TOML ({why})" for line, why in salvaged.problems]
    profile, presets, problems = _read(salvaged.data, salvaged)
    return ProfileReading(path, profile, tuple(syntax + problems), presets)


def load_profile(path: Path | None = None) -> ClinicProfile:
    """Read the profile; a missing file is the default profile, a broken one a ProfileError."""
    reading = read_profile(path)
    if reading.problems:
        raise ProfileError(reading.message())
    return reading.profile


def save_profile(
    profile: ClinicProfile, path: Path | None = None, presets: Presets | None = None
) -> Path:
    """Write the profile and the clinic's presets (those given, else those already in the
    file) atomically; a damaged file is kept as profile.toml.bad first. Raises WriteFailed."""
    path = Path(path) if path is not None else default_profile_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteFailed(
            f"The settings folder {path.parent} cannot be created ({error.strerror})."
        ) from error
    before = read_profile(path)
    if before.problems:
        _keep_damaged(path)
    if presets is None:
        presets = before.presets  # saving the settings keeps the clinic's presets
    # Lazy: the window reads the profile at start-up but writes it only when saved.
    import tomli_w

    write_atomic(path, tomli_w.dumps(profile_to_dict(profile, presets)).encode("utf-8"))
    logger.info("clinic profile saved")
    return path


def _keep_damaged(path: Path) -> None:
    """Copy a damaged profile to profile.toml.bad before new settings replace it."""
    try:
        write_atomic(path.with_name(path.name + DAMAGED_SUFFIX), path.read_bytes())
    except OSError as error:
        raise WriteFailed(
            f"The damaged profile {path} could not be kept as {path.name}{DAMAGED_SUFFIX} "
            f"({error.strerror}); the new settings were not saved."
        ) from error
    logger.warning("damaged clinic profile kept as %s%s", path.name, DAMAGED_SUFFIX)
