import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Link } from '../../../../i18n/navigation';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('opendata.columns');
  return { title: t('title') };
}

/** The repository's docs/open-data.md, next to the web app (the web server runs in `web/`). */
async function readColumnDoc(): Promise<string | null> {
  try {
    return await readFile(join(process.cwd(), '..', 'docs', 'open-data.md'), 'utf8');
  } catch {
    return null;
  }
}

/**
 * The export's column documentation, as written in docs/open-data.md (English, the language of the file
 * format's names), shown as its Markdown source: the tables read well in a fixed-width font.
 */
export default async function ColumnsPage() {
  const [t, doc] = await Promise.all([getTranslations('opendata.columns'), readColumnDoc()]);
  return (
    <>
      <p>
        <Link href="/data">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {doc ? (
        <pre className="doc-source" lang="en" role="region" tabIndex={0} aria-label={t('sourceLabel')}>
          {doc}
        </pre>
      ) : (
        <p className="notice notice--info">{t('missing')}</p>
      )}
    </>
  );
}
