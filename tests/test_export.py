"""Exports read back by pandas, pyarrow and json; GeoJSON and PLOVER shapes checked."""

import json
from datetime import date

import pytest

from summitwatch.errors import BadArgument
from summitwatch.models import Article, Event, Location, Participant
from summitwatch.store import export

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")

VLADIVOSTOK = Location("Vladivostok", "RUS", lat=43.1056, lon=131.8735)
SINGAPORE = Location("Singapore", "SGP", lat=1.2897, lon=103.8501)
MOSCOW = Location("Moscow", "RUS", lat=55.7522, lon=37.6156)


def person(name: str, country: str) -> Participant:
    return Participant(name, country=country)


KIM, PUTIN = person("Kim Jong-un", "PRK"), person("Vladimir Putin", "RUS")
TRUMP, XI = person("Donald Trump", "USA"), person("Xi Jinping", "CHN")

EVENTS = [
    Event("meeting", "occurred", [KIM, PUTIN], VLADIVOSTOK, "2019-04-25", "rail"),
    Event("meeting", "occurred", [KIM, TRUMP], SINGAPORE, "2018-06-12", "air"),
    Event("meeting", "occurred", [PUTIN, XI, TRUMP], MOSCOW, "2015-05-09"),
    Event("meeting", "planned", [KIM, PUTIN], MOSCOW, "2015-05"),
    Event("invitation", "occurred", [PUTIN, KIM], MOSCOW, "2015"),
    Event("meeting", "hypothetical", [KIM, XI], Location(None, "CHN"), None),
]


@pytest.fixture
def filled(record_store):
    record_store.ingest(
        Article("all", path="all.txt", published=date(2019, 5, 1)), EVENTS
    )
    return record_store


def test_csv_reads_back_with_pandas(filled, tmp_path):
    out = tmp_path / "events.csv"
    assert export(filled, "csv", out) == 6
    frame = pd.read_csv(out)
    assert len(frame) == 6
    row = frame[frame.city == "Vladivostok"].iloc[0]
    assert (row.status, row.participants, row.lat) == (
        "occurred",
        "Kim Jong-un; Vladimir Putin",
        43.1056,
    )


def test_jsonl_carries_every_source(filled, tmp_path):
    out = tmp_path / "events.jsonl"
    export(filled, "jsonl", out)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 6
    singapore = next(r for r in records if r["city"] == "Singapore")
    assert singapore["participants"] == ["Kim Jong-un", "Donald Trump"]
    [source] = singapore["sources"]
    assert (source["source"], source["published"]) == ("all.txt", "2019-05-01")


def test_parquet_reads_back_with_pyarrow(filled, tmp_path):
    out = tmp_path / "events.parquet"
    export(filled, "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == 6
    rows = {r["city"]: r for r in table.to_pylist()}
    assert rows["Moscow"]["participants"] in (
        ["Kim Jong-un", "Vladimir Putin"],
        ["Vladimir Putin", "Xi Jinping", "Donald Trump"],
        ["Vladimir Putin", "Kim Jong-un"],
    )
    assert pd.read_parquet(out).shape[0] == 6


def test_geojson_is_a_feature_collection_of_venues(filled, tmp_path):
    out = tmp_path / "venues.geojson"
    assert export(filled, "geojson", out) == 3  # the undated CHN event has no point
    data = json.loads(out.read_text())
    assert data["type"] == "FeatureCollection"
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    moscow = next(f for f in data["features"] if f["properties"]["city"] == "Moscow")
    assert moscow["geometry"]["coordinates"] == [37.6156, 55.7522]
    assert moscow["properties"]["events"] == 3


def test_plover_types_modes_and_cameo_codes(filled, tmp_path):
    out = tmp_path / "plover.json"
    assert export(filled, "plover", out) == 5  # the hypothetical meeting is left out
    by_date = {r["event_date"]: r for r in json.loads(out.read_text())}
    visit = by_date["2019-04-25"]
    assert (visit["event_type"], visit["mode"], visit["cameo"]) == (
        "CONSULT",
        "visit",
        ["042", "043"],
    )
    assert (visit["actor"]["name"], visit["recipient"]["name"]) == (
        "Kim Jong-un",
        "Vladimir Putin",
    )
    third = by_date["2018-06-12"]
    assert (third["mode"], third["cameo"]) == ("third-party", ["044"])
    assert by_date["2015-05-09"]["mode"] == "multilateral"
    for planned in (by_date["2015-05"], by_date["2015"]):
        assert (planned["event_type"], planned["cameo"]) == ("AGREE", ["036"])


def test_unknown_format_is_a_clear_error(filled, tmp_path):
    with pytest.raises(BadArgument, match="--format: 'xml' is not one of csv, jsonl"):
        export(filled, "xml", tmp_path / "x.xml")


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_that_look_like_formulas_are_escaped(record_store, tmp_path, start):
    """OWASP CSV injection: '=HYPERLINK(…)' must reach a spreadsheet as text."""
    evil = person(f'{start}HYPERLINK("http://x")', "PRK")
    place = Location(f"{start}cmd|' /C calc'!A0", "RUS", lat=-33.9, lon=18.4)
    event = Event("meeting", "occurred", [evil, PUTIN], place, "2019-04-25")
    record_store.ingest(Article("evil", path="evil.txt"), [event])
    out = tmp_path / "events.csv"
    export(record_store, "csv", out)
    frame = pd.read_csv(out)
    assert frame.loc[0, "city"] == f"'{start}cmd|' /C calc'!A0"
    assert frame.loc[0, "participants"].startswith(f"'{start}HYPERLINK")
    assert frame.loc[0, "lat"] == -33.9  # numbers stay numbers
