import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

/**
 * The world map's drawing, computed on the server once per process: country outlines from Natural Earth
 * (world-atlas, 1:110m) in an Equal Earth projection fitted to a fixed viewBox, and the cities placed on it.
 * No tiles, no client JavaScript: the page gets plain SVG paths.
 */

export const MAP_WIDTH = 960;
/** Equal Earth's world is about 2.05 times as wide as it is high. */
export const MAP_HEIGHT = 468;
/** Circle radii in viewBox units: the area grows with the case count (a square-root scale). */
export const MIN_RADIUS = 4;
export const MAX_RADIUS = 22;
/** One decimal is far below a pixel at any size the page shows: it keeps the SVG small. */
const PATH_DIGITS = 1;

export interface CountryShape {
  id: string;
  d: string;
}

export interface WorldGeometry {
  projection: GeoProjection;
  /** The outline of the whole globe (the sea). */
  sphere: string;
  countries: CountryShape[];
}

let cached: WorldGeometry | null = null;

export function worldGeometry(): WorldGeometry {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name?: string }>;
  const projection = geoEqualEarth().fitExtent(
    [
      [2, 2],
      [MAP_WIDTH - 2, MAP_HEIGHT - 2],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection).digits(PATH_DIGITS);
  cached = {
    projection,
    sphere: path({ type: 'Sphere' }) ?? '',
    countries: countries.features
      .map((country, index) => ({ id: String(country.id ?? index), d: path(country) ?? '' }))
      .filter((country) => country.d !== ''),
  };
  return cached;
}

/** The radius of a city's circle: its area proportional to its count, the largest at MAX_RADIUS. */
export function radiusFor(count: number, largest: number): number {
  if (largest <= 0 || count <= 0) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(count / largest));
}

export interface CityPoint {
  slug: string;
  latitude: number | null;
  longitude: number | null;
  caseCount: number;
}

export type PlacedPoint<T extends CityPoint> = T & { x: number; y: number; r: number };

/**
 * Cities with coordinates, projected and sized, largest first: drawn in this order, small circles lie on
 * top of large ones and stay clickable. Cities without coordinates are left out (the
 * text alternative still lists them).
 */
export function placePoints<T extends CityPoint>(points: readonly T[], projection: GeoProjection = worldGeometry().projection): PlacedPoint<T>[] {
  const located = points.filter((point) => point.latitude !== null && point.longitude !== null);
  const largest = Math.max(0, ...located.map((point) => point.caseCount));
  const placed: PlacedPoint<T>[] = [];
  for (const point of located) {
    const xy = projection([point.longitude!, point.latitude!]);
    if (!xy) continue;
    const round = (value: number) => Math.round(value * 10) / 10;
    placed.push({ ...point, x: round(xy[0]), y: round(xy[1]), r: round(radiusFor(point.caseCount, largest)) });
  }
  return placed.sort((a, b) => b.r - a.r);
}
