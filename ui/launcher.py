"""The ``desk`` command: subcommands go to desk.cli; no subcommand opens the window."""

from __future__ import annotations

import sys


def _run_window() -> int:
    from ui.app import run_app

    return run_app()


def main(argv: list[str] | None = None) -> int:
    from desk.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, run_window=_run_window)


if __name__ == "__main__":
    raise SystemExit(main())
