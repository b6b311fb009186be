import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CaseStatusTag } from '../../../../../components/cases/case-status';
import { FieldDiff } from '../../../../../components/cases/field-diff';
import { ReviewList } from '../../../../../components/cases/review-list';
import { Link } from '../../../../../i18n/navigation';
import { fieldLabel } from '../../../../../lib/cases/card-fields';
import { findCaseHistory, findCuratedCase } from '../../../../../lib/cases/curation-api';
import { formatDateTime } from '../../../../../lib/format';

export const dynamic = 'force-dynamic';

/** Revision kinds with words in `curation.history.kinds`. */
const KINDS = ['CREATED', 'EDITED', 'EDIT_PROPOSED', 'EDIT_APPLIED'];

async function loadPage(slug: string) {
  const card = await findCuratedCase(slug);
  const history = card ? await findCaseHistory(card.id) : null;
  return card && history ? { card, history } : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/cases/[slug]/history'>): Promise<Metadata> {
  const [page, t, common] = await Promise.all([loadPage((await params).slug), getTranslations('curation.history'), getTranslations('common')]);
  return { title: page ? t('title', { title: page.card.title || common('untitled') }) : common('notFound.metaTitle') };
}

/**
 * A card's revisions, newest first: who, when, which fields, and each field before and after. For whoever
 * the API shows the history to (the author, the network's editors and coordinators); 404 for others.
 */
export default async function CaseHistoryPage({ params }: PageProps<'/[locale]/cases/[slug]/history'>) {
  const [page, t, fields, common, locale] = await Promise.all([
    loadPage((await params).slug),
    getTranslations('curation.history'),
    getTranslations('cases.fields'),
    getTranslations('common'),
    getLocale(),
  ]);
  if (!page) notFound();
  const { card, history } = page;

  return (
    <div className="history-page">
      <p className="case__network">
        <Link href={`/networks/${card.network.slug}`}>{card.network.name}</Link>
      </p>
      <h1>
        {t('title', { title: card.title || common('untitled') })} <CaseStatusTag status={card.status} pendingEditState={card.pendingEdit?.state} />
      </h1>
      <p className="page-links">
        <Link href={`/cases/${card.slug}`}>{t('view')}</Link>
        {card.viewerCan.edit && (
          <>
            {' · '}
            <Link href={`/cases/${card.slug}/edit`}>{t('edit')}</Link>
          </>
        )}
        {card.viewerCan.review && (
          <>
            {' · '}
            <Link href={`/cases/${card.slug}/review`}>{t('review')}</Link>
          </>
        )}
      </p>
      <ReviewList reviews={card.reviews ?? []} />
      <section aria-labelledby="revisions-title">
        <h2 id="revisions-title">
          {t('count', { count: history.length })}
        </h2>
        <ol className="revisions">
          {history.map((revision, index) => (
            <li key={revision.id} className="revision">
              <article aria-labelledby={`revision-${revision.id}`}>
                <h3 id={`revision-${revision.id}`}>
                  {t.rich('revision', {
                    kind: KINDS.includes(revision.kind) ? t(`kinds.${revision.kind}`) : revision.kind,
                    author: revision.author?.name ?? common('deletedUser'),
                    date: () => <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt, locale)}</time>,
                  })}
                </h3>
                <p className="revision__fields">
                  {t('changed', { fields: revision.changedFields.length ? revision.changedFields.map((field) => fieldLabel(fields, field)).join(', ') : t('nothing') })}
                </p>
                <details open={index === 0 || history.length <= 5}>
                  <summary>{t('details')}</summary>
                  {revision.changes.map((change) => (
                    <FieldDiff key={change.field} change={change} level={4} />
                  ))}
                </details>
              </article>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
