"""`main.py render`: writes the PDF and prints its path; exit codes 0/2/3/4, plain messages."""

from __future__ import annotations

import datetime
from pathlib import Path

from handouts.model import MAX_NOTE_CHARS, MAX_PATIENT_CHARS
from tests.handouts.cli.helpers import run_main
from tests.handouts.render.helpers import Pdf

KNEE = ["--region", "knee", "--onset", "injury", "--days", "0", "--sign", "swelling"]


def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir(exist_ok=True)
    return folder


def test_render_writes_the_pdf_and_prints_its_path(tmp_path: Path) -> None:
    profile = tmp_path / "profile.toml"
    profile.write_text(
        '[clinic]\nname = "Lakeside Chiropractic"\nclinician = "Dr Rivera"\n'
        '[handout]\npaper = "letter"\n',
        "utf-8",
    )
    target = out_dir(tmp_path) / "knee.pdf"
    result = run_main(
        "render",
        *KNEE,
        "--patient",
        "Jane Doe",
        "--note",
        "Rest the knee on a pillow.",
        "--date",
        "2026-11-23",
        "--profile",
        str(profile),
        "-o",
        str(target),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    pdf = Pdf(target.read_bytes())
    assert pdf.pages == 2
    assert float(pdf.reader.pages[0].mediabox.height) == 792
    for words in (
        "Ice first, then heat, for your knee",
        "Lakeside Chiropractic",
        "Dr Rivera",
        "Jane Doe",
        "Monday 23 November 2026",
        "Rest the knee on a pillow.",
        "Then: heat, from Thursday 26 November 2026",
    ):
        assert words in pdf.text


def test_default_name_paper_and_large_print(tmp_path: Path) -> None:
    folder = out_dir(tmp_path)
    result = run_main(
        "render",
        "--region",
        "low-back",
        "--patient",
        "Ann Lee",
        "--large-print",
        "--paper",
        "a4",
        "--clinician",
        "Sam",
        "-o",
        str(folder / "lee.pdf"),
    )
    assert result.returncode == 0, result.stderr
    pdf = Pdf((folder / "lee.pdf").read_bytes())
    assert 2 < pdf.pages <= 4
    today = datetime.date.today().isoformat()
    no_output = run_main("render", "--region", "neck", "--patient", "Bo Ek", "--date", today)
    assert no_output.returncode == 0, no_output.stderr
    written = Path(no_output.stdout.strip())
    try:
        assert written.name == f"{today} Bo Ek - heat.pdf"
        assert Pdf(written.read_bytes()).pages == 2
    finally:
        written.unlink()


def test_bad_input_is_exit_2_with_a_plain_message(tmp_path: Path) -> None:
    target = out_dir(tmp_path) / "x.pdf"
    cases = {
        "--date": (["--date", "23/11/2026"], "YYYY-MM-DD"),
        "--patient": (
            ["--patient", "x" * (MAX_PATIENT_CHARS + 1)],
            f"limit is {MAX_PATIENT_CHARS}",
        ),
        "--note": (["--note", "y" * (MAX_NOTE_CHARS + 1)], f"limit is {MAX_NOTE_CHARS}"),
        "--paper": (["--paper", "a3"], "a4"),
    }
    for option, (extra, words) in cases.items():
        result = run_main("render", "--region", "knee", *extra, "-o", str(target))
        assert result.returncode == 2, option
        assert option in result.stderr and words in result.stderr
        assert "Traceback" not in result.stderr
    broken = tmp_path / "broken.toml"
    broken.write_text("[clinic\nname = 1", "utf-8")
    result = run_main("render", "--region", "knee", "--profile", str(broken), "-o", str(target))
    assert result.returncode == 2
    assert "not valid TOML" in result.stderr and "Traceback" not in result.stderr
    logo_profile = tmp_path / "logo.toml"
    logo_profile.write_text(f'[clinic]\nlogo = "{tmp_path / "gone.png"}"\n', "utf-8")
    result = run_main(
        "render", "--region", "knee", "--profile", str(logo_profile), "-o", str(target)
    )
    assert result.returncode == 2
    assert "logo" in result.stderr and "cannot be found" in result.stderr
    assert not target.exists()


def test_refused_choice_is_exit_3(tmp_path: Path) -> None:
    target = out_dir(tmp_path) / "x.pdf"
    result = run_main(
        "render", "--region", "knee", "--caution", "numbness", "--choice", "heat", "-o", str(target)
    )
    assert result.returncode == 3
    assert "refused" in result.stderr and "numbness" in result.stderr
    assert not target.exists()


def test_unwritable_output_is_exit_4_and_keeps_the_earlier_file(tmp_path: Path) -> None:
    folder = out_dir(tmp_path)
    result = run_main("render", "--region", "knee", "-o", str(folder / "missing" / "x.pdf"))
    assert result.returncode == 4
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr
    (folder / "taken.pdf").mkdir()
    result = run_main("render", "--region", "knee", "-o", str(folder / "taken.pdf"))
    assert result.returncode == 4
    assert "is a folder" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["taken.pdf"]


def test_side_prints_in_the_title(tmp_path: Path) -> None:
    target = out_dir(tmp_path) / "left-knee.pdf"
    result = run_main("render", *KNEE, "--side", "left", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "for your left knee" in Pdf(target.read_bytes()).text


def test_side_on_a_region_without_one_is_a_plain_error(tmp_path: Path) -> None:
    target = out_dir(tmp_path) / "neck.pdf"
    result = run_main("render", "--region", "neck", "--side", "left", "-o", str(target))
    assert result.returncode == 2
    assert "argument --side: neck has no left or right" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()
