"""Reading as much as can be read from a damaged TOML file, line by line, and knowing on
which line each key was written (so a problem can be reported with its line).

Plain TOML, no knowledge of the clinic profile: tables (`[name]`), arrays of tables
(`[[name]]`) and `key = value` lines, a value possibly spanning a few lines.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)

_HEADER = re.compile(r"^\s*(\[\[|\[)\s*([A-Za-z0-9_-]+)\s*(\]\]|\])\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_WHERE = re.compile(r"\s*\(at (line \d+, column \d+|end of document)\)\s*$")
MAX_VALUE_LINES = 60


@dataclass
class Salvage:
    """What was read: the data, the line of each key, and the lines that could not be read.

    A key's line is found under `lines[(table, index, key)]`: table "" for the top level,
    index the position in an array of tables (0 for a plain table).
    """

    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[tuple[str, int, str], int] = field(default_factory=dict)
    problems: list[tuple[int, str]] = field(default_factory=list)


def _plain(error: tomllib.TOMLDecodeError) -> str:
    return _WHERE.sub("", str(error)) or "cannot be read"


def _value(lines: list[str], start: int) -> tuple[dict[str, Any], int] | None:
    """Parse the key/value starting at `start` (a value may run over a few lines)."""
    for end in range(start + 1, min(len(lines), start + MAX_VALUE_LINES) + 1):
        try:
            return tomllib.loads("\n".join(lines[start:end])), end
        except tomllib.TOMLDecodeError:
            continue
    return None


def salvage(text: str) -> Salvage:
    """Read `text`; a file that parses whole is read whole, a damaged one key by key."""
    result = Salvage()
    whole: dict[str, Any] | None
    try:
        whole = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        whole = None
    lines = text.splitlines()
    table, index, broken_table = "", 0, False
    target: dict[str, Any] = result.data
    number = 0
    while number < len(lines):
        line = lines[number]
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            number += 1
            continue
        header = _HEADER.match(line)
        if header:
            table, broken_table = header.group(2), False
            if header.group(1) == "[[":
                tables = result.data.setdefault(table, [])
                if not isinstance(tables, list):
                    tables = result.data[table] = []
                tables.append({})
                index, target = len(tables) - 1, tables[-1]
            else:
                index = 0
                existing = result.data.get(table)
                target = existing if isinstance(existing, dict) else {}
                result.data[table] = target
            number += 1
            continue
        if stripped.startswith("["):
            result.problems.append((number + 1, "a table name that cannot be read"))
            table, broken_table = "", True
            number += 1
            continue
        key = _KEY.match(line)
        parsed = _value(lines, number)
        if key is None or parsed is None:
            try:
                tomllib.loads(line)
                why = "cannot be read"
            except tomllib.TOMLDecodeError as error:
                why = _plain(error)
            result.problems.append((number + 1, why))
            number += 1
            continue
        values, end = parsed
        if broken_table:
            result.problems.append(
                (number + 1, f"'{key.group(1)}' is under a table name that cannot be read")
            )
        else:
            for name, value in values.items():
                target[name] = value
                result.lines[(table, index, name)] = number + 1
        number = end
    if whole is not None:
        result.data = whole
        result.problems = []
    return result
