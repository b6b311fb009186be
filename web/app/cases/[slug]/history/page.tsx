import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseStatusTag } from '../../../../components/cases/case-status';
import { FieldDiff } from '../../../../components/cases/field-diff';
import { ReviewList } from '../../../../components/cases/review-list';
import { formatDateTime } from '../../../../lib/accounts/describe';
import { fieldLabel } from '../../../../lib/cases/card-fields';
import { findCaseHistory, findCuratedCase } from '../../../../lib/cases/curation-api';

export const dynamic = 'force-dynamic';

const KIND_LABELS: Record<string, string> = {
  CREATED: 'Created',
  EDITED: 'Edited',
  EDIT_PROPOSED: 'Edit proposed',
  EDIT_APPLIED: 'Edit approved and published',
};

async function loadPage(slug: string) {
  const card = await findCuratedCase(slug);
  const history = card ? await findCaseHistory(card.id) : null;
  return card && history ? { card, history } : null;
}

export async function generateMetadata({ params }: PageProps<'/cases/[slug]/history'>): Promise<Metadata> {
  const page = await loadPage((await params).slug);
  return page ? { title: `History: ${page.card.title || 'untitled case'}` } : { title: 'Page not found' };
}

/**
 * A card's revisions, newest first: who, when, which fields, and each field before and after. For whoever
 * the API shows the history to (the author, the network's editors and coordinators); 404 for others.
 */
export default async function CaseHistoryPage({ params }: PageProps<'/cases/[slug]/history'>) {
  const page = await loadPage((await params).slug);
  if (!page) notFound();
  const { card, history } = page;

  return (
    <div className="history-page">
      <p className="case__network">
        <Link href={`/networks/${card.network.slug}`}>{card.network.name}</Link>
      </p>
      <h1>
        History: {card.title || 'untitled case'} <CaseStatusTag status={card.status} pendingEditState={card.pendingEdit?.state} />
      </h1>
      <p className="page-links">
        <Link href={`/cases/${card.slug}`}>View the card</Link>
        {card.viewerCan.edit && (
          <>
            {' · '}
            <Link href={`/cases/${card.slug}/edit`}>Edit</Link>
          </>
        )}
        {card.viewerCan.review && (
          <>
            {' · '}
            <Link href={`/cases/${card.slug}/review`}>Review</Link>
          </>
        )}
      </p>
      <ReviewList reviews={card.reviews ?? []} />
      <section aria-labelledby="revisions-title">
        <h2 id="revisions-title">
          {history.length} {history.length === 1 ? 'revision' : 'revisions'}, newest first
        </h2>
        <ol className="revisions">
          {history.map((revision, index) => (
            <li key={revision.id} className="revision">
              <article aria-labelledby={`revision-${revision.id}`}>
                <h3 id={`revision-${revision.id}`}>
                  {KIND_LABELS[revision.kind] ?? revision.kind} by {revision.author?.name ?? 'a deleted user'},{' '}
                  <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>
                </h3>
                <p className="revision__fields">
                  Changed: {revision.changedFields.length ? revision.changedFields.map(fieldLabel).join(', ') : 'nothing'}
                </p>
                <details open={index === 0 || history.length <= 5}>
                  <summary>Before and after, field by field</summary>
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
