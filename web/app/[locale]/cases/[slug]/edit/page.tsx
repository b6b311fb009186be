import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CardForm, type SimilarCard } from '../../../../../components/cases/card-form';
import { CaseStatusTag } from '../../../../../components/cases/case-status';
import { Notice } from '../../../../../components/notice';
import { Link } from '../../../../../i18n/navigation';
import { requireViewer, roleIn } from '../../../../../lib/accounts/viewer';
import { toCaseInput, valuesFromVersion } from '../../../../../lib/cases/card-form';
import { cardFormOptions } from '../../../../../lib/cases/card-form-options';
import { findCuratedCase, findSimilarCases, type CuratedCase } from '../../../../../lib/cases/curation-api';
import { countryName } from '../../../../../lib/taxonomy';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/cases/[slug]/edit'>): Promise<Metadata> {
  const [card, t, common] = await Promise.all([findCuratedCase((await params).slug), getTranslations('curation.edit'), getTranslations('common')]);
  return { title: card ? t('title', { title: card.title || common('untitled') }) : common('notFound.metaTitle') };
}

/** Why the viewer, who may read the card's drafts, cannot edit it now (the message key in `curation.edit.why`). */
function whyNotEditable(card: CuratedCase): string {
  if (card.status === 'ARCHIVED') return 'archived';
  if (card.status === 'SUBMITTED') return 'submitted';
  if (card.status === 'REJECTED') return 'rejected';
  if (card.pendingEdit?.state === 'SUBMITTED') return 'editSubmitted';
  return 'notAllowed';
}

/** The latest review's comments, while the author is asked for changes. */
function reviewNotesOf(card: CuratedCase) {
  const latest = card.reviews?.[0];
  const asked = card.status === 'CHANGES_REQUESTED' || card.pendingEdit?.state === 'CHANGES_REQUESTED';
  if (!latest || !asked || latest.decision !== 'REQUEST_CHANGES') return undefined;
  return { comment: latest.comment, fields: Object.fromEntries(latest.fieldComments.map((entry) => [entry.field, entry.comment])) };
}

/**
 * Editing a card: a draft in place; a published card through a proposed edit (its published version stays
 * until a coordinator approves). `?confirm=submit` comes from "Submit for review" when published cards look
 * like this one: they are listed above the confirmation. Anyone who may not read the card's drafts: 404.
 */
export default async function EditCasePage({ params, searchParams }: PageProps<'/[locale]/cases/[slug]/edit'>) {
  const [t, common, locale] = await Promise.all([getTranslations('curation.edit'), getTranslations('common'), getLocale()]);
  const slug = (await params).slug;
  const search = await searchParams;
  const viewer = await requireViewer(`/cases/${slug}/edit`);
  const card = await findCuratedCase(slug);
  const role = card ? roleIn(viewer, card.network.slug) : null;
  const isAuthor = !!card?.author && card.author.id === viewer.id;
  if (!card || (!isAuthor && role !== 'EDITOR' && role !== 'COORDINATOR')) notFound();

  const header = (
    <>
      <Notice code={search.notice} />
      <p className="case__network">
        <Link href={`/networks/${card.network.slug}`}>{card.network.name}</Link>
      </p>
      <h1>
        {t('title', { title: card.title || common('untitled') })} <CaseStatusTag status={card.status} pendingEditState={card.pendingEdit?.state} />
      </h1>
      <p className="page-links">
        <Link href={`/cases/${card.slug}`}>{t('view')}</Link> · <Link href={`/cases/${card.slug}/history`}>{t('history')}</Link> ·{' '}
        <Link href="/my-cards">{common('nav.myCards')}</Link>
      </p>
    </>
  );

  if (!card.viewerCan.edit) {
    return (
      <div className="card-form-page">
        {header}
        <div className="notice notice--info" role="status">
          <p>{t(`why.${whyNotEditable(card)}`)}</p>
        </div>
      </div>
    );
  }

  const version = card.pendingEdit ? (card.pendingEdit.snapshot as Record<string, unknown>) : card;
  const values = valuesFromVersion(version, card.network.slug);
  let similar: SimilarCard[] | undefined;
  if (search.confirm === 'submit') {
    similar = (await findSimilarCases(toCaseInput(values, { withNetwork: false }), card.id)).map((other) => ({
      slug: other.slug,
      title: other.title,
      places: other.cities.map((city) => `${city.name}, ${countryName(city.country, locale)}`).join(' · '),
      network: other.network.name,
    }));
  }

  return (
    <div className="card-form-page">
      {header}
      {card.status === 'PUBLISHED' && (
        <p className="lead">{t('publishedLead')}</p>
      )}
      <CardForm
        caseId={card.id}
        updatedAt={card.updatedAt}
        storageKey={`case:${card.id}`}
        initialValues={values}
        options={cardFormOptions([card.network], locale)}
        published={card.status === 'PUBLISHED'}
        reviewNotes={reviewNotesOf(card)}
        similar={similar}
      />
    </div>
  );
}
