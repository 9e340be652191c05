"""The status and the last activity have one writer: `storage/timeline.py`."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "nextmove"
DERIVED = {"status", "last_activity_on"}
WRITER = PACKAGE / "storage" / "timeline.py"


def _writes(tree: ast.AST) -> list[int]:
    """Lines that assign `.status`/`.last_activity_on` or pass them to `.values(...)`."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr in DERIVED:
                    lines.append(node.lineno)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "values"
            and any(k.arg in DERIVED for k in node.keywords)
        ):
            lines.append(node.lineno)
    return lines


def test_only_the_timeline_module_writes_status_or_last_activity() -> None:
    found = {}
    # Every layer that writes the database (the window's widgets have `.status` labels).
    writers = [p for d in ("storage", "mail", "cli") for p in (PACKAGE / d).rglob("*.py")]
    for path in [*writers, PACKAGE / "app.py"]:
        if path == WRITER or "migrations" in path.parts:
            continue
        lines = _writes(ast.parse(path.read_text(encoding="utf-8")))
        if lines:
            found[str(path.relative_to(PACKAGE))] = lines
    # Learning goals have a status of their own (planned / done): not an application's.
    found.pop("storage/learning_goals.py", None)
    assert found == {}
    assert _writes(ast.parse(WRITER.read_text(encoding="utf-8")))
