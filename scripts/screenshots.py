"""Screenshots of the window for the README and for looking at it: run under
Xvfb (`make screenshots`). Writes docs/screenshots/*.png."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="desk-xdg-"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desk import migrate  # noqa: E402
from desk.auth import actor_for  # noqa: E402
from desk.db import Database  # noqa: E402
from desk.demo import build_demo  # noqa: E402
from desk.models import User  # noqa: E402
from ui import i18n  # noqa: E402
from ui.app import make_qapplication  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.ops import ChangeHub  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="desk-shots-"))
    database = Database(f"sqlite:///{tmp / 'demo.sqlite3'}")
    migrate.upgrade(database)
    with database.writing() as session:
        build_demo(session)
    app = make_qapplication([])
    QSettings().remove("window/geometry")
    sizes = [(1280, 800), (1920, 1080)]
    for language in ("en", "zh_CN"):
        i18n.install(language)
        for username in ("manager", "housekeeping"):
            with database.reading() as session:
                user = session.query(User).filter_by(username=username).one()
                actor = actor_for(user, "FRONT-1")
            hub = ChangeHub(database)
            for width, height in sizes:
                window = MainWindow(database, actor, hub)
                window.resize(width, height)
                window.show()
                window.room_status.jump_to_room("305")
                for _ in range(5):
                    app.processEvents()
                name = f"room-status-{language}-{username}-{width}x{height}.png"
                window.grab().save(str(OUT / name))
                print("wrote", OUT / name)
                window.close()
                window.deleteLater()
                app.processEvents()
    QApplication.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
