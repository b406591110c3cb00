"""gunicorn serving the site on 127.0.0.1, for the tests and the benchmark that need a
real server: the caller gives the whole environment (settings module, database, keys).

Nothing here imports Django, so the benchmark can use it before it sets Django up.
"""

import http.client
import socket
import subprocess
import sys
import time
from pathlib import Path

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
# How much of the error log a failed start shows.
LOG_TAIL_CHARACTERS = 3000


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class Gunicorn:
    """gunicorn running ``portal.wsgi`` for as long as the ``with`` block lasts.

    The block starts once ``/healthz`` answers 200; leaving it stops the server (terminate,
    then kill after ``stop_seconds``). ``threads`` above 1 runs gthread workers.
    ``worker_timeout`` is gunicorn's ``--timeout`` (its own default when None).
    """

    def __init__(
        self,
        environment: dict[str, str],
        *,
        log: Path,
        port: int | None = None,
        workers: int = 1,
        threads: int = 1,
        worker_timeout: int | None = None,
        start_seconds: float = 60,
        stop_seconds: float = 15,
    ):
        self.environment = environment
        self.log = log
        self.port = port or free_port()
        self.workers = workers
        self.threads = threads
        self.worker_timeout = worker_timeout
        self.start_seconds = start_seconds
        self.stop_seconds = stop_seconds
        self.process = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def command(self) -> list[str]:
        command = [
            str(Path(sys.executable).parent / "gunicorn"),
            "portal.wsgi",
            "--workers",
            str(self.workers),
            "--bind",
            f"{HOST}:{self.port}",
            "--no-control-socket",
            "--error-logfile",
            str(self.log),
        ]
        if self.threads > 1:
            command += ["--worker-class", "gthread", "--threads", str(self.threads)]
        if self.worker_timeout is not None:
            command += ["--timeout", str(self.worker_timeout)]
        return command

    def __enter__(self) -> "Gunicorn":
        self.process = subprocess.Popen(  # noqa: S603
            self.command(), cwd=ROOT, env=self.environment, stdout=subprocess.DEVNULL
        )
        try:
            self._wait_until_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def _wait_until_healthy(self) -> None:
        deadline = time.monotonic() + self.start_seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped at start:\n{self._log_tail()}")
            if self._healthz_status() == 200:
                return
            time.sleep(0.2)
        raise RuntimeError(
            f"gunicorn on port {self.port} did not answer /healthz within"
            f" {self.start_seconds} s:\n{self._log_tail()}"
        )

    def _healthz_status(self) -> int | None:
        link = http.client.HTTPConnection(HOST, self.port, timeout=5)
        try:
            link.request("GET", "/healthz")
            return link.getresponse().status
        except (OSError, http.client.HTTPException):
            return None
        finally:
            link.close()

    def _log_tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-LOG_TAIL_CHARACTERS:]
        except OSError:
            return f"(no log at {self.log})"

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=self.stop_seconds)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
