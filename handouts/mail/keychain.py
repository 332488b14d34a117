"""The SMTP password in the system keychain; never in a file, never logged."""

from __future__ import annotations

import contextlib
import logging

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "heat-or-ice-smtp"


def keychain_user(host: str, user: str) -> str:
    """The keychain entry's user: the account is one host and one user name."""
    return f"{user}@{host}"


def stored_password(host: str, user: str) -> str | None:
    """The password from the system keychain, or None (none stored, or no usable keychain)."""
    try:
        # keyring (and its backend discovery) is loaded only when a password is needed.
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keychain_user(host, user))
    except Exception as error:  # any keychain backend failure means "ask the user"
        logger.info("no keychain password: %s", type(error).__name__)
        return None


def remember_password(host: str, user: str, password: str) -> bool:
    """Keep the password in the system keychain; False when there is no usable keychain."""
    try:
        # keyring (and its backend discovery) is loaded only when a password is stored.
        import keyring

        keyring.set_password(KEYRING_SERVICE, keychain_user(host, user), password)
    except Exception as error:  # no backend, locked, refused: the caller asks each time
        logger.info("password not stored in keychain: %s", type(error).__name__)
        return False
    return True


def forget_password(host: str, user: str) -> None:
    """Remove a stored password; nothing happens when none is stored or no keychain works."""
    with contextlib.suppress(Exception):
        # keyring (and its backend discovery) is loaded only when a password is removed.
        import keyring

        keyring.delete_password(KEYRING_SERVICE, keychain_user(host, user))
