#!/usr/bin/python3
"""The QGIS side of scripts/compare-qgis.sh: the same map as the atlas's `render`, drawn by PyQGIS.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/qgis_render.py COUNTRIES POINTS FROM TO OUT.png [WxH]

Loads the Natural Earth countries (geodata/countries-50m.geojson) and a story file of dated points,
keeps the points whose `start` lies in [FROM, TO] (an OGR subset string), colours them by category,
and renders WxH (default 1600x1000) in the atlas's projection (Lambert conformal conic, 35°/65°N,
centred on 65°E) and extent (Atlantic coast of Europe to the Pacific coast of China) with
QgsMapRendererParallelJob, then writes a PNG. Prints one line: the points drawn and the time taken.
"""
import sys
import time

from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem,
                       QgsCoordinateTransform, QgsMapRendererParallelJob, QgsMapSettings, QgsMarkerSymbol,
                       QgsPointXY, QgsProject, QgsRectangle, QgsRendererCategory, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

# The atlas's projection (atlas.geo.Projection.PROJ4) and category colours (assets/styles/atlas.css).
ATLAS_PROJ4 = "+proj=lcc +lat_1=35 +lat_2=65 +lat_0=50 +lon_0=65 +x_0=0 +y_0=0 +ellps=WGS84 +towgs84=0,0,0 +units=m +no_defs"
CATEGORIES = {
    "diplomacy": "#1565c0", "economy-finance": "#2e7d32", "industry": "#ef6c00",
    "logistics": "#6a1b9a", "military": "#5d4037", "sanctions-conflict": "#c62828",
}


def main():
    if len(sys.argv) not in (6, 7):
        sys.exit(__doc__)
    countries_path, points_path, date_from, date_to, out = sys.argv[1:6]
    width, height = (int(v) for v in (sys.argv[6] if len(sys.argv) == 7 else "1600x1000").lower().split("x"))
    t0 = time.time()
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()

    countries = QgsVectorLayer(countries_path, "countries", "ogr")
    points = QgsVectorLayer(points_path, "points", "ogr")
    if not countries.isValid() or not points.isValid():
        sys.exit("qgis_render: cannot open %s or %s" % (countries_path, points_path))
    if not points.setSubsetString("\"start\" >= '%s' AND \"start\" <= '%s'" % (date_from, date_to)):
        sys.exit("qgis_render: the subset string on 'start' was refused")
    countries.renderer().symbol().setColor(QColor("#f2efe6"))
    cats = []
    for key, colour in CATEGORIES.items():
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "size": "2.4", "color": colour, "outline_color": "#ffffff"})
        cats.append(QgsRendererCategory(key, symbol, key))
    points.setRenderer(QgsCategorizedSymbolRenderer("category", cats))
    QgsProject.instance().addMapLayers([countries, points])

    lcc = QgsCoordinateReferenceSystem.fromProj(ATLAS_PROJ4)
    to_lcc = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), lcc, QgsProject.instance())
    extent = None
    for lon in range(-10, 136, 5):  # as atlas.map.MapView.homeEnvelope
        for lat in (22, 40, 60, 66):
            p = to_lcc.transform(QgsPointXY(lon, lat))
            r = QgsRectangle(p.x(), p.y(), p.x(), p.y())
            if extent is None:
                extent = r
            else:
                extent.combineExtentWith(r)

    settings = QgsMapSettings()
    settings.setLayers([points, countries])  # top first
    settings.setDestinationCrs(lcc)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor("#cfe0ea"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    if not job.renderedImage().save(out, "PNG"):
        sys.exit("qgis_render: cannot write " + out)
    drawn = points.featureCount()
    print("qgis_render: %d points in [%s, %s], %dx%d, %.2f s in the script" % (drawn, date_from, date_to, width, height, time.time() - t0))
    QgsProject.instance().removeAllMapLayers()
    app.exitQgis()


if __name__ == "__main__":
    main()
