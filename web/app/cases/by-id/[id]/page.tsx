import { notFound, redirect } from 'next/navigation';
import { findCaseSlugById } from '../../../../lib/cases/curation-api';

export const dynamic = 'force-dynamic';

/** A card by its id (the audit log knows cards by id; drafts' slugs follow their titles): to its page. */
export default async function CaseByIdPage({ params }: PageProps<'/cases/by-id/[id]'>) {
  const slug = await findCaseSlugById((await params).id);
  if (!slug) notFound();
  redirect(`/cases/${encodeURIComponent(slug)}`);
}
