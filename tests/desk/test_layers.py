"""desk/ is the library that runs without a display: it never imports Qt or ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import desk

DESK_DIR = Path(desk.__file__).parent
PROJECT_ROOT = DESK_DIR.parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def forbidden_imports(source: str) -> list[str]:
    """Top-level names of forbidden packages imported anywhere in ``source``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [name for name in names if name.split(".")[0] in FORBIDDEN]
    return found


def test_checker_catches_every_form_of_import() -> None:
    source = "\n".join([
        "import PySide6.QtCore",
        "def f():\n    from ui.rooms import board",
        "from shiboken6 import isValid",
        "import os, PyQt6",
        "from . import uix",
        "import uikit",
    ])
    assert sorted(forbidden_imports(source)) == ["PyQt6", "PySide6.QtCore", "shiboken6", "ui.rooms"]


def test_no_module_of_desk_imports_qt_or_ui() -> None:
    files = sorted(DESK_DIR.rglob("*.py"))
    assert len(files) > 20  # the walk really covers the package
    offenders = {
        str(path.relative_to(PROJECT_ROOT)): names
        for path in files
        if (names := forbidden_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_importing_desk_loads_no_qt_module() -> None:
    code = (
        "import desk.cli, desk.rooms.board, desk.rooms.status, desk.rooms.housekeeping, desk.rooms.history, "
        "desk.demo, desk.auth, desk.migrate; import sys; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')); "
        "assert not bad, bad"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
