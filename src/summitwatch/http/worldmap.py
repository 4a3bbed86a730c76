"""Country shapes projected to SVG paths on the server, so the map needs no JavaScript.

The shapes are Natural Earth 1:110m countries (public domain) as TopoJSON from the
npm package world-atlas 2.0.2 (ISC licence), vendored in static/map/ by
scripts/vendor_world_atlas.sh. The projection is Natural Earth I (Šavrič et al. 2011).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pycountry

WIDTH = 960.0
HEIGHT = 500.0
_SCALE = WIDTH / (2 * 0.8707 * math.pi)


@dataclass(frozen=True)
class Shape:
    iso3: str | None
    name: str
    path: str


def project(lat: float, lon: float) -> tuple[float, float]:
    """Latitude/longitude in degrees to SVG x/y on a WIDTH × HEIGHT canvas."""
    phi, lam = math.radians(lat), math.radians(lon)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (
        0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4))
    )
    y = phi * (
        1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4))
    )
    return WIDTH / 2 + x * _SCALE, HEIGHT / 2 - y * _SCALE


def _topology() -> dict:
    text = resources.files("summitwatch.web").joinpath("static/map/countries-110m.json")
    return json.loads(text.read_text(encoding="utf-8"))


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Undo TopoJSON's quantisation and delta encoding: arcs as (lon, lat) lists."""
    (sx, sy), (tx, ty) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring_pieces(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return _cut_antimeridian(points)


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> str:
    return "".join(_path(piece) for piece in _ring_pieces(arcs, indexes))


def _cut_antimeridian(points: list[tuple[float, float]]) -> list[list]:
    """Split a ring where it jumps across ±180° so no stripe crosses the map.

    Each piece ends on the map's edge; the ring's last and first pieces lie on
    the same side and are joined, so every piece closes along one edge.
    """
    pieces: list[list[tuple[float, float]]] = [[points[0]]]
    for (lon1, lat1), (lon2, lat2) in zip(points, points[1:], strict=False):
        if abs(lon2 - lon1) > 180:
            edge = 180.0 if lon1 > 0 else -180.0
            far = lon2 + (360 if edge > 0 else -360)
            share = (edge - lon1) / (far - lon1) if far != lon1 else 0.0
            lat = lat1 + share * (lat2 - lat1)
            pieces[-1].append((edge, lat))
            pieces.append([(-edge, lat)])
        pieces[-1].append((lon2, lat2))
    if len(pieces) > 1:
        pieces[0] = pieces.pop() + pieces[0]
    return [_close_along_edge(piece) for piece in pieces]


def _close_along_edge(piece: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Follow the curved map edge back to the start instead of a straight chord."""
    (lon_end, lat_end), (lon_start, lat_start) = piece[-1], piece[0]
    if abs(lon_end) != 180 or lon_end != lon_start:
        return piece
    steps = max(1, int(abs(lat_start - lat_end) // 5))
    edge = [
        (lon_end, lat_end + (lat_start - lat_end) * k / steps) for k in range(1, steps)
    ]
    return piece + edge


def _path(points: list[tuple[float, float]]) -> str:
    xy = [project(lat, lon) for lon, lat in points]
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + "Z"


def _iso3(numeric: str | None) -> str | None:
    country = pycountry.countries.get(numeric=numeric) if numeric else None
    return country.alpha_3 if country else None


@cache
def shapes() -> tuple[Shape, ...]:
    """Every country as one SVG path (computed once per process)."""
    topology = _topology()
    arcs = _decode_arcs(topology)
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry["arcs"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        path = "".join(_ring(arcs, ring) for polygon in polygons for ring in polygon)
        name = geometry.get("properties", {}).get("name", "")
        out.append(Shape(_iso3(geometry.get("id")), name, path))
    return tuple(out)


def _centroid(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Area and centroid of a projected ring (shoelace formula)."""
    xy = [project(lat, lon) for lon, lat in points]
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(xy, xy[1:] + xy[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        return 0.0, xy[0][0], xy[0][1]
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


@cache
def _country_points() -> dict[str, tuple[float, float]]:
    topology = _topology()
    arcs = _decode_arcs(topology)
    points: dict[str, tuple[float, float, float]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        iso3 = _iso3(geometry.get("id"))
        polygons = geometry["arcs"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for piece in _ring_pieces(arcs, polygon[0]):
                area, x, y = _centroid(piece)
                if iso3 and area > points.get(iso3, (-1.0,))[0]:
                    points[iso3] = (area, x, y)
    return {iso3: (x, y) for iso3, (_, x, y) in points.items()}


def country_point(iso3: str | None) -> tuple[float, float] | None:
    """Where to put a marker for a venue known only by its country."""
    return _country_points().get(iso3 or "")


def outline() -> str:
    """The projection's edge (the globe's outline) as an SVG path."""
    east = [project(lat, 180) for lat in range(-90, 91, 5)]
    west = [project(lat, -180) for lat in range(90, -91, -5)]
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in east + west) + "Z"
