"""The ``desk`` command: subcommands go to desk.cli; no subcommand opens the window."""

from __future__ import annotations

import sys


def _run_window() -> int:
    from ui.app import run_app

    return run_app()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        # The common case, kept lean: no argument parser before the window.
        return _run_window()
    from desk.cli import main as cli_main

    return cli_main(args, run_window=_run_window)


if __name__ == "__main__":
    raise SystemExit(main())
