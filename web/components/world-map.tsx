import { getLocale, getTranslations } from 'next-intl/server';
import { formatNumber } from '../lib/format';
import type { MapPoint } from '../lib/insights/insights-api';
import { localizedHref } from '../lib/insights/localized-href';
import { MAP_HEIGHT, MAP_WIDTH, placePoints, worldGeometry } from '../lib/insights/world-map-geometry';
import { countryName } from '../lib/taxonomy';

interface WorldMapProps {
  points: MapPoint[];
  /** The search address for one city (`/search?city=paris-fr` plus the current filters), without locale. */
  cityHref(slug: string): string;
  /** The heading above the map, so that it fits the page's outline. */
  headingLevel?: 2 | 3;
  /** What the map shows, e.g. "published cases" or "the cases of this search". */
  description?: string;
  /** Prefix of the element ids (unique on the page). */
  id?: string;
}

type Translate = Awaited<ReturnType<typeof getTranslations<'insights'>>>;

/**
 * A world map of cases, drawn on the server as SVG (no tiles, no client JavaScript): country outlines and a
 * circle per city, its area proportional to the city's case count, each a link that filters the search by
 * that city. The drawing is one `role="img"` SVG with a title; the circles are links in a second SVG laid
 * over it (links cannot live inside an image). A table of the cities is the text alternative.
 */
export async function WorldMap({ points, cityHref, headingLevel = 2, description, id = 'world-map' }: WorldMapProps) {
  const [t, locale] = await Promise.all([getTranslations('insights'), getLocale()]);
  const { sphere, countries } = worldGeometry();
  const named = points.map((point) => ({ ...point, slug: point.city.slug, latitude: point.city.latitude, longitude: point.city.longitude, label: cityLabel(point, locale) }));
  const placed = placePoints(named);
  const Heading = `h${headingLevel}` as const;
  const viewBox = `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`;

  return (
    <section className="world-map" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('map.title')}</Heading>
      <div className="world-map__canvas">
        <svg className="world-map__drawing" viewBox={viewBox} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
          <title id={`${id}-title`}>{t('map.imageTitle')}</title>
          <desc id={`${id}-desc`}>{description ?? t('map.imageDescription', { cities: points.length })}</desc>
          <path className="world-map__sphere" d={sphere} />
          <g className="world-map__countries">
            {countries.map((country) => (
              <path key={country.id} d={country.d} />
            ))}
          </g>
        </svg>
        <svg className="world-map__points" viewBox={viewBox} role="group" aria-label={t('map.linksLabel')}>
          {placed.map((point) => (
            <a key={point.slug} href={localizedHref(locale, cityHref(point.slug))} aria-label={t('map.pointLabel', { city: point.label, count: point.caseCount })}>
              <circle cx={point.x} cy={point.y} r={point.r} />
            </a>
          ))}
        </svg>
      </div>
      {points.length === 0 && <p className="empty">{t('map.empty')}</p>}
      <CityTable id={id} t={t} locale={locale} points={named} cityHref={cityHref} />
    </section>
  );
}

function cityLabel(point: MapPoint, locale: string): string {
  return `${point.city.name}, ${countryName(point.city.country, locale)}`;
}

/** The map's text alternative: every city (those without coordinates too) with its count, each a link. */
function CityTable({ id, t, locale, points, cityHref }: { id: string; t: Translate; locale: string; points: (MapPoint & { label: string })[]; cityHref(slug: string): string }) {
  if (points.length === 0) return null;
  return (
    <details className="world-map__list">
      <summary>{t('map.listSummary', { count: points.length })}</summary>
      <table>
        <caption className="visually-hidden" id={`${id}-caption`}>
          {t('map.tableCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('map.city')}</th>
            <th scope="col">{t('map.cases')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.city.slug}>
              <th scope="row">
                <a href={localizedHref(locale, cityHref(point.city.slug))}>{point.label}</a>
              </th>
              <td>{formatNumber(point.caseCount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
