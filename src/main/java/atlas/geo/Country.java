package atlas.geo;

import org.locationtech.jts.geom.Geometry;

/** A country of Natural Earth: ISO 3166-1 alpha-3 code, name, outline in lon/lat and projected once. */
public record Country(String iso3, String name, Geometry lonLat, Geometry projected) {
}
