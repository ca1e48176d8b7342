"""One process that has loaded the program once and forks a fresh process for each program run.

Starting Python and importing the program takes about 0.6 s; a crash matrix of a hundred
runs with several commands each would spend minutes on that alone. The server
(``python -m tests.safety.forks``) imports the program, opens no catalogue and starts no
thread, then for each request forks: a window process (`window_work.work`) or a command
(`lazos_desktop.cli.main`, exactly what ``lazos-desktop ARGS`` runs). Each fork is a process
of its own: its own descriptors and POSIX locks, its SQLite connections opened after the
fork, its end by `os._exit`. `Forks` is the test's side of the line-per-request protocol.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

REPO = Path(__file__).resolve().parents[2]


class Forks:
    """The server, started on `__enter__` with the environment given, ended on `__exit__`."""

    def __init__(self, env: dict[str, str]) -> None:
        self._env = env
        self._server: subprocess.Popen[str] | None = None

    def __enter__(self) -> Forks:
        self._server = subprocess.Popen(
            [sys.executable, "-m", "tests.safety.forks"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**self._env, "PYTHONPATH": str(REPO)},
        )
        assert self._ask({"do": "ping"}) == "ready"
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        server = self._server
        if server is not None and server.stdin is not None:
            server.stdin.close()
            server.wait(timeout=30)
            if server.stdout is not None:
                server.stdout.close()

    def window(self, db: Path, log: Path, tag: str, run: int, seed: int, output: Path) -> int:
        """Start a window process; its pid."""
        request = {"do": "window", "db": str(db), "log": str(log), "tag": tag}
        return int(self._ask({**request, "run": run, "seed": seed, "output": str(output)}))

    def command(self, output: Path, *argv: str) -> int:
        """Run `lazos-desktop ARGV` in a process of its own; its exit status."""
        return int(self._ask({"do": "cli", "argv": list(argv), "output": str(output)}))

    def kill(self, pid: int) -> int:
        """SIGKILL a window process and wait for its end; its status (-9 when killed)."""
        return int(self._ask({"do": "kill", "pid": pid}))

    def _ask(self, request: dict[str, object]) -> str:
        server = self._server
        assert server is not None and server.stdin is not None and server.stdout is not None
        server.stdin.write(json.dumps(request) + "\n")
        server.stdin.flush()
        answer = server.stdout.readline().strip()
        assert answer, f"the fork server ended (exit {server.poll()})"
        return answer


def serve() -> None:
    import openpyxl  # noqa: F401  (loaded once here, as the first xlsx export would load it)

    from lazos_desktop import cli
    from lazos_desktop.services import exchange_files  # noqa: F401
    from tests.safety import window_work

    for line in sys.stdin:
        request = json.loads(line)
        kind = request["do"]
        if kind == "ping":
            answer: object = "ready"
        elif kind == "window":
            answer = _fork(
                lambda r=request: window_work.work(
                    Path(r["db"]), Path(r["log"]), r["tag"], r["run"], r["seed"]
                ),
                request["output"],
            )
        elif kind == "cli":
            pid = _fork(lambda r=request: cli.main(r["argv"]), request["output"])
            answer = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        else:
            pid = int(request["pid"])
            os.kill(pid, signal.SIGKILL)
            answer = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        sys.stdout.write(f"{answer}\n")
        sys.stdout.flush()


def _fork(job: Callable[[], int], output: str) -> int:
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid:
        return pid
    code = 70
    try:
        quiet = os.open(os.devnull, os.O_RDONLY)
        written = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(quiet, 0)
        os.dup2(written, 1)
        os.dup2(written, 2)
        code = job()
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


if __name__ == "__main__":
    serve()
