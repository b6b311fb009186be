import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '../../../i18n/navigation';
import { EXPLORER_EXAMPLES, exampleByKey } from '../../../lib/insights/explorer-examples';
import { ExplorerLoader } from './explorer-loader';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('opendata.explorer');
  return { title: t('title') };
}

/**
 * The API explorer: GraphiQL served by this app, talking to the API through /api/graphql, with example
 * queries to start from. Choosing an example is a link (`?example=networks`), so it works in any browser.
 */
export default async function ApiExplorerPage({ searchParams }: PageProps<'/[locale]/api-explorer'>) {
  const t = await getTranslations('opendata.explorer');
  const requested = (await searchParams).example;
  const example = exampleByKey(Array.isArray(requested) ? requested[0] : requested);
  const variables = JSON.stringify(example.variables ?? {}, null, 2);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p>{t.rich('about', { schema: (chunks) => <a href="/schema.graphql">{chunks}</a>, data: (chunks) => <Link href="/data">{chunks}</Link> })}</p>
      <nav className="api-explorer__examples" aria-labelledby="examples-title">
        <h2 id="examples-title">{t('examplesTitle')}</h2>
        <ul>
          {EXPLORER_EXAMPLES.map((item) => (
            <li key={item.key}>
              <Link href={`/api-explorer?example=${item.key}`} aria-current={item.key === example.key ? 'page' : undefined}>
                {t(`examples.${item.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="api-explorer" aria-labelledby="explorer-title">
        <h2 id="explorer-title">{t('explorerTitle', { example: t(`examples.${example.key}`) })}</h2>
        <p className="api-explorer__hint">{t('hint')}</p>
        <div className="api-explorer__ide">
          <ExplorerLoader
            query={example.query}
            variables={variables}
            labels={{ query: t('labels.query'), variables: t('labels.variables'), response: t('labels.response'), title: t('labels.title') }}
          />
        </div>
        <noscript>
          <p>{t('noscript')}</p>
          <pre className="api-explorer__source">{example.query}</pre>
        </noscript>
      </section>
    </>
  );
}
