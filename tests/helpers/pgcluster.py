"""A throwaway PostgreSQL cluster of its own, run by the postgres user (initdb
refuses root), on a free loopback port. The same steps scripts/run-tests.sh
takes in shell; used by tests that stop and restart their server, and by
bench/multi.py."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def postgres_binaries() -> str | None:
    """PostgreSQL's bin folder, when this machine can run a cluster (root, runuser, the postgres user)."""
    if os.geteuid() != 0 or shutil.which("runuser") is None:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return None
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name or 0))
    return found[-1] if found else None


class Cluster:
    def __init__(self, pg_bin: str, *, database: str = "desk_test", fsync: bool = False) -> None:
        self.bin = pg_bin
        self.database = database
        self.fsync = fsync
        self.dir = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        shutil.chown(self.dir, "postgres", "postgres")
        self.dir.chmod(0o700)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"
        self.created = False

    def _as_pg(self, program: str, *args: str) -> None:
        # From a directory the postgres user may enter (not the root-only checkout).
        subprocess.run(["runuser", "-u", "postgres", "--", f"{self.bin}/{program}", *args], cwd="/", check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)

    def create(self) -> None:
        """initdb, start and create the database."""
        self._as_pg("initdb", "-D", f"{self.dir}/data", "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", *([] if self.fsync else ["--no-sync"]))
        self.created = True
        self.start()
        self._as_pg("createdb", "-h", str(self.dir), "-p", str(self.port), self.database)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
        if not self.fsync:
            options += " -c fsync=off"  # a test server: speed over durability
        self._as_pg("pg_ctl", "-D", f"{self.dir}/data", "-l", f"{self.dir}/log", "-w", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        self._as_pg("pg_ctl", "-D", f"{self.dir}/data", "-m", mode, "-w", "stop")

    def version(self) -> str:
        return Path(self.bin).parent.name

    def remove(self) -> None:
        """Stop (if running) and delete everything; safe to call twice."""
        if self.created:
            with contextlib.suppress(subprocess.SubprocessError):
                self.stop("immediate")
            self.created = False
        shutil.rmtree(self.dir, ignore_errors=True)
