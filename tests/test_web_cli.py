"""`summitwatch token create` and `summitwatch serve` (issue 5)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from typer.testing import CliRunner

from summitwatch.cli import app
from summitwatch.store import Store


def _run(db: str, *args: str):
    return CliRunner().invoke(app, ["--db", db, *args])


def test_token_create_prints_a_token_that_authorises(tmp_path):
    db = str(tmp_path / "record.db")
    result = _run(db, "token", "create", "alice")
    assert result.exit_code == 0, result.output
    token = result.stdout.splitlines()[0]
    assert token.startswith("sw_") and len(token) > 40
    with Store(db) as store:
        assert store.token_owner(token) == "alice"


@pytest.mark.parametrize(
    "names, message",
    [
        (["alice", "alice"], "Error: a token named 'alice' already exists\n"),
        (["a b"], "Error: token name 'a b': use 1-100 letters, digits, '.', '_', "
                  "'@' or '-'\n"),
    ],
)  # fmt: skip
def test_token_create_refuses_bad_names(tmp_path, names, message):
    db = str(tmp_path / "record.db")
    *first, last = names
    for name in first:
        assert _run(db, "token", "create", name).exit_code == 0
    result = _run(db, "token", "create", last)
    assert result.exit_code == 1
    assert result.stderr == message


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.slow
def test_serve_answers_on_the_given_port(tmp_path):
    port = _free_port()
    command = [sys.executable, "-m", "summitwatch", "--db", str(tmp_path / "r.db"),
               "serve", "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    server = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env
    )
    try:
        body = None
        deadline = time.monotonic() + 60
        while body is None and time.monotonic() < deadline:
            try:
                url = f"http://127.0.0.1:{port}/api/home"
                with urllib.request.urlopen(url, timeout=2) as response:
                    body = response.read().decode()
            except OSError:
                time.sleep(0.2)
        assert body is not None, "the server did not answer within 60 s"
        assert '"n_events":0' in body
    finally:
        server.terminate()
        server.wait(timeout=20)
        server.stdout.close()
