"""What the app says about the law in more than one place (the command line's help, the
settings, the record's messages), in a module of its own: reading it loads nothing else."""

from __future__ import annotations

LEGAL_WARNING = (
    "Health records often have a legal minimum keeping period (several years in many places, "
    "longer for children). Check the rules that apply to you before deleting any."
)
