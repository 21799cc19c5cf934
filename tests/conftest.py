import atexit
import os
import shutil
import tempfile

# Set before anything imports Qt: tests run without a display, in private dirs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_made = []
if not os.environ.get("XDG_RUNTIME_DIR"):
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="desk-xdg-")
    _made.append(os.environ["XDG_RUNTIME_DIR"])
os.environ["DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="desk-data-")
_made.append(os.environ["DESK_DATA_DIR"])
os.environ.pop("DESK_DATABASE_URL", None)
atexit.register(lambda: [shutil.rmtree(path, ignore_errors=True) for path in _made])

from tests.helpers.fixtures import actors, demo_db, empty_db  # noqa: E402 - after the environment is set

__all__ = ["actors", "demo_db", "empty_db"]
