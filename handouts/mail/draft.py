"""Handing a draft to the clinic's mail program: xdg-email on Linux, a .eml elsewhere, and
the saved PDF's folder when neither works."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from handouts.files import WriteFailed, write_atomic
from handouts.mail.addresses import check_address
from handouts.mail.message import Email, attachment_name, compose
from handouts.profile import ClinicProfile, data_dir

logger = logging.getLogger(__name__)


def xdg_email_command(email: Email, attachment: Path) -> list[str]:
    """The xdg-email command that opens a new message with the PDF attached (Linux)."""
    return [
        "xdg-email",
        "--utf8",
        "--subject",
        email.subject,
        "--body",
        email.body,
        "--attach",
        str(attachment),
        check_address(email.to),
    ]


class DraftKind(StrEnum):
    XDG_EMAIL = "xdg-email"  # handed to the mail program; nothing more to do
    EML = "eml"  # the .eml file is to be opened by the system (the GUI does it)
    FOLDER = "folder"  # no mail program: the PDF is saved, show its folder


@dataclass(frozen=True)
class Draft:
    """How the draft went: the saved PDF, the .eml when written, and what to tell the user."""

    kind: DraftKind
    pdf: Path
    message: str
    eml: Path | None = None


def draft_folder(profile: ClinicProfile) -> Path:
    """Where drafted handouts are saved: the clinic's save folder, else the app's data folder."""
    if profile.save_folder:
        return Path(profile.save_folder)
    return data_dir() / "email drafts"


def folder_message(pdf: Path, why: str = "No mail program could be opened") -> str:
    return (
        f"{why}. The handout is saved as {pdf.name} in {pdf.parent}; the folder is shown so "
        "you can attach it to an email yourself."
    )


NOT_SET_UP = "No mail program is set up on this computer, so none could be opened"


def mail_program_set_up(which: Callable[[str], str | None] = shutil.which) -> bool | None:
    """Whether the desktop names a program for mailto: links; None when it cannot tell."""
    if which("xdg-mime") is None:
        return None
    try:
        result = subprocess.run(
            ["xdg-mime", "query", "default", "x-scheme-handler/mailto"],
            capture_output=True,
            timeout=15,
            check=False,
            text=True,
        )
    except (OSError, subprocess.TimeoutExpired, UnicodeDecodeError) as error:
        logger.warning("xdg-mime failed: %s", type(error).__name__)
        return None
    if result.returncode != 0:
        return None
    return bool(result.stdout.strip())


def write_eml(email: Email, path: Path) -> Path:
    """Write an unsent draft (.eml, X-Unsent: 1) with the PDF attached, atomically."""
    write_atomic(path, compose(email, draft=True).as_bytes())
    return path


def make_draft(
    email: Email,
    folder: Path,
    *,
    platform: str = sys.platform,
    which: Callable[[str], str | None] = shutil.which,
) -> Draft:
    """Save the PDF in `folder` and hand the message to the mail program.

    Linux: run xdg-email. Elsewhere: write a .eml draft for the system to open. When neither
    works, the PDF stays saved and the Draft says to show its folder. Raises WriteFailed.
    """
    check_address(email.to)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteFailed(f"The folder {folder} cannot be created ({error.strerror}).") from error
    pdf = folder / attachment_name(email.attachment_name)
    write_atomic(pdf, email.attachment)
    if platform.startswith("linux"):
        if which("xdg-email") is None:
            return Draft(DraftKind.FOLDER, pdf, folder_message(pdf, "No mail program was found"))
        if mail_program_set_up(which) is False:
            # xdg-email would "succeed" with nothing opened: say so instead.
            return Draft(DraftKind.FOLDER, pdf, folder_message(pdf, NOT_SET_UP))
        try:
            result = subprocess.run(
                xdg_email_command(email, pdf),
                capture_output=True,
                timeout=60,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            logger.warning("xdg-email failed: %s", type(error).__name__)
            return Draft(
                DraftKind.FOLDER, pdf, folder_message(pdf, "The mail program did not open")
            )
        if result.returncode != 0:
            logger.warning("xdg-email exited with %s", result.returncode)
            return Draft(
                DraftKind.FOLDER, pdf, folder_message(pdf, "The mail program did not open")
            )
        return Draft(
            DraftKind.XDG_EMAIL,
            pdf,
            "Your mail program now has a new message with the handout attached. Check it and "
            "press Send there.",
        )
    eml = write_eml(email, pdf.with_suffix(".eml"))
    return Draft(
        DraftKind.EML,
        pdf,
        "A draft with the handout attached is opened in your mail program. Check it and press "
        "Send there.",
        eml,
    )
