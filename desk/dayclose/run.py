"""Closing a day and writing its files: what the window's close dialog, its
export button and the command line call.

The close is one transaction; the workbooks and the backup are written after
its commit, because files cannot take part in it. If Desk stops in between,
the day is closed and its files are missing: ``close_and_export`` run again
for that date sees the day closed and only writes the files (the close is
never run twice), and ``export_day`` writes them at any time from the frozen
figures. The exports read in one snapshot (REPEATABLE READ on PostgreSQL; a
SQLite read transaction is one already), so a payment posted meanwhile cannot
put the reconciliation out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desk import audit, backup, paths
from desk.actor import Actor
from desk.dayclose import occupancy_book, settlement_book
from desk.dayclose.close import CloseResult, close_day
from desk.db import Database
from desk.errors import DeskError, ValidationError
from desk.i18n import QT_TRANSLATE_NOOP
from desk.models import DailyStats
from desk.permissions import Permission, require
from desk.settings import business_date as current_business_date
from desk.settings import settings_row

# Called as each step starts: (steps done, steps in all, what comes next), the text marked for translation.
Progress = Callable[[int, int, str], None]

STEP_OCCUPANCY = QT_TRANSLATE_NOOP("desk", "Writing the occupancy workbook")
STEP_SETTLEMENT = QT_TRANSLATE_NOOP("desk", "Writing the settlement workbook")
STEP_BACKUP = QT_TRANSLATE_NOOP("desk", "Backing up the database")
STEP_CLOSE = QT_TRANSLATE_NOOP("desk", "Closing the day")


@dataclass(frozen=True, slots=True)
class DayFiles:
    business_date: date
    occupancy: Path
    settlement: Path
    backup: Path | None  # None: no backup taken here (see backup_note)
    backup_note: str  # why not, marked for translation (PostgreSQL: the server's tools); "" when backed up


@dataclass(frozen=True, slots=True)
class DayClosed:
    result: CloseResult | None  # None: the date was closed already, only its files were written again
    files: DayFiles


def occupancy_path(out_dir: Path, day: date) -> Path:
    return out_dir / f"occupancy-{day.isoformat()}.xlsx"


def settlement_path(out_dir: Path, day: date) -> Path:
    return out_dir / f"settlement-{day.isoformat()}.xlsx"


@contextmanager
def snapshot(database: Database) -> Iterator[Session]:
    """A read-only session that sees one consistent state of the database."""
    engine = database.engine if database.is_sqlite else \
        database.engine.execution_options(isolation_level="REPEATABLE READ")
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def _exportable(session: Session, day: date) -> None:
    current = current_business_date(session)
    if day > current:
        raise ValidationError(
            QT_TRANSLATE_NOOP("desk", "{date} is after the business date ({current}): there is nothing to export "
                                      "for it yet."), date=day.isoformat(), current=current.isoformat())


def _may_export(actor: Actor | None) -> None:
    """The workbooks list guests by name: a person needs the right (the command line runs as the
    database's owner, who has the file anyway)."""
    if actor is not None:
        require(actor, Permission.GUEST_DATA)


def _log_export(database: Database, actor: Actor | None, day: date, paths_written: list[Path]) -> None:
    with database.writing() as session:
        audit.record(session, actor, "export.day", "day", None,
                     f"Workbooks of {day.isoformat()} written: {', '.join(p.name for p in paths_written)}")


def export_occupancy(database: Database, day: date, out_dir: Path | None = None, *,
                     actor: Actor | None = None) -> Path:
    """The daily occupancy workbook of ``day`` (the open day as it stands); returns its path."""
    _may_export(actor)
    with snapshot(database) as session:
        _exportable(session, day)
        path = occupancy_book.write(session, day, occupancy_path(out_dir or paths.exports_dir(), day))
    _log_export(database, actor, day, [path])
    return path


def export_settlement(database: Database, day: date, out_dir: Path | None = None, *,
                      actor: Actor | None = None) -> Path:
    """The settlement workbook of ``day``; returns its path."""
    _may_export(actor)
    with snapshot(database) as session:
        _exportable(session, day)
        path = settlement_book.write(session, day, settlement_path(out_dir or paths.exports_dir(), day))
    _log_export(database, actor, day, [path])
    return path


def export_day(database: Database, day: date, out_dir: Path | None = None, *, backup_dir: Path | None = None,
               take_backup: bool = True, progress: Progress | None = None, actor: Actor | None = None) -> DayFiles:
    """Both workbooks of ``day`` into ``out_dir`` (default: the exports folder)
    and, if asked, a backup of the database (SQLite; on PostgreSQL the note says
    to use the server's tools). Safe to run again: the files are replaced."""
    _may_export(actor)
    out_dir = out_dir or paths.exports_dir()
    steps = 3 if take_backup else 2
    report = progress or (lambda _done, _steps, _what: None)
    with snapshot(database) as session:
        _exportable(session, day)
        report(0, steps, STEP_OCCUPANCY)
        occupancy = occupancy_book.write(session, day, occupancy_path(out_dir, day))
        report(1, steps, STEP_SETTLEMENT)
        settlement = settlement_book.write(session, day, settlement_path(out_dir, day))
        keep_days = settings_row(session).backup_keep_days
    _log_export(database, actor, day, [occupancy, settlement])
    copy, note = None, ""
    if take_backup:
        report(2, steps, STEP_BACKUP)
        try:
            folder = backup_dir or paths.backups_dir()
            copy = backup.backup_now(database, folder, f"day-close-{day.isoformat()}")
            backup.prune(folder, keep_days)  # the hotel's rule for how long backups are kept
        except DeskError as error:  # PostgreSQL
            note = error.template
    report(steps, steps, "")
    return DayFiles(day, occupancy, settlement, copy, note)


def close_and_export(database: Database, actor: Actor, *, business_date: date, reason: str = "",
                     out_dir: Path | None = None, backup_dir: Path | None = None,
                     progress: Progress | None = None) -> DayClosed:
    """Close ``business_date`` (see ``close_day``: the checklist, the reason
    when items are open, the postings) and write its workbooks and a backup.

    A date closed already (a run that stopped after the commit) is not closed
    again: its files are written and the result is None.
    """
    report = progress or (lambda _done, _steps, _what: None)
    require(actor, Permission.DAY_CLOSE)
    _may_export(actor)
    with database.writing() as session:
        if session.get(DailyStats, business_date) is not None:
            result = None
        else:
            report(0, 4, STEP_CLOSE)
            result = close_day(session, actor, business_date=business_date, reason=reason)

    def files_progress(done: int, steps: int, what: str) -> None:
        report(done + 1, steps + 1, what)

    files = export_day(database, business_date, out_dir, backup_dir=backup_dir, progress=files_progress, actor=actor)
    return DayClosed(result, files)
