"""History CSV import: good rows become occurred events, bad rows are reported."""

from datetime import date
from pathlib import Path

import pytest

from conftest import HISTORY_CSV
from summitwatch.errors import UnreadableInput
from summitwatch.models import Article, Event, Location, Participant
from summitwatch.runner import import_history

HEADER = (
    "date_start,date_end,leader_a,country_a,leader_b,country_b,city,country_venue,"
    "kind,host,travel_mode,source,notes"
)
ROWS = [
    "2000-07-19,2000-07-20,Kim Jong-il,PRK,Vladimir Putin,RUS,Pyongyang,PRK,"
    "state_visit,PRK,air,http://example.org/1,first visit",
    "2001-08-04,2001-08-05,Kim Jong-il,PRK,Vladimir Putin,RUS,Moscow,RUS,"
    "state_visit,RUS,rail,http://example.org/2,Moscow Declaration",
    "2002-08-23,2002-08-23,Kim Jong-il,PRK,Vladimir Putin,RUS,Vladivostok,RUS,"
    "summit,RUS,rail,http://example.org/3,dinner",
]


def write_csv(tmp_path: Path, lines: list[str], name: str = "history.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_rows_become_occurred_events_sourced_to_the_dataset(record_store, tmp_path):
    result = import_history(record_store, write_csv(tmp_path, [HEADER, *ROWS]))
    assert (result.rows, result.errors, result.result.status) == (3, [], "new")
    views = record_store.events()
    assert [v.city for v in views] == ["Pyongyang", "Moscow", "Vladivostok"]
    assert {v.status for v in views} == {"occurred"}
    detail = record_store.event(views[1].id)
    assert [(s.kind, s.source) for s in detail.sources] == [
        ("dataset", "history.csv#L3")
    ]


def test_reimport_is_idempotent(record_store, tmp_path):
    path = write_csv(tmp_path, [HEADER, *ROWS])
    import_history(record_store, path)
    before = record_store.counts()
    again = import_history(record_store, path)
    assert again.result.status == "unchanged"
    assert record_store.counts() == before


def test_a_changed_file_replaces_its_rows(record_store, tmp_path):
    import_history(record_store, write_csv(tmp_path, [HEADER, *ROWS]))
    result = import_history(record_store, write_csv(tmp_path, [HEADER, ROWS[0]]))
    assert result.result.status == "replaced"
    assert [v.city for v in record_store.events()] == ["Pyongyang"]


def test_truncated_file_keeps_good_rows_and_names_the_bad_line(record_store, tmp_path):
    cut = ROWS[2][: ROWS[2].index("Vladivostok")]
    path = write_csv(tmp_path, [HEADER, ROWS[0], ROWS[1], cut])
    result = import_history(record_store, path)
    assert result.rows == 2
    assert result.errors == ["history.csv:4: wrong number of fields"]
    assert record_store.counts()["events"] == 2


def test_bad_values_are_reported_with_line_and_reason(record_store, tmp_path):
    bad_date = ROWS[0].replace("2000-07-19", "19/07/2000")
    bad_country = ROWS[1].replace(",RUS,Moscow", ",Russia,Moscow")
    path = write_csv(tmp_path, [HEADER, bad_date, bad_country, ROWS[2]])
    result = import_history(record_store, path)
    assert result.rows == 1
    assert result.errors == [
        "history.csv:2: bad date '19/07/2000' (want YYYY-MM-DD or YYYY-MM)",
        "history.csv:3: bad country_b 'Russia' (want an ISO3 code)",
    ]


@pytest.mark.parametrize(
    ("row", "error"),
    [
        (ROWS[0].replace(",PRK,Vladimir", ",XXX,Vladimir"),
         "unknown country_a 'XXX' (not an ISO 3166 country)"),
        (ROWS[0].replace(",RUS,Pyongyang", ",SUN,Pyongyang"),
         "unknown country_b 'SUN' (not an ISO 3166 country)"),
        (ROWS[0].replace("Vladimir Putin", "Kim Jong-il"),
         "leader_a and leader_b are both 'Kim Jong-il'"),
        (ROWS[0].replace(",air,", ",camel,"),
         "unknown travel_mode 'camel' (want rail, air, sea, road or unknown)"),
        (ROWS[0].replace("first visit", '"first visit'),
         "unclosed quote or stray quote (unexpected end of data)"),
        (ROWS[0].replace("first visit", "x" * 140_000),
         "a cell is longer than 131,072 characters"),
    ],
)  # fmt: skip
def test_each_bad_row_is_named_by_its_own_line_and_the_rest_import(
    record_store, tmp_path, row, error
):
    path = write_csv(tmp_path, [HEADER, row, ROWS[1], ROWS[2]])
    result = import_history(record_store, path)
    assert result.errors == [f"history.csv:2: {error}"]
    assert result.rows == 2
    assert record_store.counts()["events"] == 2


def test_wrong_columns_reject_the_file(record_store, tmp_path):
    header = HEADER.replace("leader_a", "person_a")
    path = write_csv(tmp_path, [header, *ROWS])
    with pytest.raises(UnreadableInput, match="missing columns: leader_a"):
        import_history(record_store, path)
    assert record_store.counts()["articles"] == 0


def test_history_merges_with_extracted_reports(record_store, tmp_path):
    import_history(record_store, write_csv(tmp_path, [HEADER, *ROWS]))
    people = [Participant("Kim Jong-il"), Participant("Vladimir Putin")]
    evidence = "traveled to Moscow via the Trans-Siberian railway"
    told = Event("meeting", "occurred", people, Location(None, "RUS"), "2001")
    told.evidence = evidence
    seed = Article(text="seed", path="seed.txt", published=date(2015, 2, 23))
    record_store.ingest(seed, [told])
    views = record_store.events()
    assert len(views) == 3
    moscow = next(v for v in views if v.city == "Moscow")
    assert (moscow.date, moscow.n_sources) == ("2001-08-04", 2)


@pytest.mark.slow
def test_the_shared_history_file_imports_cleanly(record_store):
    result = import_history(record_store, HISTORY_CSV)
    assert (result.rows, result.errors) == (421, [])
    pair = record_store.pair("Kim Jong-il", "Vladimir Putin")
    assert pair.count == 3
    assert pair.turn_to_host == "Kim Jong-il"
