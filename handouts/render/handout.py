"""One handout as plain values, the errors of making it, and its default file name."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from handouts.files import safe_file_name_part
from handouts.model import Language, Presentation, Recommendation
from handouts.profile import ClinicProfile, Paper

# How much of the patient's name goes into the default file name.
FILE_NAME_PATIENT_CHARS = 60


class RenderError(Exception):
    """The handout cannot be made; the message says why in plain words and what to do."""


class SaveFailed(RenderError):
    """The PDF was made but cannot be written where asked (folder, permission, disk)."""


@dataclass(frozen=True)
class Handout:
    """Everything one handout needs, as plain values."""

    presentation: Presentation
    recommendation: Recommendation
    profile: ClinicProfile = field(default_factory=ClinicProfile)
    patient: str = ""
    note: str = ""
    clinician: str = ""
    date: datetime.date = field(default_factory=datetime.date.today)
    paper: Paper | None = None
    large_print: bool | None = None
    language: Language = Language.EN

    @property
    def effective_paper(self) -> Paper:
        return self.paper if self.paper is not None else self.profile.paper

    @property
    def effective_large_print(self) -> bool:
        return self.large_print if self.large_print is not None else self.profile.large_print

    @property
    def effective_clinician(self) -> str:
        return self.clinician.strip() or self.profile.clinician.strip()


def typed_text(handout: Handout) -> tuple[str, ...]:
    """Everything on the handout that a person typed rather than the app wrote."""
    profile = handout.profile
    return (
        handout.patient,
        handout.note,
        handout.effective_clinician,
        profile.name,
        profile.address,
        profile.phone,
        profile.website,
    )


def default_file_name(handout: Handout) -> str:
    """E.g. '2026-11-23 Jane Doe - heat.pdf': safe on Windows, macOS and Linux."""
    patient = safe_file_name_part(handout.patient, FILE_NAME_PATIENT_CHARS) or "handout"
    return f"{handout.date.isoformat()} {patient} - {handout.recommendation.modality.value}.pdf"
