"""Pieces of the web layer that need no server: the world map and text highlighting."""

from __future__ import annotations

import re

import pytest

from summitwatch.http import worldmap
from summitwatch.http.views import _context, _segments, page_links


@pytest.mark.parametrize(
    "lat, lon, where",
    [(0, 0, (480, 250)), (0, 180, (960, 250)), (0, -180, (0, 250))],
)
def test_projection_puts_the_equator_and_edges_in_place(lat, lon, where):
    x, y = worldmap.project(lat, lon)
    assert (round(x), round(y)) == where


def test_north_is_up_and_east_is_right():
    moscow, pyongyang = worldmap.project(55.75, 37.62), worldmap.project(39.03, 125.75)
    assert pyongyang[0] > moscow[0] and pyongyang[1] > moscow[1]


def test_every_country_is_a_path_and_most_have_iso3_codes():
    shapes = worldmap.shapes()
    assert len(shapes) == 177
    codes = {s.iso3 for s in shapes}
    assert {"RUS", "PRK", "KOR", "CHN", "USA", "FJI"} <= codes
    assert (
        sum(1 for s in shapes if s.iso3 is None) == 3
    )  # N. Cyprus, Somaliland, Kosovo


def _segments_of(path: str) -> list[list[tuple[float, float]]]:
    return [
        [tuple(map(float, p.split(","))) for p in part.rstrip("Z").split("L")]
        for part in path.split("M")[1:]
    ]


@pytest.mark.parametrize("iso3", ["RUS", "FJI", "USA", "ATA"])
def test_no_stripe_crosses_the_map_at_the_antimeridian(iso3):
    [shape] = [s for s in worldmap.shapes() if s.iso3 == iso3]
    for ring in _segments_of(shape.path):
        steps = [abs(b[0] - a[0]) for a, b in zip(ring, ring[1:], strict=False)]
        assert max(steps, default=0) < worldmap.WIDTH / 3


def test_a_country_only_venue_gets_a_point_inside_the_country():
    x, y = worldmap.country_point("KOR")
    seoul = worldmap.project(37.57, 126.98)
    assert abs(x - seoul[0]) < 15 and abs(y - seoul[1]) < 15
    assert worldmap.country_point("XXX") is None


def test_the_map_data_is_vendored_with_its_licence():
    from importlib import resources

    folder = resources.files("summitwatch.web").joinpath("static/map")
    assert "ISC" in folder.joinpath("SOURCE.md").read_text()
    assert folder.joinpath("LICENSE.world-atlas").is_file()


def _mention(start, end, kind="meeting", event_id=1):
    return {
        "start_char": start, "end_char": end, "type": kind, "status": "occurred",
        "event_id": event_id,
    }  # fmt: skip


def test_segments_highlight_each_evidence_span_once():
    text = "Kim met Putin. Kim invited Putin. The end."
    mentions = [_mention(15, 33, "invitation", 2), _mention(0, 14), _mention(15, 33)]
    parts = _segments(text, mentions)
    assert "".join(p["text"] for p in parts) == text
    assert [p["text"] for p in parts if p["mark"]] == [
        "Kim met Putin.",
        "Kim invited Putin.",
    ]


def test_segments_skip_spans_outside_the_text():
    parts = _segments("short", [_mention(3, 99), _mention(None, None)])
    assert parts == [{"text": "short", "mark": False}]


def test_context_finds_evidence_when_offsets_are_missing():
    text = "A" * 300 + " Kim met Putin. " + "B" * 300
    source = {"start_char": None, "end_char": None, "evidence": "Kim met Putin."}
    around = _context(text, source)
    assert around["before"].startswith("…") and around["before"].endswith("A ")
    assert around["after"].startswith(" B") and around["after"].endswith("…")


def test_page_links_are_relative_query_strings():
    page = page_links(
        {"status": "planned", "person": ""}, limit=10, offset=10, more=True
    )
    assert page["next"] == "?status=planned&limit=10&offset=20"
    assert page["prev"] == "?status=planned&limit=10&offset=0"
    assert re.fullmatch(r"\?.*", page["next"])
