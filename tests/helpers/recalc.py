"""Recalculating an exported workbook with LibreOffice, as a person's spreadsheet
program would, so a test reads the values of the formulas Desk wrote.

openpyxl writes formulas without values; LibreOffice's xlsx-to-xlsx conversion
keeps the formulas and stores what they compute. A private profile directory
keeps it apart from any other running LibreOffice. The test command installs
LibreOffice (scripts/setup.sh), so a missing one is a failure, not a skip.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl


def recalculated(path: Path, workdir: Path) -> Any:
    """The workbook at ``path`` after LibreOffice recalculated it, opened with
    the computed values (``data_only=True``)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed to recalculate workbooks: run bash test.sh, which installs it"
    out = workdir / "recalculated"
    out.mkdir(parents=True, exist_ok=True)
    profile = workdir / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=120,
    )
    return openpyxl.load_workbook(out / path.name, data_only=True)
