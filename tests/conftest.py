import os
import tempfile

# Set before anything imports Qt: tests run without a display, in private dirs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="desk-xdg-"))
os.environ["DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="desk-data-")
os.environ.pop("DESK_DATABASE_URL", None)

from tests.helpers.fixtures import actors, demo_db, empty_db

__all__ = ["actors", "demo_db", "empty_db"]
