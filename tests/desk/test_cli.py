"""The ``desk`` command's set-up subcommands, run in-process through ``main``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desk import auth
from desk.cli import main
from desk.db import Database
from desk.demo import DEMO_PASSWORD
from desk.errors import AuthenticationError
from desk.models import HotelSettings, Room
from desk.settings import hotel_info


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A database URL in the test's directory; main() writes DESK_DATABASE_URL, which this restores."""
    database_url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DESK_DATABASE_URL", database_url)
    return database_url


def test_demo_then_migrate(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", url, "demo", "--business-date", "2026-11-20"]) == 0
    assert "password desk123" in capsys.readouterr().out
    assert main(["--database", url, "migrate"]) == 0
    assert "up to date" in capsys.readouterr().out
    database = Database(url)
    try:
        with database.reading() as session:
            assert hotel_info(session).business_date == date(2026, 11, 20)
            assert session.scalar(select(func.count(Room.id))) == 70
            auth.log_in(session, "manager", DEMO_PASSWORD)
    finally:
        database.dispose()


def test_a_second_demo_is_refused_with_a_message(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", url, "demo", "--business-date", "2026-11-20"]) == 0
    capsys.readouterr()
    assert main(["--database", url, "demo"]) == 2
    assert capsys.readouterr().err.strip() == "desk: This database already has a hotel."


def test_init_creates_the_hotel_and_its_manager(url: str, tmp_path: Path) -> None:
    rooms = tmp_path / "rooms.csv"
    rooms.write_text("number,floor,type_code,type_name,rate,capacity\n101,1,SK,King,388,2\n102,1,ST,Twin,368,2\n"
                     "201,2,SK,King,388,2\n", encoding="utf-8")
    code = main(["--database", url, "init", "--name", "Harbour Inn", "--manager", "Boss", "--manager-name",
                 "Ma Li", "--password", "harbour1", "--rooms", str(rooms), "--business-date", "2026-12-01"])
    assert code == 0
    database = Database(url)
    try:
        with database.reading() as session:
            info = hotel_info(session)
            assert (info.name, info.business_date) == ("Harbour Inn", date(2026, 12, 1))
            assert sorted(session.scalars(select(Room.number))) == ["101", "102", "201"]
            actor = auth.log_in(session, "boss", "harbour1")
            assert (actor.full_name, actor.role.value) == ("Ma Li", "manager")
    finally:
        database.dispose()


def test_init_with_a_short_password_creates_nothing(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", url, "init", "--name", "Inn", "--manager", "boss", "--password", "123"]) == 2
    assert "at least 6 characters" in capsys.readouterr().err
    database = Database(url)
    try:
        with database.reading() as session:
            assert session.get(HotelSettings, 1) is None
            with pytest.raises(AuthenticationError):
                auth.log_in(session, "boss", "123")
    finally:
        database.dispose()


def test_migrate_refuses_a_database_from_a_newer_desk(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", url, "migrate"]) == 0
    database = Database(url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    database.dispose()
    capsys.readouterr()
    assert main(["--database", url, "migrate"]) == 2
    assert "newer version of Desk" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["demo", "init"])
def test_a_bad_business_date_is_a_usage_error(url: str, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    extra = ["--name", "Inn", "--manager", "boss", "--password", "secret99"] if command == "init" else []
    with pytest.raises(SystemExit) as exited:
        main(["--database", url, command, *extra, "--business-date", "20/11/2026"])
    assert exited.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert not Path(url.removeprefix("sqlite:///")).exists()


@pytest.mark.parametrize("argv", [[], ["run"]])
def test_the_window_needs_the_ui_launcher(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "desk: the window is started by the 'desk' command" in capsys.readouterr().err
    assert main(argv, run_window=lambda: 7) == 7
