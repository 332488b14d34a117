"""The record's two settings: on/off and how many months to keep (0 = everything)."""

from __future__ import annotations

from pathlib import Path

import pytest

from handouts.profile import ClinicProfile, ProfileError, load_profile
from handouts.settings import setting


def test_recording_is_on_and_everything_kept_by_default() -> None:
    assert ClinicProfile().record_handouts is True
    assert ClinicProfile().record_keep_months == 0
    assert "legal minimum" in setting("record_keep_months").help


def test_the_profile_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "profile.toml"
    path.write_text("[record]\nkeep_record = false\nkeep_months = 84\n", "utf-8")
    profile = load_profile(path)
    assert profile.record_handouts is False and profile.record_keep_months == 84


@pytest.mark.parametrize("value", ["-1", "1201", "true", '"12"'])
def test_a_bad_keeping_period_is_a_plain_error(tmp_path: Path, value: str) -> None:
    path = tmp_path / "profile.toml"
    path.write_text(f"[record]\nkeep_months = {value}\n", "utf-8")
    with pytest.raises(ProfileError, match="whole number from 0 to 1200"):
        load_profile(path)
