import { getLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { redirect } from '../../../../../i18n/navigation';
import { findCaseSlugById } from '../../../../../lib/cases/curation-api';

export const dynamic = 'force-dynamic';

/** A card by its id (the audit log knows cards by id; drafts' slugs follow their titles): to its page. */
export default async function CaseByIdPage({ params }: PageProps<'/[locale]/cases/by-id/[id]'>) {
  const [slug, locale] = await Promise.all([findCaseSlugById((await params).id), getLocale()]);
  if (!slug) notFound();
  redirect({ href: `/cases/${encodeURIComponent(slug)}`, locale });
}
