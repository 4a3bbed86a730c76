#!/usr/bin/env bash
# Re-vendor the world map shapes served by the web app (see web/static/map/SOURCE.md).
# Natural Earth 1:110m countries as TopoJSON, from the npm package world-atlas.
set -euo pipefail
VERSION="${1:-2.0.2}"
DEST="$(cd "$(dirname "$0")/.." && pwd)/src/summitwatch/web/static/map"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "world-atlas@$VERSION" >/dev/null && tar xzf ./*.tgz)
cp "$WORK/package/countries-110m.json" "$DEST/countries-110m.json"
cp "$WORK/package/LICENSE" "$DEST/LICENSE.world-atlas"
echo "vendored world-atlas@$VERSION into $DEST"
