"""`main.py render --batch FILE.csv`: one handout per row, rows checked before any render."""

from __future__ import annotations

import argparse
import multiprocessing
from pathlib import Path

import pytest
from pypdf import PdfReader

from handouts.cli import batch
from handouts.render import Handout
from tests.handouts.cli.helpers import run_main

HEADER = "output,region,onset,days,signs,cautions,patient,large_print\n"


def write_csv(folder: Path, rows: str, header: str = HEADER) -> Path:
    path = folder / "rows.csv"
    path.write_text(header + rows, encoding="utf-8")
    return path


def text_of(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_every_row_becomes_its_handout(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    rows = write_csv(
        tmp_path,
        "ankle.pdf,ankle-foot,injury,0,swelling;bruising,,Ann Lee,no\n"
        "back.pdf,low-back,,,spasm,pregnancy,Bo Chen,yes\n"
        "sub/neck.pdf,neck,gradual,,,,,\n",
    )
    result = run_main("render", "--batch", str(rows), "--date", "2026-11-23")
    assert result.returncode == 0, result.stderr
    written = [Path(line) for line in result.stdout.splitlines()]
    assert written == [tmp_path / "ankle.pdf", tmp_path / "back.pdf", tmp_path / "sub/neck.pdf"]
    ankle, back = text_of(written[0]), text_of(written[1])
    assert "Ann Lee" in ankle and "Ice first, then heat" in ankle
    assert "Bo Chen" in back and "Heat for your low back" in back
    assert "Heat for your neck" in text_of(written[2])
    assert len(PdfReader(written[1]).pages) > len(PdfReader(written[0]).pages) - 1


@pytest.mark.parametrize(
    ("rows", "header", "message"),
    [
        ("a.pdf,kne,,,,,,\n", HEADER, "row 2: argument --region: 'kne' is not one of"),
        ("a.pdf,knee,injury,,,,,\n", HEADER, "row 2: argument --days: required"),
        ("a.pdf,knee,,,,,,\nb.pdf,knee,,,redness,,,\n", HEADER, "row 3: argument --sign"),
        ("a.pdf,knee,,,,,,\na.pdf,neck,,,,,,\n", HEADER, "row 3: writes 'a.pdf' like row 2"),
        (",knee,,,,,,\n", HEADER, "row 2: the output column is empty"),
        ("a.pdf,knee,,,,,,maybe\n", HEADER, "row 2: large_print is 'maybe'"),
        ("a.pdf,knee,red\n", "output,region,colour\n", "unknown column 'colour'"),
        ("knee\n", "region\n", "no 'output' column"),
        ("", HEADER, "no rows"),
    ],
)
def test_a_bad_row_stops_the_batch_before_anything_is_written(
    tmp_path: Path, rows: str, header: str, message: str
) -> None:
    result = run_main("render", "--batch", str(write_csv(tmp_path, rows, header)))
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.glob("*.pdf")) == []


def test_every_row_gets_the_batch_profile(tmp_path: Path) -> None:
    profile = tmp_path / "clinic.toml"
    profile.write_text('[clinic]\nname = "Harbour Physio"\n', encoding="utf-8")
    rows = write_csv(tmp_path, "a.pdf,knee\nb.pdf,neck\n", header="output,region\n")
    result = run_main("render", "--batch", str(rows), "--profile", str(profile))
    assert result.returncode == 0, result.stderr
    for name in ("a.pdf", "b.pdf"):
        assert "Harbour Physio" in text_of(tmp_path / name)


def test_a_broken_profile_stops_the_batch(tmp_path: Path) -> None:
    profile = tmp_path / "clinic.toml"
    profile.write_text("[clinic\n", encoding="utf-8")
    rows = write_csv(tmp_path, "a.pdf,knee\n", header="output,region\n")
    result = run_main("render", "--batch", str(rows), "--profile", str(profile))
    assert result.returncode == 2
    assert "row 2: The clinic profile" in result.stderr
    assert not (tmp_path / "a.pdf").exists()


def test_header_names_are_read_loosely(tmp_path: Path) -> None:
    rows = write_csv(
        tmp_path, "a.pdf,knee,Sam Lee,yes\n", header=" Output ,Region,Patient,Large-Print\n"
    )
    result = run_main("render", "--batch", str(rows))
    assert result.returncode == 0, result.stderr
    assert "Sam Lee" in text_of(tmp_path / "a.pdf")
    assert "Heat for your knee" in text_of(tmp_path / "a.pdf")


def test_a_refused_choice_in_a_row_exits_3(tmp_path: Path) -> None:
    rows = write_csv(
        tmp_path, "a.pdf,knee,numbness,heat\n", header="output,region,cautions,choice\n"
    )
    result = run_main("render", "--batch", str(rows))
    assert result.returncode == 3
    assert result.stderr.startswith("heat-or-ice render: error: row 2: refused:")
    assert "numbness" in result.stderr
    assert not (tmp_path / "a.pdf").exists()


@pytest.mark.parametrize(
    "option",
    [
        ["--region", "neck"],
        ["--choice", "heat"],
        ["--onset", "gradual"],
        ["--sign", "spasm"],
        ["--days", "2"],
        ["--preference", "none"],
        ["-o", "x.pdf"],
        ["--patient", "Al"],
    ],
)
def test_presentation_options_are_refused_with_batch(tmp_path: Path, option: list[str]) -> None:
    rows = write_csv(tmp_path, "a.pdf,knee,,,,,,\n")
    result = run_main("render", "--batch", str(rows), *option)
    assert result.returncode == 2
    assert "leave out --" in result.stderr
    assert list(tmp_path.glob("*.pdf")) == []


def test_missing_batch_file(tmp_path: Path) -> None:
    result = run_main("render", "--batch", str(tmp_path / "none.csv"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_the_workers_start_before_the_csv_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = write_csv(tmp_path, "neck.pdf,neck,gradual,,,,,\n")
    workers_while_reading: list[int] = []
    real_read_batch = batch.read_batch

    def read_batch(path: Path, defaults: argparse.Namespace) -> list[tuple[Handout, Path]]:
        workers_while_reading.append(len(multiprocessing.active_children()))
        return real_read_batch(path, defaults)

    monkeypatch.setattr(batch, "read_batch", read_batch)
    assert batch.run_batch(argparse.Namespace(batch=str(rows))) == 0
    assert workers_while_reading and workers_while_reading[0] >= 1
    assert "Heat for your neck" in text_of(tmp_path / "neck.pdf")


def test_a_side_column_prints_the_side(tmp_path: Path) -> None:
    rows = write_csv(tmp_path, "a.pdf,knee,right\nb.pdf,hip,both\n", header="output,region,side\n")
    result = run_main("render", "--batch", str(rows))
    assert result.returncode == 0, result.stderr
    assert "for your right knee" in " ".join(text_of(tmp_path / "a.pdf").split())
    assert "for both your hips" in " ".join(text_of(tmp_path / "b.pdf").split())


def test_a_side_for_a_region_without_one_names_the_row(tmp_path: Path) -> None:
    rows = write_csv(tmp_path, "a.pdf,knee,left\nb.pdf,neck,left\n", header="output,region,side\n")
    result = run_main("render", "--batch", str(rows))
    assert result.returncode == 2
    assert "row 3" in result.stderr and "neck has no left or right" in result.stderr
    assert list(tmp_path.glob("*.pdf")) == []
