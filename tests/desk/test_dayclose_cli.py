"""``desk export`` and ``desk close-day``, run in-process through ``main`` as a
scheduled task would run them, on the demo hotel."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desk import clock, i18n
from desk.cli import main
from desk.db import Database
from desk.demo import DEMO_PASSWORD
from desk.models import DailyStats, User
from desk.settings import business_date
from tests.desk.dayclose_helpers import NIGHT, TODAY


@pytest.fixture
def demo_url(demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The demo database's URL; main() writes DESK_DATABASE_URL, which this restores."""
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DESK_DATABASE_URL", demo_db.url)
    monkeypatch.delenv("DESK_PASSWORD", raising=False)
    yield demo_db.url
    i18n.install(str)


def desk(url: str, *argv: str) -> int:
    with clock.frozen(NIGHT):
        return main(["--database", url, *argv])


def test_export_both_workbooks_for_a_date(demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert desk(demo_url, "export", "occupancy", "--date", "2026-11-20", "--out", str(tmp_path / "out")) == 0
    assert desk(demo_url, "export", "settlement", "--date", "2026-11-20", "--out", str(tmp_path / "out"),
                "--language", "zh_CN") == 0
    out = capsys.readouterr().out
    assert f"Wrote {tmp_path / 'out' / 'occupancy-2026-11-20.xlsx'}" in out
    assert len(openpyxl.load_workbook(tmp_path / "out" / "settlement-2026-11-20.xlsx").sheetnames) == 3


def test_export_without_a_date_takes_the_business_date_into_the_exports_folder(
        demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert desk(demo_url, "export", "occupancy") == 0
    assert (tmp_path / "data" / "exports" / "occupancy-2026-11-20.xlsx").exists()


@pytest.mark.parametrize("command", [["export", "occupancy"], ["close-day", "--user", "manager"]])
def test_a_wrong_date_is_a_usage_error_without_a_traceback(demo_url: str, command: list[str],
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        desk(demo_url, *command, "--date", "21.11.2026")
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "'21.11.2026' is not a date; write it as YYYY-MM-DD" in err and "Traceback" not in err


def test_a_date_after_the_business_date_is_refused(demo_url: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert desk(demo_url, "export", "settlement", "--date", "2026-12-01", "--out", str(tmp_path)) == 2
    assert "2026-12-01 is after the business date (2026-11-20)" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.xlsx"))


def test_close_day_from_a_scheduled_task(demo_url: str, demo_db: Database, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DESK_PASSWORD", DEMO_PASSWORD)
    out = tmp_path / "night"
    # Items are open on the demo's checklist: without a reason nothing is closed.
    assert desk(demo_url, "close-day", "--user", "manager", "--out", str(out)) == 2
    assert "items on the checklist are still open" in capsys.readouterr().err
    assert desk(demo_url, "close-day", "--user", "manager", "--out", str(out), "--reason", "night audit") == 0
    printed = capsys.readouterr().out
    assert "Closed 2026-11-20:" in printed and "The business date is now 2026-11-21." in printed
    assert (out / "occupancy-2026-11-20.xlsx").exists() and (out / "settlement-2026-11-20.xlsx").exists()
    assert ("Backed up to" in printed) == demo_db.is_sqlite
    assert ("pg_dump" in printed) != demo_db.is_sqlite
    # Run again (the files lost after the commit, say): the day is not closed twice.
    (out / "settlement-2026-11-20.xlsx").unlink()
    assert desk(demo_url, "close-day", "--user", "manager", "--out", str(out), "--date", "2026-11-20") == 0
    assert "2026-11-20 was closed already; its workbooks were written again." in capsys.readouterr().out
    assert (out / "settlement-2026-11-20.xlsx").exists()
    with demo_db.reading() as session:
        assert business_date(session) == TODAY + timedelta(days=1)
        assert len(session.scalars(select(DailyStats)).all()) == len(
            session.scalars(select(DailyStats).where(DailyStats.business_date <= TODAY)).all())


def test_close_day_refuses_a_wrong_password_a_clerk_and_no_password(demo_url: str, demo_db: Database,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DESK_PASSWORD", "not-it")
    assert desk(demo_url, "close-day", "--user", "manager", "--reason", "x") == 2
    assert capsys.readouterr().err.strip() == "desk: Wrong user name or password."
    with demo_db.reading() as session:  # the failure is counted towards the lock
        assert session.scalars(select(User).where(User.username == "manager")).one().failed_logins == 1
    monkeypatch.setenv("DESK_PASSWORD", DEMO_PASSWORD)
    assert desk(demo_url, "close-day", "--user", "clerk", "--reason", "x") == 2
    assert "clerk (Front-desk clerk) may not close the business day" in capsys.readouterr().err
    monkeypatch.delenv("DESK_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to ask at
    assert desk(demo_url, "close-day", "--user", "manager", "--reason", "x") == 2
    assert "No password for manager: set DESK_PASSWORD" in capsys.readouterr().err
    with demo_db.reading() as session:
        assert business_date(session) == TODAY and session.get(DailyStats, TODAY) is None


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_close_day_asks_for_the_password_at_a_terminal(demo_url: str, demo_db: Database,
                                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked = []
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or DEMO_PASSWORD)
    assert desk(demo_url, "close-day", "--user", "manager", "--reason", "x", "--out", str(tmp_path)) == 0
    assert asked == ["Password for manager: "]
