import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '../../../i18n/navigation';
import { DOWNLOADS, exportLinks, hasExportFilters, parseExportFilters } from '../../../lib/insights/export-links';
import { listNetworkLicences } from '../../../lib/insights/open-data-api';
import { ExportForm } from './export-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('opendata.data');
  return { title: t('title') };
}

/** The export's columns, grouped as the summary table shows them (docs/open-data.md has the details). */
const COLUMN_GROUPS = [
  { key: 'identity', columns: ['id', 'externalId', 'slug', 'url'] },
  { key: 'source', columns: ['network', 'licence', 'language', 'translations'] },
  { key: 'text', columns: ['title', 'summary', 'challenge', 'approach', 'innovation', 'openGovernment', 'lessons'] },
  { key: 'places', columns: ['cities', 'countries', 'regions'] },
  { key: 'tags', columns: ['sdgs', 'themes', 'ogpValues'] },
  { key: 'people', columns: ['contacts', 'links'] },
  { key: 'dates', columns: ['yearStarted', 'publishedAt', 'updatedAt'] },
] as const;

/**
 * /data: what Casebook publishes as open data and under which licence, the downloads (all published cards,
 * or a search's result), the GraphQL schema, and what the export's columns hold.
 */
export default async function DataPage({ searchParams }: PageProps<'/[locale]/data'>) {
  const [t, networks] = await Promise.all([getTranslations('opendata.data'), listNetworkLicences()]);
  const filters = parseExportFilters(await searchParams);
  const filtered = hasExportFilters(filters) ? exportLinks(filters) : null;

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>

      <section aria-labelledby="downloads-title">
        <h2 id="downloads-title">{t('downloads.title')}</h2>
        <ul className="download-list">
          {DOWNLOADS.map((download) => (
            <li key={download.key}>
              <a href={download.path} type={download.type}>
                {t(`downloads.${download.key}`)}
              </a>{' '}
              <code>{download.path}</code> — {t(`downloads.${download.key}About`)}
            </li>
          ))}
          <li>
            <a href="/schema.graphql">{t('downloads.schema')}</a> <code>/schema.graphql</code> — {t('downloads.schemaAbout')}
          </li>
        </ul>
        <p>{t.rich('downloads.explorer', { link: (chunks) => <Link href="/api-explorer">{chunks}</Link> })}</p>
      </section>

      <section aria-labelledby="licences-title">
        <h2 id="licences-title">{t('licences.title')}</h2>
        <p>{t('licences.about')}</p>
        <table className="data-table">
          <caption className="visually-hidden">{t('licences.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('licences.network')}</th>
              <th scope="col">{t('licences.cases')}</th>
              <th scope="col">{t('licences.licence')}</th>
            </tr>
          </thead>
          <tbody>
            {networks.map((network) => (
              <tr key={network.slug}>
                <th scope="row">
                  <Link href={`/networks/${network.slug}`}>{network.name}</Link>
                </th>
                <td>{network.caseCount}</td>
                <td>
                  <a href={network.licence.url} rel="license">
                    {network.licence.name}
                  </a>{' '}
                  <code>{network.licence.id}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="field__hint">{t('licences.setting')}</p>
      </section>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{t('form.title')}</h2>
        <p>{t('form.about')}</p>
        <ExportForm filters={filters} networks={networks} />
        {filtered && (
          <div id="export-links" className="export-links">
            <h3>{t('form.linksTitle')}</h3>
            <ul className="download-list">
              {DOWNLOADS.map((download) => (
                <li key={download.key}>
                  <a href={filtered[download.key]} type={download.type}>
                    {t(`downloads.${download.key}`)}
                  </a>{' '}
                  <code>{filtered[download.key]}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="columns-title">
        <h2 id="columns-title">{t('columns.title')}</h2>
        <p>{t('columns.about')}</p>
        <table className="data-table">
          <caption className="visually-hidden">{t('columns.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.group')}</th>
              <th scope="col">{t('columns.columns')}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMN_GROUPS.map((group) => (
              <tr key={group.key}>
                <th scope="row">{t(`columns.groups.${group.key}`)}</th>
                <td>
                  {group.columns.map((column, index) => (
                    <span key={column}>
                      {index > 0 && ', '}
                      <code>{column}</code>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t('columns.lists')}</p>
        <p>
          <Link href="/data/columns">{t('columns.docLink')}</Link>
        </p>
      </section>
    </>
  );
}
