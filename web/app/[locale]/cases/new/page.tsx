import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CardForm } from '../../../../components/cases/card-form';
import { Link } from '../../../../i18n/navigation';
import { requireViewer } from '../../../../lib/accounts/viewer';
import { EMPTY_CARD_VALUES } from '../../../../lib/cases/card-form';
import { cardFormOptions, writableNetworks } from '../../../../lib/cases/card-form-options';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('curation.newCase'))('title') };
}

/** A new card, started as a draft in one of the networks where the viewer is an editor or coordinator. */
export default async function NewCasePage({ searchParams }: PageProps<'/[locale]/cases/new'>) {
  const [t, locale] = await Promise.all([getTranslations('curation.newCase'), getLocale()]);
  const requested = (await searchParams).network;
  const wanted = typeof requested === 'string' ? requested : '';
  const viewer = await requireViewer(wanted ? `/cases/new?network=${encodeURIComponent(wanted)}` : '/cases/new');
  const networks = writableNetworks(viewer);

  if (!networks.length) {
    return (
      <section className="message-page">
        <h1>{t('title')}</h1>
        <p>{t('notEditor')}</p>
        <p>
          <Link href="/networks">{t('seeNetworks')}</Link>
        </p>
      </section>
    );
  }

  const network = networks.find((candidate) => candidate.slug === wanted)?.slug ?? networks[0]!.slug;
  return (
    <div className="card-form-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <CardForm storageKey={`new:${network}`} updatedAt={null} initialValues={{ ...EMPTY_CARD_VALUES, network }} options={cardFormOptions(networks, locale)} />
    </div>
  );
}
