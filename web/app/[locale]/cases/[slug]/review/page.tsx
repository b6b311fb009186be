import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CaseStatusTag } from '../../../../../components/cases/case-status';
import { FieldDiff, FieldValueView } from '../../../../../components/cases/field-diff';
import { ReviewForm, type ReviewSection } from '../../../../../components/cases/review-form';
import { ReviewList } from '../../../../../components/cases/review-list';
import { Link } from '../../../../../i18n/navigation';
import { requireViewer, roleIn } from '../../../../../lib/accounts/viewer';
import { EDITABLE_FIELDS, fieldLabel } from '../../../../../lib/cases/card-fields';
import { findCuratedCase } from '../../../../../lib/cases/curation-api';
import { formatDateTime } from '../../../../../lib/format';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/cases/[slug]/review'>): Promise<Metadata> {
  const [card, t, common] = await Promise.all([findCuratedCase((await params).slug), getTranslations('curation.reviewPage'), getTranslations('common')]);
  return { title: card?.viewerCan.review ? t('title', { title: card.title || common('untitled') }) : t('metaTitle') };
}

/**
 * A coordinator reviews a submission: a new card field by field, or a proposed edit of a published card as
 * before/after per changed field; then decides. Anyone but the network's coordinators gets a 404.
 */
export default async function ReviewCasePage({ params }: PageProps<'/[locale]/cases/[slug]/review'>) {
  const [t, fields, common, locale] = await Promise.all([getTranslations('curation.reviewPage'), getTranslations('cases.fields'), getTranslations('common'), getLocale()]);
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
        {t('title', { title: card.title || common('untitled') })} <CaseStatusTag status={card.status} pendingEditState={card.pendingEdit?.state} />
      </h1>
      <dl className="case__facts" aria-label={t('about')}>
        <div>
          <dt>{t('submission')}</dt>
          <dd>{isEdit ? t('editOfPublished') : t('newCard')}</dd>
        </div>
        <div>
          <dt>{isEdit ? t('proposedBy') : t('author')}</dt>
          <dd>{author?.name ?? common('deletedUserCapital')}</dd>
        </div>
        {submittedAt && (
          <div>
            <dt>{t('submitted')}</dt>
            <dd>
              <time dateTime={submittedAt}>{formatDateTime(submittedAt, locale)}</time>
            </dd>
          </div>
        )}
      </dl>
      <p className="page-links">
        <Link href={queueHref}>{t('queue')}</Link> · <Link href={`/cases/${card.slug}`}>{isEdit ? t('publishedCard') : t('theCard')}</Link> ·{' '}
        <Link href={`/cases/${card.slug}/history`}>{t('history')}</Link>
      </p>
    </>
  );

  if (!card.viewerCan.review) {
    return (
      <div className="review-page">
        {header}
        <div className="notice notice--info" role="status">
          <p>{t('notWaiting')}</p>
        </div>
        <ReviewList reviews={card.reviews ?? []} />
      </div>
    );
  }

  let sections: ReviewSection[];
  if (isEdit) {
    sections = card.pendingEdit!.changes.map((change) => ({
      field: change.field,
      label: fieldLabel(fields, change.field),
      content: <FieldDiff change={change} headings={[t('published'), t('proposed')]} level={2} withHeading={false} />,
    }));
  } else {
    const version = card as unknown as Record<string, unknown>;
    sections = EDITABLE_FIELDS.map((field) => ({ field, label: fieldLabel(fields, field), content: <FieldValueView field={field} value={version[field]} /> }));
  }

  return (
    <div className="review-page">
      {header}
      <p className="lead">
        {isEdit ? t('editLead') : t('newLead')}
      </p>
      <ReviewList reviews={card.reviews ?? []} title={t('earlier')} />
      {isEdit && sections.length === 0 && <p className="empty">{t('noChange')}</p>}
      <ReviewForm caseId={card.id} sections={sections} />
    </div>
  );
}
