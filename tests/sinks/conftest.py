"""Fixtures for sink tests: a throw-away PostgreSQL cluster and fresh databases in it.

``postgres_url`` (session) starts a private cluster with Debian's server binaries
(``/usr/lib/postgresql/*/bin``, package ``postgresql``) in a temporary folder on a free
port, and yields a ``postgresql+psycopg://`` URL of an empty database shared by the
session; the cluster is stopped and removed at the end of the session. ``new_postgres_db`` makes
another empty database per call (``createdb``), for tests that need isolation.

initdb refuses to run as root; as root the cluster belongs to the ``postgres`` system
user (created with ``useradd --system`` when missing) and commands run through
``runuser``. Missing binaries or psycopg skip the tests (fail under CI, see
:func:`tests.conftest.require`).

A watchdog process stops and removes the cluster if the test process dies without its
teardown (killed by a timeout, say), so no server is left running.

Known limitations: the free port is found by binding port 0 and closing it, so another
process may take it in between (the start is retried on other ports); the cluster runs
with ``fsync=off``, fine for tests only.
"""

from __future__ import annotations

import glob
import importlib.util
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import require

# Attempts at starting the server on a fresh port before giving up.
_START_ATTEMPTS = 3
# Seconds pg_ctl waits for the server to accept connections.
_START_TIMEOUT_S = 60


@dataclass(frozen=True)
class PostgresCluster:
    bindir: Path
    datadir: Path
    sockdir: Path
    port: int
    run_as: str | None  # system user the server runs as (when the tests run as root)

    def command(self, tool: str, *args: str) -> list[str]:
        cmd = [str(self.bindir / tool), *args]
        return ["runuser", "-u", self.run_as, "--", *cmd] if self.run_as else cmd

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"


def find_postgres_bindir() -> Path | None:
    """The newest ``/usr/lib/postgresql/VERSION/bin`` holding initdb and pg_ctl."""
    found = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")]
    found = [d for d in found if (d / "pg_ctl").is_file()]

    def version(d: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in d.parent.name.split(".") if x.isdigit())

    return max(found, key=version) if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_user() -> str | None:
    """``None`` when not root; else the ``postgres`` user, created when missing."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], check=True)
    return "postgres"


# Run by the watchdog: wait for the test process (argv[1]) to end, then run the stop
# command (argv[3:]) and remove the cluster folder (argv[2]).
_WATCHDOG = """
import os, shutil, subprocess, sys, time
pid, base, stop = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
while True:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        break
    time.sleep(1)
subprocess.run(stop, capture_output=True, timeout=60)
shutil.rmtree(base, ignore_errors=True)
"""


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()}")


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """A running throw-away PostgreSQL cluster (stopped and deleted after the session)."""
    bindir = find_postgres_bindir()
    require(bindir is not None, "PostgreSQL server binaries not found (apt-get install postgresql)")
    require(importlib.util.find_spec("psycopg") is not None, "psycopg not installed (pip install -e '.[postgres]')")
    assert bindir is not None
    run_as = _server_user()
    # Not pytest's tmp_path: its parent is private to root, and the server user must reach the folder.
    base = Path(tempfile.mkdtemp(prefix="newsrec-pg-"))
    datadir, sockdir = base / "data", base / "sock"
    sockdir.mkdir()
    if run_as:
        entry = pwd.getpwnam(run_as)
        for path in (base, sockdir):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    cluster = None
    watchdog = None
    try:
        _run([*(["runuser", "-u", run_as, "--"] if run_as else []), str(bindir / "initdb"), "-D", str(datadir),
              "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"])
        last_error = ""
        for _ in range(_START_ATTEMPTS):
            candidate = PostgresCluster(bindir, datadir, sockdir, _free_port(), run_as)
            options = (f"-p {candidate.port} -k {sockdir} -c listen_addresses=127.0.0.1 "
                       "-c fsync=off -c full_page_writes=off -c synchronous_commit=off")
            try:
                _run(candidate.command("pg_ctl", "-D", str(datadir), "-l", str(base / "server.log"), "-o", options,
                                       "-w", "-t", str(_START_TIMEOUT_S), "start"))
            except RuntimeError as exc:
                last_error = str(exc)
                continue
            cluster = candidate
            break
        if cluster is None:
            log = (base / "server.log").read_text(errors="replace") if (base / "server.log").exists() else ""
            pytest.fail(f"PostgreSQL did not start: {last_error}\n{log[-2000:]}")
        stop = cluster.command("pg_ctl", "-D", str(datadir), "-m", "immediate", "-w", "stop")
        watchdog = subprocess.Popen([sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(base), *stop],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        yield cluster
    finally:
        if watchdog is not None:
            watchdog.kill()
            watchdog.wait(timeout=30)
        if cluster is not None:
            subprocess.run(cluster.command("pg_ctl", "-D", str(datadir), "-m", "immediate", "-w", "stop"),
                           capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def new_postgres_db(postgres_cluster: PostgresCluster) -> Callable[[], str]:
    """A function making an empty database in the cluster and returning its URL."""
    counter = itertools.count(1)

    def make() -> str:
        name = f"newsrec_{next(counter)}"
        _run(postgres_cluster.command("createdb", "-h", str(postgres_cluster.sockdir),
                                      "-p", str(postgres_cluster.port), "-U", "postgres", name))
        return postgres_cluster.url(name)

    return make


@pytest.fixture(scope="session")
def postgres_url(new_postgres_db: Callable[[], str]) -> str:
    """URL (``postgresql+psycopg://``) of an empty database ``newsrec_1`` shared by the session."""
    return new_postgres_db()
