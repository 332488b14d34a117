"""Checking one email address, with a plain message for each kind of mistake."""

from __future__ import annotations

import email_validator

from handouts.mail.errors import InvalidAddress

_EXAMPLE = "It should look like name@example.com."
_BAD_LOCAL = f"The part before the @ has a character that is not allowed. {_EXAMPLE}"
_BAD_DOMAIN = f"The part after the @ is not a valid domain like example.com. {_EXAMPLE}"
MAX_ADDRESS_CHARS = 254


def _shape_problem(address: str) -> str:
    """The mistakes a person makes typing an address, named plainly; "" when none."""
    if not address:
        return "Type the patient's email address."
    if any(c in address for c in ",;"):
        return "Type one email address only."
    if any(c.isspace() for c in address):
        return f"An email address has no spaces. {_EXAMPLE}"
    if address.count("@") != 1:
        return f"An email address has exactly one @. {_EXAMPLE}"
    local, domain = address.split("@")
    if not local:
        return f"Something is missing before the @. {_EXAMPLE}"
    if not domain:
        return f"Something is missing after the @. {_EXAMPLE}"
    # A leading "-" would read as an option to the mail program (xdg-email) it is passed to.
    if local.startswith("-"):
        return _BAD_LOCAL
    if "." not in domain.rstrip("."):
        return _BAD_DOMAIN
    if len(address) > MAX_ADDRESS_CHARS:
        return "This email address is too long."
    return ""


def address_problem(text: str) -> str:
    """What is wrong with `text` as one email address, in plain words; "" when it is fine."""
    address = text.strip()
    problem = _shape_problem(address)
    if problem:
        return problem
    if not _valid(address):
        # Which half is at fault: the same local part with a known-good domain tells.
        local = address.split("@")[0]
        return _BAD_DOMAIN if _valid(f"{local}@example.com") else _BAD_LOCAL
    return ""


def _valid(address: str) -> bool:
    try:
        email_validator.validate_email(
            address, check_deliverability=False, globally_deliverable=False
        )
    except email_validator.EmailNotValidError:
        return False
    return True


def check_address(text: str) -> str:
    """The address without surrounding spaces, or InvalidAddress with a plain message."""
    problem = address_problem(text)
    if problem:
        raise InvalidAddress(problem)
    return text.strip()
