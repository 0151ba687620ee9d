#!/usr/bin/env bash
# Regenerates gdal-site-plan.mbtiles: a small "site plan" raster written by GDAL's own MBTiles driver, so that
# the MBTiles reader is tested against a file it did not write itself. Needs gdal-bin (scripts/deps.sh).
# The raster is a 3-band GeoTIFF over a 0.02° × 0.02° patch of Shanghai filled with RGB (200, 100, 50).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gdal_create -q -of GTiff -outsize 256 256 -bands 3 -ot Byte -burn 200 -burn 100 -burn 50 \
    -a_srs EPSG:4326 -a_ullr 121.46 31.24 121.48 31.22 "$tmp/site.tif"
rm -f gdal-site-plan.mbtiles
gdal_translate -q -of MBTILES -co TILE_FORMAT=PNG -co NAME="GDAL site plan" "$tmp/site.tif" gdal-site-plan.mbtiles
gdaladdo -q -r average gdal-site-plan.mbtiles 2 4
sqlite3 gdal-site-plan.mbtiles "SELECT name, value FROM metadata; SELECT zoom_level, count(*) FROM tiles GROUP BY 1; SELECT type, name FROM sqlite_master WHERE name='tiles';"
