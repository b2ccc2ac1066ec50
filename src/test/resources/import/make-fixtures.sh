#!/bin/sh
# Rebuilds the fixtures in this folder from synthetic-projects.geojson with GDAL's ogr2ogr
# (Debian: apt-get install -y gdal-bin; these were made with GDAL 3.6.2). Run from this folder.
set -eu
SRC=synthetic-projects.geojson
LAYER=synthetic-projects
START='"Actual.Implementation.Start.Date.(MM/DD/YYYY)"'
END='"Actual.Completion.Date.(MM/DD/YYYY)"'
# MM/DD/YYYY text -> ISO date for KML's TimeSpan (NULL for NaN and anything else).
iso() { echo "CASE WHEN $1 LIKE '__/__/____' THEN substr($1,7,4)||'-'||substr($1,1,2)||'-'||substr($1,4,2) END"; }
SQL="SELECT *, $(iso "$START") AS begin, $(iso "$END") AS \"end\" FROM \"$LAYER\""

rm -f $LAYER-xy.csv $LAYER-wkt.csv $LAYER.kml $LAYER.kmz $LAYER-gdal.kml $LAYER.gpkg
# CSV with X/Y columns (points only: GDAL leaves X/Y empty for polygons) and with a WKT column.
ogr2ogr -f CSV $LAYER-xy.csv $SRC -lco GEOMETRY=AS_XY
ogr2ogr -f CSV $LAYER-wkt.csv $SRC -lco GEOMETRY=AS_WKT
# KML and KMZ as the LIBKML driver writes them: <name> from Title, TimeSpan from the two dates.
ogr2ogr -f LIBKML $LAYER.kml $SRC -nln $LAYER -dialect SQLite -sql "$SQL" --config LIBKML_NAME_FIELD Title
ogr2ogr -f LIBKML $LAYER.kmz $SRC -nln $LAYER -dialect SQLite -sql "$SQL" --config LIBKML_NAME_FIELD Title
# KML as GDAL's older KML driver writes it: a Folder per layer, SchemaData, no time.
ogr2ogr -f KML $LAYER-gdal.kml $SRC -dsco NameField=Title
# GeoPackage, as QGIS and ogr2ogr write it by default.
ogr2ogr -f GPKG $LAYER.gpkg $SRC -nln synthetic_projects

# A GeoPackage with two feature tables (one layer in the atlas): milestones with real DATE and
# DATETIME columns (from synthetic-milestones.csv), and the projects again in Web Mercator (EPSG:3857).
rm -f synthetic-two-tables.gpkg synthetic-utm.gpkg
ogr2ogr -f GPKG synthetic-two-tables.gpkg synthetic-milestones.csv -nln milestones -a_srs EPSG:4326 \
  -oo AUTODETECT_TYPE=YES -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo KEEP_GEOM_COLUMNS=NO
ogr2ogr -f GPKG -update synthetic-two-tables.gpkg $SRC -nln projects_mercator -t_srs EPSG:3857
# The projects in UTM zone 35N (EPSG:32635): the atlas reads lon/lat only, and says so.
ogr2ogr -f GPKG synthetic-utm.gpkg $SRC -nln projects_utm -t_srs EPSG:32635
