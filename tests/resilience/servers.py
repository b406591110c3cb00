"""A real server for the resilience tests: gunicorn on production settings against the
test database, optionally through a TCP proxy that plays a database restart."""

import contextlib
import http.client
import os
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection

import redis

from tests.conftest import IN_CI
from tests.servers import HOST, Gunicorn, free_port

REDIS_ADDRESS = ("127.0.0.1", 6379)
# A Redis database of these tests' own, emptied for each server: nothing cached by an
# earlier run (pages, fragments, sessions) can answer for this one.
REDIS_DATABASE = 12


def redis_url() -> str | None:
    """The local Redis server for the app's cache and sessions, as production runs.

    Without one the server keeps its cache in each process; in CI Redis must be there.
    """
    try:
        socket.create_connection(REDIS_ADDRESS, timeout=1).close()
    except OSError:
        if IN_CI:
            raise RuntimeError("Redis is not answering on 127.0.0.1:6379") from None
        return None
    url = f"redis://{REDIS_ADDRESS[0]}:{REDIS_ADDRESS[1]}/{REDIS_DATABASE}"
    redis.Redis.from_url(url).flushdb()
    return url


def database_url(*, port: int | None = None) -> str:
    """The test database's URL, reached directly or through a proxy on ``port``."""
    database = connection.settings_dict
    credentials = database["USER"] + (f":{database['PASSWORD']}" if database["PASSWORD"] else "")
    host = HOST if port else (database["HOST"] or HOST)
    return f"postgres://{credentials}@{host}:{port or database['PORT'] or 5432}/{database['NAME']}"


def app_server(*, database_url: str, log: Path, workers: int = 3, **environment) -> Gunicorn:
    """gunicorn on the resilience settings against ``database_url``, on a free port;
    ``environment`` adds or overrides variables."""
    port = free_port()
    server_environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"AWS_STORAGE_BUCKET_NAME", "SEARCH_URL", "ELASTICSEARCH_URL"}
    }
    server_environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "tests.resilience.server_settings",
            "DATABASE_URL": database_url,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": HOST,
            "SECURE_SSL_REDIRECT": "0",
            "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{port}",
            "CONN_MAX_AGE": "60",
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "H5P_ROOT": str(settings.STORAGES["h5p"]["OPTIONS"]["location"]),
            "CREDENTIALS_KEY_DIR": str(settings.CREDENTIALS_KEY_DIR),
            "LOG_LEVEL": "WARNING",
            **environment,
        }
    )
    cache_url = redis_url()
    if cache_url:
        server_environment["REDIS_URL"] = cache_url
    else:
        server_environment.pop("REDIS_URL", None)
    return Gunicorn(server_environment, log=log, port=port, workers=workers, worker_timeout=30)


@dataclass
class Answer:
    status: int  # 0 when no HTTP answer came (refused, reset, timed out)
    body: str
    headers: dict
    started: float
    seconds: float
    error: str = ""


def request(
    method: str,
    port: int,
    path: str,
    *,
    body: bytes | None = None,
    headers: dict | None = None,
    timeout: float = 30,
) -> Answer:
    """One HTTP request on a connection of its own; any failure becomes an answer too."""
    started = time.monotonic()
    link = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        link.request(method, path, body=body, headers=headers or {})
        response = link.getresponse()
        text = response.read().decode("utf-8", "replace")
        return Answer(
            response.status,
            text,
            {key.lower(): value for key, value in response.getheaders()},
            started,
            time.monotonic() - started,
        )
    except (OSError, http.client.HTTPException) as error:
        return Answer(0, "", {}, started, time.monotonic() - started, repr(error))
    finally:
        link.close()


class DatabaseProxy:
    """A TCP relay in front of PostgreSQL that can play its restart.

    ``down()`` drops every open connection and refuses new ones, as a stopped server;
    ``black_hole()`` accepts connections and never answers, as a server that hangs or a
    network that loses packets; ``up()`` relays again. The real server is never touched.
    """

    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        self.port = 0
        self.mode = "up"
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self._listen()

    def _listen(self) -> None:
        if self._listener is not None:
            return
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, self.port))
        listener.listen(128)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:  # the listener was closed: the database is "down"
                return
            with self._lock:
                self._open.add(client)
                mode = self.mode
            if mode != "up":
                continue  # the black hole: held open, never answered
            try:
                server = socket.create_connection(self.upstream, timeout=5)
                server.settimeout(None)
            except OSError:
                self._close(client)
                continue
            with self._lock:
                self._open.add(server)
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._relay, args=(source, sink), daemon=True).start()

    def _relay(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            self._close(source)
            self._close(sink)

    def _close(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.discard(sock)
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)  # wakes the thread reading it
        sock.close()

    def _drop_all(self) -> None:
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            self._close(sock)

    def down(self) -> None:
        with self._lock:
            self.mode = "down"
            listener, self._listener = self._listener, None
        if listener is not None:
            self._close(listener)
        self._drop_all()

    def black_hole(self) -> None:
        with self._lock:
            self.mode = "black hole"
        self._drop_all()
        self._listen()

    def up(self) -> None:
        with self._lock:
            self.mode = "up"
        self._drop_all()  # connections the black hole held
        self._listen()

    def close(self) -> None:
        self.down()
