"""A missing system library is one plain line naming the package to install."""

from __future__ import annotations

import pytest

from handouts.system_libraries import missing_library_message, package_for


@pytest.mark.parametrize(
    ("error", "package"),
    [
        (
            ImportError("libgssapi_krb5.so.2: cannot open shared object file: No such file"),
            "libgssapi-krb5-2",
        ),
        (
            OSError(
                "cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open shared "
                "object file: No such file or directory.  Additionally, ctypes.util."
                "find_library() did not manage to locate a library called 'libpango-1.0-0'"
            ),
            "libpango-1.0-0",
        ),
        (OSError("libxcb-icccm.so.4: cannot open shared object file"), "libxcb-icccm4"),
        (ImportError("libEGL.so.1: cannot open shared object file"), "libegl1"),
    ],
)
def test_the_message_names_the_library_and_the_package(error: Exception, package: str) -> None:
    message = missing_library_message(error)
    assert message is not None
    assert "\n" not in message
    assert message.endswith(f"sudo apt-get install {package}")


def test_the_longest_known_name_wins() -> None:
    assert package_for("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert package_for("libxcb-render.so.0") == "libxcb-render0"
    assert package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert package_for("/usr/lib/libxkbcommon.so.0") == "libxkbcommon0"


def test_an_unknown_library_still_gets_a_plain_line() -> None:
    message = missing_library_message(OSError("libfoo.so.3: cannot open shared object file"))
    assert message is not None and "libfoo.so.3" in message and "README" in message


def test_other_errors_are_not_taken_for_a_missing_library() -> None:
    assert missing_library_message(OSError("No space left on device")) is None
    assert missing_library_message(ImportError("No module named 'foo'")) is None
