"""Hostile input, generated (issue #14): hundreds of bad inputs of every class, each
run mixed with good control articles that must all be stored whatever else fails,
and with an article stored before the run that must survive it.

The extractor here is a cheap stand-in (the runner's `extractor=`): these tests are
about reading, naming and storing, not NLP; tests/test_guard.py and the model tests
cover what the pipeline does with odd text.
"""

from __future__ import annotations

import codecs
import json
import os
import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from summitwatch.models import Article, Event, Location, Participant
from summitwatch.runner import run
from summitwatch.store import Store

CONTROL = (
    "Moscow, May 9 — President Vladimir Putin met Kim Jong-un in Moscow on {n} May "
    "2015 to discuss rail links, the Kremlin said in a statement on Saturday."
)
PROSE = "The two leaders met in Vladivostok and agreed to meet again next year."
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e"]
RTL = "\u202e\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u200f"
PER_CLASS = 56  # generated cases per class of bad file
LEGACY = ["latin-1", "cp1252", "koi8-r", "shift_jis", "gb2312", "cp1251", "mac_roman"]


def cheap_extractor(article: Article) -> list[Event]:
    """One meeting per article that names both leaders; nothing otherwise."""
    if "Putin" not in article.text or "Kim" not in article.text:
        return []
    people = [Participant("Vladimir Putin"), Participant("Kim Jong-un")]
    where = Location(city="Moscow", country="RUS")
    return [Event("meeting", "occurred", people, where, "2015-05", evidence="met")]


def _controls(folder: Path, count: int = 3) -> list[Path]:
    paths = []
    for n in range(1, count + 1):
        path = folder / f"control_{n}.txt"
        path.write_text(CONTROL.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


# -- generators: each returns (name, bytes) pairs, or writes odd entries itself
def empty_and_invisible(rnd: random.Random) -> list[tuple[str, bytes]]:
    cases = [("empty.txt", b""), ("spaces.txt", b"   \n\t\n  ")]
    for i in range(PER_CLASS):
        text = "".join(
            rnd.choice(INVISIBLE + [" ", "\n"]) for _ in range(rnd.randint(1, 400))
        )
        cases.append((f"invisible_{i}.txt", text.encode("utf-8")))
    return cases


def binary(rnd: random.Random) -> list[tuple[str, bytes]]:
    heads = [
        b"\x89PNG\r\n\x1a\n",
        b"%PDF-1.7\n",
        b"\x7fELF\x02\x01",
        b"PK\x03\x04",
        b"",
    ]
    cases = []
    for i in range(PER_CLASS):
        body = rnd.choice(heads) + rnd.randbytes(rnd.randint(1, 4000))
        cases.append((f"binary_{i}{rnd.choice(['.txt', '.html', ''])}", body))
    cases += [
        (f"few_bytes_{i}.txt", rnd.randbytes(rnd.randint(1, 6))) for i in range(10)
    ]
    return cases


def with_nul(rnd: random.Random) -> list[tuple[str, bytes]]:
    cases = []
    for i in range(PER_CLASS):
        words = PROSE.split()
        at = rnd.randrange(len(words))
        words.insert(at, "\x00" * rnd.randint(1, 3))
        cases.append((f"nul_{i}.txt", " ".join(words).encode("utf-8")))
    return cases


def bad_html(rnd: random.Random) -> list[tuple[str, bytes]]:
    shapes = [
        lambda: "<html><body><p>" + PROSE + "<div>" * 5000,
        lambda: "<div>" * rnd.randint(500, 3000) + PROSE,
        lambda: "<script>" + "x=1;" * 2000 + "</script>",
        lambda: f'<p title="{"a" * 50000}">' + PROSE,
        lambda: "<html><head><title>t</title></head><body></body></html>",
        lambda: "<<<<>>>>" * 500 + PROSE,
        lambda: "<html>" + PROSE + "</p></div></span></body>" * 300,
        lambda: "<!-- " + PROSE + " -->" * 50,
        lambda: "<?xml version='1.0'?><rss><channel><item>" + PROSE,
        lambda: "<table>" + "<tr><td>1</td>" * 3000 + "</table>",
    ]
    cases = []
    for i in range(PER_CLASS):
        cases.append((f"page_{i}.html", rnd.choice(shapes)().encode("utf-8")))
    return cases


def legacy_encodings(rnd: random.Random) -> list[tuple[str, bytes]]:
    samples = {
        "latin-1": "Le président a rencontré le chancelier à Genève. " + PROSE,
        "cp1252": "Señor López Obrador met “the president” — in Mérida. " + PROSE,
        "koi8-r": PROSE + " Путин встретился с Ким Чен Ыном во Владивостоке.",
        "shift_jis": PROSE + " 安倍首相はプーチン大統領と会談した。",
        "gb2312": PROSE + " 习近平主席会见了普京总统。",
        "cp1251": PROSE + " Президент Путин прибыл в Пхеньян.",
        "mac_roman": "Caf\u00e9 summit in G\u00f6teborg. " + PROSE,
    }
    cases = []
    for i in range(PER_CLASS):
        encoding = LEGACY[i % len(LEGACY)]
        text = samples[encoding] * rnd.randint(1, 3)
        cases.append((f"legacy_{encoding}_{i}.txt", text.encode(encoding)))
    return cases


def utf16(rnd: random.Random) -> list[tuple[str, bytes]]:
    cases = []
    for i in range(PER_CLASS):
        text = (PROSE + " ") * rnd.randint(1, 5)
        codec = rnd.choice(["utf-16-le", "utf-16-be", "utf-16"])
        bom = rnd.choice([b"", codecs.BOM_UTF16_LE if codec == "utf-16-le" else b""])
        cases.append((f"utf16_{i}.txt", bom + text.encode(codec)))
    return cases


def rtl_and_mixed(rnd: random.Random) -> list[tuple[str, bytes]]:
    cases = []
    for i in range(PER_CLASS):
        text = rnd.choice([RTL, RTL + " " + PROSE, PROSE + RTL * rnd.randint(1, 50)])
        cases.append((f"rtl_{i}.txt", text.encode("utf-8")))
    return cases


def runs_of_symbols(rnd: random.Random) -> list[tuple[str, bytes]]:
    cases = []
    for i in range(PER_CLASS):
        symbol = rnd.choice("=<>*#_-~.&|+")
        body = PROSE + "\n" + symbol * rnd.randint(2000, 20000) + "\n" + PROSE
        cases.append((f"runs_{i}.txt", body.encode("utf-8")))
    return cases


def huge(rnd: random.Random) -> list[tuple[str, bytes]]:
    # The size limit is lowered to 64 KB for these runs (see `_run`).
    return [
        (f"huge_{i}.txt", ((PROSE + " ") * (1000 + 50 * i)).encode()) for i in range(20)
    ]


GENERATORS: dict[str, Callable[[random.Random], list[tuple[str, bytes]]]] = {
    "empty and invisible": empty_and_invisible,
    "binary": binary,
    "NUL": with_nul,
    "malformed HTML": bad_html,
    "legacy encodings": legacy_encodings,
    "UTF-16": utf16,
    "invisible and RTL": rtl_and_mixed,
    "symbol runs": runs_of_symbols,
    "huge files": huge,
}


def _run(folder: Path, db: Path, extra: list[str] | None = None, monkeypatch=None):
    """Ingest `folder` (and `extra` sources) after one article stored beforehand."""
    monkeypatch.setenv("SUMMITWATCH_MAX_BYTES", str(64 * 1024))
    with Store(str(db)) as store:
        before = Article(text=CONTROL.format(n=99), path="before.txt")
        store.write_article(before, cheap_extractor(before))
        report = run([str(folder), *(extra or [])], store, extractor=cheap_extractor)
        assert store.stored_article(before) is not None, "an earlier article was lost"
        return report, store.counts()


def _check_controls(report, controls: list[Path]) -> None:
    stored = {Path(r.source).name for r in report.results}
    missing = [p.name for p in controls if p.name not in stored]
    assert not missing, f"control articles not stored: {missing}"


@pytest.mark.parametrize("kind", list(GENERATORS))
def test_generated_bad_files_never_stop_a_run(kind, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    rnd = random.Random(kind)
    cases = GENERATORS[kind](rnd)
    for name, data in cases:
        (folder / name).write_bytes(data)
    controls = _controls(folder)
    report, _ = _run(folder, tmp_path / "r.db", monkeypatch=monkeypatch)
    _check_controls(report, controls)
    named = {Path(f.source).name for f in report.failures}
    handled = named | {Path(r.source).name for r in report.results}
    articles = {name for name, _ in cases if name.endswith((".txt", ".html"))}
    assert articles <= handled, "an article file was neither stored nor named"
    for failure in report.failures:
        assert failure.problem.strip() and "Traceback" not in failure.problem


SIDECARS = [
    {"published": 2019},
    {"published": ["2019-04-25"]},
    {"published": {"y": 2019}},
    {"published": "yesterday-ish"},
    {"published": "2019-13-45"},
    {"published": None},
    {"published": True},
    [1, 2, 3],
    "2019-04-25",
    {"published": "2019-04"},
]


def test_bad_sidecars_name_their_file_and_the_rest_is_stored(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, meta in enumerate(SIDECARS):
        (folder / f"s{i}.txt").write_text(PROSE + f" Sidecar case {i}.")
        (folder / f"s{i}.meta.json").write_text(json.dumps(meta))
    (folder / "broken.txt").write_text(PROSE + " Broken sidecar.")
    (folder / "broken.meta.json").write_text('{"published": ')
    (folder / "binary.txt").write_text(PROSE + " Binary sidecar.")
    (folder / "binary.meta.json").write_bytes(os.urandom(64))
    controls = _controls(folder)
    report, _ = _run(folder, tmp_path / "r.db", monkeypatch=monkeypatch)
    _check_controls(report, controls)
    names = {Path(f.source).name for f in report.failures}
    names |= {Path(r.source).name for r in report.results}
    assert {f"s{i}.txt" for i in range(len(SIDECARS))} | {"broken.txt"} <= names


def _jsonl_lines(rnd: random.Random) -> list[bytes]:
    good = {"text": CONTROL.format(n=7), "url": "https://example.org/ok"}
    lines = [
        b"not json at all",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"text": ' + b"[" * 50_000,
        b"[1, 2, 3]",
        b'"just a string"',
        b'{"text": 42}',
        b'{"text": ""}',
        b'{"text": "\\u0000\\u0000"}',
        b'{"text": "'
        + PROSE.encode()
        + b'\\u0000 with NUL", "url": "https://e.org/nul"}',
        b'{"text": "ok", "published": 2019}',
        b'{"text": "ok", "url": 5}',
        b'{"text": "' + ("x" * 100_000).encode() + b'", "url": "https://e.org/huge"}',
        rnd.randbytes(300),
        b'{"text": "\xff\xfe broken utf-8"}',
    ]
    lines += [
        json.dumps(good | {"url": f"https://example.org/ok{i}"}).encode()
        for i in range(3)
    ]
    return lines


def test_malformed_json_lines_are_bad_records_and_good_lines_stored(
    tmp_path, monkeypatch
):
    folder = tmp_path / "in"
    folder.mkdir()
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(b"\n".join(_jsonl_lines(random.Random(1))) + b"\n")
    controls = _controls(folder)
    report, _ = _run(folder, tmp_path / "r.db", [str(corpus)], monkeypatch=monkeypatch)
    _check_controls(report, controls)
    urls = {r.source for r in report.results}
    assert {f"https://example.org/ok{i}" for i in range(3)} <= urls
    assert "https://e.org/huge" not in urls  # over the (lowered) size limit
    assert any("size" in f.problem or "limit" in f.problem for f in report.failures)


def test_odd_names_links_and_special_files(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    odd = [
        b"with space.txt", b"-leading-dash.txt", b"new\nline.txt",
        b"\xff\xfe-latin.txt", "ünïcødé-名前.txt".encode(), b"x" * 200 + b".txt",
        b".hidden.txt", b"a;rm -rf.txt",
    ]  # fmt: skip
    for name in odd:
        with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
            fh.write(PROSE.encode())
    (folder / "broken_link.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    os.mkfifo(folder / "fifo.txt")
    controls = _controls(folder)
    report, _ = _run(folder, tmp_path / "r.db", monkeypatch=monkeypatch)
    _check_controls(report, controls)
    failed = {Path(f.source).name for f in report.failures}
    assert {"broken_link.txt", "loop_a.txt", "loop_b.txt", "fifo.txt"} <= failed
    assert len(report.results) >= len(odd) - 1 + len(controls)


def test_missing_sources_are_named_and_the_rest_stored(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    controls = _controls(folder)
    extra = [
        str(tmp_path / "nope.jsonl"),
        str(tmp_path / "nope.txt"),
        str(tmp_path / "gone"),
    ]
    report, _ = _run(folder, tmp_path / "r.db", extra, monkeypatch=monkeypatch)
    _check_controls(report, controls)
    assert {Path(f.source).name for f in report.failures} >= {
        "nope.jsonl",
        "nope.txt",
        "gone",
    }


def test_an_unreadable_file_is_named(tmp_path, monkeypatch):
    """chmod 000 stops no one as root, so the refusal is simulated at `open`."""
    folder = tmp_path / "in"
    folder.mkdir()
    secret = folder / "secret.txt"
    secret.write_text(PROSE)
    controls = _controls(folder)
    real_open = Path.open

    def guarded(self, *args, **kwargs):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded)
    real_read = Path.read_bytes
    monkeypatch.setattr(
        Path, "read_bytes",
        lambda self: guarded(self) if self.name == "secret.txt" else real_read(self),
    )  # fmt: skip
    report, _ = _run(folder, tmp_path / "r.db", monkeypatch=monkeypatch)
    _check_controls(report, controls)
    assert any(
        "secret.txt" in f.source and "ermission" in f.problem for f in report.failures
    )


def test_the_generated_suite_is_large():
    rnd = random.Random(0)
    total = sum(len(make(rnd)) for make in GENERATORS.values())
    total += len(SIDECARS) + 2 + len(_jsonl_lines(rnd)) + 12 + 3 + 1
    assert total >= 500, total


def test_nothing_is_lost_when_an_article_fails_to_store(tmp_path, monkeypatch):
    """A write error for one article (here: a malformed event) is named; the others,
    and what was stored before, stay."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad_event.txt").write_text("Putin and Kim: a malformed event.")
    controls = _controls(folder)

    def sometimes_bad(article: Article) -> list[Event]:
        if "malformed" in article.text:
            return [
                Event("summit", "occurred", [Participant("Kim Jong-un")], Location())
            ]
        return cheap_extractor(article)

    monkeypatch.setenv("SUMMITWATCH_MAX_BYTES", str(64 * 1024))
    with Store(str(tmp_path / "r.db")) as store:
        report = run([str(folder)], store, extractor=sometimes_bad)
        counts = store.counts()
    _check_controls(report, controls)
    assert [Path(f.source).name for f in report.failures] == ["bad_event.txt"]
    assert counts["articles"] == len(controls)
    assert date.today()  # the run finished
