"""The disk cache: built once, loaded after, rebuilt when an input changes."""

from __future__ import annotations

import pickle

import pytest

from summitwatch import cache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMITWATCH_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_built_once_then_loaded(folder):
    calls = []

    def build():
        calls.append(1)
        return {"names": ["Kim Jong-un"]}

    key = cache.fingerprint(extra=["v1"])
    assert cache.cached("kb", key, build) == {"names": ["Kim Jong-un"]}
    assert cache.cached("kb", key, build) == {"names": ["Kim Jong-un"]}
    assert len(calls) == 1


def test_a_changed_input_is_rebuilt_and_the_stale_entry_dropped(folder, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "people.jsonl").write_text('{"name": "Kim Jong-un"}\n')
    first = cache.fingerprint([data], packages=["pycountry"])
    cache.cached("kb", first, lambda: "old")
    cache.cached("kb-ruler", first, lambda: "patterns")  # another entry, kept
    (data / "people.jsonl").write_text('{"name": "Kim Jong-un"}\n{"name": "X"}\n')
    second = cache.fingerprint([data], packages=["pycountry"])
    assert second != first
    assert cache.cached("kb", second, lambda: "new") == "new"
    names = sorted(p.name.rsplit("-", 1)[0] for p in folder.iterdir())
    assert names == ["kb", "kb-ruler"]
    assert cache.cached("kb-ruler", first, lambda: "rebuilt") == "patterns"


def test_a_broken_entry_is_rebuilt(folder):
    key = cache.fingerprint(extra=["x"])
    cache.cached("kb", key, lambda: 1)
    [entry] = folder.iterdir()
    entry.write_bytes(b"not a pickle")
    assert cache.cached("kb", key, lambda: 2) == 2
    assert pickle.loads(entry.read_bytes()) == 2


def test_an_unwritable_cache_is_only_slower(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("SUMMITWATCH_CACHE_DIR", str(blocker / "cache"))
    assert cache.cached("kb", "0" * 64, lambda: "built") == "built"


def test_off_keeps_nothing(tmp_path, monkeypatch):
    """`SUMMITWATCH_CACHE_DIR=off` builds every time and writes nothing (it used to
    write the KB into a folder named 'off' in the working directory)."""
    monkeypatch.setenv("SUMMITWATCH_CACHE_DIR", "off")
    monkeypatch.chdir(tmp_path)
    calls = []

    def build():
        calls.append(1)
        return "built"

    assert cache.cached("kb", "0" * 64, build) == "built"
    assert cache.cached("kb", "0" * 64, build) == "built"
    assert len(calls) == 2
    assert cache.folder() is None and list(tmp_path.iterdir()) == []
