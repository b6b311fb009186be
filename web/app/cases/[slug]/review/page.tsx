import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseStatusTag } from '../../../../components/cases/case-status';
import { FieldDiff, FieldValueView } from '../../../../components/cases/field-diff';
import { ReviewForm, type ReviewSection } from '../../../../components/cases/review-form';
import { ReviewList } from '../../../../components/cases/review-list';
import { formatDateTime } from '../../../../lib/accounts/describe';
import { requireViewer, roleIn } from '../../../../lib/accounts/viewer';
import { EDITABLE_FIELDS, fieldLabel } from '../../../../lib/cases/card-fields';
import { findCuratedCase } from '../../../../lib/cases/curation-api';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/cases/[slug]/review'>): Promise<Metadata> {
  const card = await findCuratedCase((await params).slug);
  return { title: card?.viewerCan.review ? `Review: ${card.title || 'untitled case'}` : 'Review' };
}

/**
 * A coordinator reviews a submission: a new card field by field, or a proposed edit of a published card as
 * before/after per changed field; then decides. Anyone but the network's coordinators gets a 404.
 */
export default async function ReviewCasePage({ params }: PageProps<'/cases/[slug]/review'>) {
  const slug = (await params).slug;
  const viewer = await requireViewer(`/cases/${slug}/review`);
  const card = await findCuratedCase(slug);
  if (!card || roleIn(viewer, card.network.slug) !== 'COORDINATOR') notFound();

  const isEdit = card.status === 'PUBLISHED' && !!card.pendingEdit;
  const author = isEdit ? card.pendingEdit?.proposedBy : card.author;
  const submittedAt = isEdit ? card.pendingEdit?.submittedAt : card.submittedAt;
  const queueHref = `/networks/${card.network.slug}/queue`;

  const header = (
    <>
      <p className="case__network">
        <Link href={`/networks/${card.network.slug}`}>{card.network.name}</Link>
      </p>
      <h1>
        Review: {card.title || 'untitled case'} <CaseStatusTag status={card.status} pendingEditState={card.pendingEdit?.state} />
      </h1>
      <dl className="case__facts" aria-label="About this submission">
        <div>
          <dt>Submission</dt>
          <dd>{isEdit ? 'Edit of a published card' : 'New card'}</dd>
        </div>
        <div>
          <dt>{isEdit ? 'Proposed by' : 'Author'}</dt>
          <dd>{author?.name ?? 'A deleted user'}</dd>
        </div>
        {submittedAt && (
          <div>
            <dt>Submitted</dt>
            <dd>
              <time dateTime={submittedAt}>{formatDateTime(submittedAt)}</time>
            </dd>
          </div>
        )}
      </dl>
      <p className="page-links">
        <Link href={queueHref}>Curation queue</Link> · <Link href={`/cases/${card.slug}`}>{isEdit ? 'The published card' : 'The card'}</Link> ·{' '}
        <Link href={`/cases/${card.slug}/history`}>History</Link>
      </p>
    </>
  );

  if (!card.viewerCan.review) {
    return (
      <div className="review-page">
        {header}
        <div className="notice notice--info" role="status">
          <p>This card is not waiting for review.</p>
        </div>
        <ReviewList reviews={card.reviews ?? []} />
      </div>
    );
  }

  let sections: ReviewSection[];
  if (isEdit) {
    sections = card.pendingEdit!.changes.map((change) => ({
      field: change.field,
      label: fieldLabel(change.field),
      content: <FieldDiff change={change} headings={['Published', 'Proposed']} level={2} withHeading={false} />,
    }));
  } else {
    const version = card as unknown as Record<string, unknown>;
    sections = EDITABLE_FIELDS.map((field) => ({ field, label: fieldLabel(field), content: <FieldValueView field={field} value={version[field]} /> }));
  }

  return (
    <div className="review-page">
      {header}
      <p className="lead">
        {isEdit
          ? 'The published card stays as it is until you approve. Each changed field shows the published and the proposed version.'
          : 'Read the card, comment on any field if you wish, and decide.'}
      </p>
      <ReviewList reviews={card.reviews ?? []} title="Earlier decisions" />
      {isEdit && sections.length === 0 && <p className="empty">The proposed edit changes nothing.</p>}
      <ReviewForm caseId={card.id} sections={sections} />
    </div>
  );
}
