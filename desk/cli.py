"""The ``desk`` command: the window by default, and subcommands for set-up.

Imports stay inside the functions: starting the window must not pay for
SQLAlchemy before the login dialog is on screen.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk", description="Desk, the hotel front desk.")
    parser.add_argument("--database", metavar="URL",
                        help="database URL (default: DESK_DATABASE_URL, else a SQLite file in the data directory)")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="open the window (the default)")
    init = sub.add_parser("init", help="create a new hotel database with its first manager")
    init.add_argument("--name", required=True, help="the hotel's name")
    init.add_argument("--manager", required=True, help="user name of the first manager")
    init.add_argument("--manager-name", default="", help="the manager's full name")
    init.add_argument("--password", help="the manager's password (asked for if not given)")
    init.add_argument("--rooms", type=Path, metavar="CSV",
                      help="rooms file: number, floor, type_code, type_name, rate, capacity")
    init.add_argument("--business-date", type=_date, help="first business date (default: today)")
    demo = sub.add_parser("demo", help="create a database with the demo hotel")
    demo.add_argument("--business-date", type=_date, help="the demo's business date (default: today)")
    sub.add_parser("migrate", help="bring the database to the current schema (backing it up first)")
    backup = sub.add_parser("backup", help="back up the SQLite database now")
    backup.add_argument("--out", type=Path, help="folder for the backup (default: the data directory's backups)")
    backup.add_argument("--keep-days", type=int, default=30, metavar="N",
                        help="delete backups in that folder older than N days (default 30)")
    restore = sub.add_parser("restore", help="replace the database with a backup, after checking it")
    restore.add_argument("file", type=Path, help="the backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    export = sub.add_parser("export", help="write a day's workbook (occupancy or settlement)")
    export.add_argument("book", choices=("occupancy", "settlement"), help="which workbook")
    _day_options(export, "the business date to export (default: the current one, as it stands)")
    close = sub.add_parser("close-day", help="close the business day, then write its workbooks and a backup",
                           description="Close the business day as --user (the password is read from DESK_PASSWORD, "
                                       "else asked for), write both workbooks and back up the database. Run again "
                                       "for a day already closed, it only writes the files again.")
    _day_options(close, "the business date to close (default: the current one)")
    close.add_argument("--user", required=True, help="who closes the day (a manager, or a user given the right)")
    close.add_argument("--reason", default="", help="why the day is closed with checklist items still open")
    return parser


def _day_options(command: argparse.ArgumentParser, date_help: str) -> None:
    command.add_argument("--date", type=_date, help=date_help)
    command.add_argument("--out", type=Path, metavar="DIR", help="folder for the files (default: the data "
                                                                 "directory's exports)")
    command.add_argument("--language", choices=("en", "zh_CN"), default="en", help="language of the workbooks")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-21") from None


def main(argv: list[str] | None = None, run_window: Callable[[], int] | None = None) -> int:
    """Run a subcommand, or the window through ``run_window`` (given by the ui
    launcher, since desk/ itself never imports the window)."""
    args = _parser().parse_args(argv)
    if args.database:
        os.environ["DESK_DATABASE_URL"] = args.database
    if args.command in (None, "run"):
        if run_window is None:
            print("desk: the window is started by the 'desk' command, not 'python -m desk'", file=sys.stderr)
            return 2
        return run_window()
    from sqlalchemy.exc import ArgumentError, OperationalError

    from desk.errors import DeskError

    try:
        return _COMMANDS[args.command](args)
    except DeskError as error:
        print(f"desk: {error}", file=sys.stderr)
        return 2
    except ArgumentError:
        print(f"desk: {os.environ.get('DESK_DATABASE_URL', '')} is not a database address; use a SQLite file "
              "(sqlite:////path/desk.sqlite3) or postgresql+psycopg://user@host/desk.", file=sys.stderr)
        return 2
    except OperationalError as error:
        print(f"desk: the database cannot be reached: {error.orig or error}", file=sys.stderr)
        return 2


def open_database() -> object:
    """Open (creating and migrating) the configured database."""
    from desk import migrate, paths
    from desk.db import Database

    database = Database(paths.default_database_url())
    backup = migrate.upgrade(database, paths.backups_dir())
    if backup:
        print(f"desk: database upgraded; the old one is backed up at {backup}", file=sys.stderr)
    return database


def _init(args: argparse.Namespace) -> int:
    from desk import auth, clock, hotel
    from desk.db import Database

    database = open_database()
    assert isinstance(database, Database)
    password = args.password or password_for(args.manager)
    types, rooms = hotel.read_rooms_csv(args.rooms) if args.rooms else ([], [])
    with database.writing() as session:
        first_day = args.business_date or clock.now().astimezone().date()
        hotel.create_hotel(session, None, name=args.name, business_date=first_day, room_types=types, rooms=rooms)
        auth.create_first_manager(session, username=args.manager, full_name=args.manager_name or args.manager,
                                  password=password)
    print(f"Created {args.name} with {len(rooms)} rooms at {database.url}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from desk import demo
    from desk.db import Database

    database = open_database()
    assert isinstance(database, Database)
    with database.writing() as session:
        demo.build_demo(session, today=args.business_date)
    users = ", ".join(u for u, _, _ in demo.DEMO_USERS)
    print(f"Created the demo hotel at {database.url}; users {users}, password {demo.DEMO_PASSWORD}")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    open_database()
    print("The database is up to date.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from desk import backup, paths
    from desk.db import Database

    database = open_database()
    assert isinstance(database, Database)
    destination = args.out or paths.backups_dir()
    path = backup.backup_now(database, destination)
    removed = backup.prune(destination, args.keep_days)
    print(f"Backed up to {path}" + (f"; removed {len(removed)} backups older than {args.keep_days} days"
                                    if removed else ""))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from desk import backup, paths
    from desk.db import Database

    info = backup.inspect(args.file)
    database = Database(paths.default_database_url())
    print(f"{info.path}: {info.hotel}, business date {info.business_date}, schema {info.revision}")
    if not args.yes:
        answer = input("Close Desk on every workstation, then type 'restore' to replace the database: ")
        if answer.strip().lower() != "restore":
            print("Nothing restored.")
            return 1
    safety = backup.restore(database, args.file, paths.backups_dir())
    print(f"Restored. The database as it was before is kept at {safety}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from desk import i18n, settings
    from desk.dayclose import run
    from desk.db import Database

    database = open_database()
    assert isinstance(database, Database)
    i18n.install_language(args.language)
    with database.reading() as session:
        day = args.date or settings.business_date(session)
    write = run.export_occupancy if args.book == "occupancy" else run.export_settlement
    try:
        path = write(database, day, args.out)
    except OSError as error:
        print(f"desk: cannot write the workbook: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {path}")
    return 0


def password_for(username: str) -> str:
    """DESK_PASSWORD when set (a scheduled task), else asked for at the terminal."""
    password = os.environ.get("DESK_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        from desk.errors import ValidationError
        from desk.i18n import QT_TRANSLATE_NOOP

        raise ValidationError(QT_TRANSLATE_NOOP("desk", "No password for {user}: set DESK_PASSWORD, or run this at "
                                                        "a terminal."), user=username)
    return getpass.getpass(f"Password for {username}: ")


def _close_day(args: argparse.Namespace) -> int:
    from desk import auth, i18n, settings
    from desk.dayclose import run
    from desk.db import Database
    from desk.errors import AuthenticationError

    database = open_database()
    assert isinstance(database, Database)
    password = password_for(args.user)
    refused: AuthenticationError | None = None
    with database.writing() as session:  # committed either way: failed log-ins count towards the lock
        try:
            actor = auth.log_in(session, args.user, password)
        except AuthenticationError as error:
            refused = error
        day = args.date or settings.business_date(session)
    if refused is not None:
        raise refused
    i18n.install_language(args.language)
    try:
        closed = run.close_and_export(database, actor, business_date=day, reason=args.reason, out_dir=args.out)
    except OSError as error:
        print(f"desk: the day is closed, but its files could not be written ({error}); run close-day again for "
              f"{day.isoformat()} to write them.", file=sys.stderr)
        return 1
    result, files = closed.result, closed.files
    if result is None:
        print(f"{day.isoformat()} was closed already; its workbooks were written again.")
    else:
        print(f"Closed {day.isoformat()}: {result.room_charges} room charges, {result.no_show_charges} no-show "
              f"charges, {result.counts.sold} of {result.counts.keys} rooms sold. The business date is now "
              f"{result.next_date.isoformat()}.")
        if result.open_items:
            print(f"Closed with {len(result.open_items)} checklist items open: {args.reason}")
    print(f"Wrote {files.occupancy}\nWrote {files.settlement}")
    print(f"Backed up to {files.backup}" if files.backup else f"No backup: {files.backup_note}")
    return 0


_COMMANDS = {"init": _init, "demo": _demo, "migrate": _migrate, "backup": _backup, "restore": _restore,
             "export": _export, "close-day": _close_day}
