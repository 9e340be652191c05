"""uv.lock must say what pyproject.toml asks for: both README commands install from it.

A dependency added, removed or re-ranged in pyproject.toml without `python3 dev.py lock` fails
here, instead of on a fresh machine that resolves something else.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]


def _declared(requirements: list[str]) -> dict[str, SpecifierSet]:
    parsed = [Requirement(text) for text in requirements]
    return {canonicalize_name(r.name): r.specifier for r in parsed}


def _locked(entries: list[dict[str, str]]) -> dict[str, SpecifierSet]:
    return {canonicalize_name(e["name"]): SpecifierSet(e.get("specifier", "")) for e in entries}


def _load() -> tuple[dict[str, object], dict[str, object]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    return project, lock


def _own_package(lock: dict[str, object]) -> dict[str, object]:
    packages = lock["package"]
    assert isinstance(packages, list)
    ours = [p for p in packages if p["name"] == "nextmove"]
    assert len(ours) == 1, "uv.lock does not list the project itself"
    return ours[0]


def test_lock_records_the_runtime_dependencies_as_declared() -> None:
    project, lock = _load()
    metadata = _own_package(lock)["metadata"]
    declared = _declared(project["project"]["dependencies"])  # type: ignore[index]
    assert _locked(metadata["requires-dist"]) == declared, "run `python3 dev.py lock`"  # type: ignore[index]


def test_lock_records_the_dev_group_as_declared() -> None:
    project, lock = _load()
    metadata = _own_package(lock)["metadata"]
    declared = _declared(project["dependency-groups"]["dev"])  # type: ignore[index]
    assert _locked(metadata["requires-dev"]["dev"]) == declared, "run `python3 dev.py lock`"  # type: ignore[index]


def test_every_locked_version_is_inside_its_declared_range() -> None:
    project, lock = _load()
    wanted = _declared(
        [*project["project"]["dependencies"], *project["dependency-groups"]["dev"]]  # type: ignore[index]
    )
    versions = {
        canonicalize_name(p["name"]): Version(p["version"])
        for p in lock["package"]  # type: ignore[attr-defined]
        if "version" in p and p["name"] != "nextmove"
    }
    outside = {
        name: str(versions.get(name))
        for name, spec in wanted.items()
        if name not in versions or versions[name] not in spec
    }
    assert outside == {}
