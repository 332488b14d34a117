"""`main.py decide`: print the recommendation for a presentation as JSON."""

from __future__ import annotations

import argparse
import json
import sys

from handouts.cli.common import EXIT_OK
from handouts.cli.presentation import recommend


def run_decide(args: argparse.Namespace) -> int:
    _, recommendation = recommend(args)
    json.dump(recommendation.as_dict(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK
