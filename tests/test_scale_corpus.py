"""The JSONL corpus reader: good lines become articles, bad ones name their line."""

from __future__ import annotations

import json
from datetime import date

import pytest

from summitwatch.errors import UnreadableInput
from summitwatch.ingest.corpus import BadRecord, count_corpus, iter_corpus, read_jsonl
from summitwatch.models import Article


def write_lines(path, lines: list[bytes | str]) -> str:
    with open(path, "wb") as out:
        for line in lines:
            out.write((line.encode() if isinstance(line, str) else line) + b"\n")
    return str(path)


def test_good_lines_become_articles(tmp_path):
    path = write_lines(
        tmp_path / "c.jsonl",
        [
            json.dumps(
                {
                    "text": "Putin met Kim.",
                    "url": "https://a.example/1",
                    "published": "2019-04-26",
                }
            ),  # fmt: skip
            "",
            json.dumps({"text": "Xi visited Pyongyang.", "published": None}),
        ],
    )
    first, second = read_jsonl(path, published=date(2020, 1, 1))
    assert first == Article(
        text="Putin met Kim.",
        url="https://a.example/1",
        published=date(2019, 4, 26),
        path=f"{path}#L1",
    )
    assert (second.published, second.path, second.source) == (
        date(2020, 1, 1),
        f"{path}#L3",
        f"{path}#L3",
    )


@pytest.mark.parametrize(
    "line, problem",
    [
        (
            "{not json",
            "not valid JSON (Expecting property name enclosed in double "
            "quotes, column 2)",
        ),  # fmt: skip
        ('["a list"]', 'expected a JSON object with "text"'),
        ('{"url": "https://a.example"}', '"text" is missing or empty'),
        ('{"text": "   "}', '"text" is missing or empty'),
        ('{"text": "x", "url": 5}', '"url" must be a string'),
        (
            '{"text": "x", "published": "last week"}',
            "\"published\" 'last week' is not an ISO date (want YYYY-MM-DD)",
        ),  # fmt: skip
        (
            '{"text": "x", "published": 2019}',
            '"published" must be an ISO date string, not 2019',
        ),  # fmt: skip
        (b'{"text": "caf\xe9"}', "not UTF-8 text"),
    ],
)
def test_bad_line_is_reported_with_its_line_number(tmp_path, line, problem):
    good = json.dumps({"text": "Moon met Kim at Panmunjom."})
    path = write_lines(tmp_path / "c.jsonl", [good, line, good])
    items = list(read_jsonl(path))
    assert [type(i) for i in items] == [Article, BadRecord, Article]
    assert str(items[1]) == f"{path}#L2: {problem}"


def test_iter_corpus_streams_and_counts_the_same(tmp_path):
    lines = [json.dumps({"text": f"article {i}"}) for i in range(5)] + ["oops", ""]
    path = write_lines(tmp_path / "c.jsonl", lines)
    items = iter_corpus([path])
    assert next(items).text == "article 0"  # a generator: nothing read ahead
    assert len(list(items)) == 5
    assert count_corpus([path]) == 6


def test_missing_jsonl_file_is_a_clear_error(tmp_path):
    with pytest.raises(UnreadableInput, match=r"nope\.jsonl: No such file"):
        list(read_jsonl(tmp_path / "nope.jsonl"))


def test_a_folder_yields_its_articles_then_its_jsonl_lines(tmp_path):
    (tmp_path / "a.txt").write_text("Xi Jinping met Vladimir Putin in Moscow.\n")
    write_lines(tmp_path / "b.jsonl", [json.dumps({"text": "one"}), "{bad"])
    items = list(iter_corpus([tmp_path], published=date(2023, 3, 21)))
    assert [type(i) for i in items] == [Article, Article, BadRecord]
    assert items[0].published == date(2023, 3, 21)
    assert (items[1].text, items[2].source) == ("one", f"{tmp_path}/b.jsonl#L2")
    assert count_corpus([tmp_path]) == 3
