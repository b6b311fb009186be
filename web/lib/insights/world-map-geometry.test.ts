import { MAP_HEIGHT, MAP_WIDTH, MAX_RADIUS, MIN_RADIUS, placePoints, radiusFor, worldGeometry } from './world-map-geometry';

const city = (slug: string, latitude: number | null, longitude: number | null, caseCount: number) => ({ slug, latitude, longitude, caseCount });

describe('the world map geometry', () => {
  it('draws the Natural Earth countries inside the viewBox', () => {
    const { countries, sphere } = worldGeometry();
    expect(countries.length).toBeGreaterThan(170);
    expect(sphere).toMatch(/^M/);
    const numbers = countries.flatMap((country) => country.d.match(/-?\d+(\.\d+)?/g)!.map(Number));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(MAP_WIDTH);
    // One decimal: the paths stay small enough to send with every page.
    expect(countries.map((country) => country.d).join('').length).toBeLessThan(120_000);
  });

  it('places cities where they are: west and east, north and south', () => {
    const [paris, seoul, buenosAires] = ['paris', 'seoul', 'buenos-aires'].map((slug) =>
      placePoints([city('paris', 48.86, 2.35, 1), city('seoul', 37.57, 126.98, 1), city('buenos-aires', -34.6, -58.38, 1)]).find((point) => point.slug === slug)!,
    );
    expect(seoul!.x).toBeGreaterThan(paris!.x);
    expect(buenosAires!.x).toBeLessThan(paris!.x);
    expect(buenosAires!.y).toBeGreaterThan(MAP_HEIGHT / 2);
    expect(paris!.y).toBeLessThan(MAP_HEIGHT / 2);
    // Greenwich sits at the middle of the map.
    expect(Math.abs(paris!.x - MAP_WIDTH / 2)).toBeLessThan(15);
  });

  it('sizes circles by area (square root of the count), never below the minimum', () => {
    expect(radiusFor(100, 100)).toBe(MAX_RADIUS);
    expect(radiusFor(25, 100)).toBeCloseTo(MAX_RADIUS / 2);
    expect(radiusFor(1, 10_000)).toBe(MIN_RADIUS);
    expect(radiusFor(0, 0)).toBe(MIN_RADIUS);
  });

  it('leaves out cities without coordinates and draws the largest first', () => {
    const placed = placePoints([city('small', 10, 10, 1), city('nowhere', null, null, 50), city('large', 20, 20, 16)]);
    expect(placed.map((point) => point.slug)).toEqual(['large', 'small']);
    expect(placed[0]!.r).toBe(MAX_RADIUS);
  });
});
