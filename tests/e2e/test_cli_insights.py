"""`nextmove insights [--json]` on a real data folder, as a script or support would run it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QLockFile

from nextmove.storage.database import DataPaths, open_database
from tests.e2e.test_cli import nextmove
from tests.storage.insight_seed import seed_insights


def _seeded(data_dir: Path) -> DataPaths:
    paths = DataPaths(data_dir)
    database = open_database(paths)
    try:
        seed_insights(database)
    finally:
        database.close()
    return paths


def test_json_is_one_object_with_the_same_figures(data_dir: Path) -> None:
    _seeded(data_dir)
    result = nextmove("--data-dir", str(data_dir), "insights", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["funnel"]["applied"] == 5
    assert data["funnel"]["screening"] == 3
    assert data["funnel"]["interview"] == 2
    assert data["funnel"]["offer"] == 1
    assert data["funnel"]["rates"]["interview_to_offer"] == 0.5
    assert data["rejections_by_stage"] == {"applied": 1, "screening": 1, "interview": 1, "offer": 0}
    assert data["response_by_source"][0] == {
        "source": "LinkedIn",
        "applications": 2,
        "responses": 2,
        "rate": 1.0,
        "median_days_to_response": 4.0,
    }
    assert len(data["weekly_applications"]["weeks"]) == 12
    assert {s["stage"] for s in data["stage_scores"]} >= {"Screening call"}
    assert data["feedback_requests"]["queued"] == 1


def test_human_output_is_aligned_lines_and_works_while_the_app_is_open(data_dir: Path) -> None:
    paths = _seeded(data_dir)
    lock = QLockFile(str(paths.lock))
    assert lock.tryLock(0)  # as if the window were open on this folder
    try:
        result = nextmove("--data-dir", str(data_dir), "insights")
    finally:
        lock.unlock()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Funnel (5 applications sent)"
    assert lines[1].split() == ["Applied", "5"]
    assert lines[2].split() == ["Screening", "3", "60%", "of", "applied"]
    # Aligned: every figure of the funnel ends in the same column.
    assert len({line.index(line.split()[1]) + len(line.split()[1]) for line in lines[1:5]}) == 1
    assert any(line.startswith("  LinkedIn") and "100%" in line for line in lines)
    assert "Rejections by stage (3 rejections)" in lines
    assert "Feedback requests: none sent yet, 1 queued in the outbox" in lines
    # The stage scores of a beyond-control reflection are shown, never hidden.
    assert any(
        line.startswith("  Screening call") and line.split()[-2:] == ["2.0", "(1)"]
        for line in lines
    )


def test_no_database_is_one_line(data_dir: Path) -> None:
    result = nextmove("--data-dir", str(data_dir), "insights", "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"nextmove: there is no Next Move database in {data_dir}\n"


def test_human_output_writes_weeks_in_the_chosen_date_format(data_dir: Path) -> None:
    _seeded(data_dir)
    (data_dir / "settings.ini").write_text("[display]\ndate_format=dd.MM.yyyy\n", encoding="utf-8")
    result = nextmove("--data-dir", str(data_dir), "insights")
    assert result.returncode == 0, result.stderr
    weeks = [line.split()[2] for line in result.stdout.splitlines() if "week of" in line]
    assert len(weeks) == 12
    assert all(len(w) == 10 and w[2] == "." and w[5] == "." for w in weeks), weeks
