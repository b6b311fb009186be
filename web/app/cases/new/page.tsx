import type { Metadata } from 'next';
import Link from 'next/link';
import { CardForm } from '../../../components/cases/card-form';
import { requireViewer } from '../../../lib/accounts/viewer';
import { EMPTY_CARD_VALUES } from '../../../lib/cases/card-form';
import { cardFormOptions, writableNetworks } from '../../../lib/cases/card-form-options';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'New case' };

/** A new card, started as a draft in one of the networks where the viewer is an editor or coordinator. */
export default async function NewCasePage({ searchParams }: PageProps<'/cases/new'>) {
  const requested = (await searchParams).network;
  const wanted = typeof requested === 'string' ? requested : '';
  const viewer = await requireViewer(wanted ? `/cases/new?network=${encodeURIComponent(wanted)}` : '/cases/new');
  const networks = writableNetworks(viewer);

  if (!networks.length) {
    return (
      <section className="message-page">
        <h1>New case</h1>
        <p>
          You can write cases in the networks where you are an editor or a coordinator. A network&rsquo;s coordinators can change your
          role.
        </p>
        <p>
          <Link href="/networks">See the networks</Link>
        </p>
      </section>
    );
  }

  const network = networks.find((candidate) => candidate.slug === wanted)?.slug ?? networks[0]!.slug;
  return (
    <div className="card-form-page">
      <h1>New case</h1>
      <p className="lead">
        Start with what you know: the card is saved as a draft that only you and your network&rsquo;s editors and coordinators see.
        Before you submit it for review, it needs a title, a city, the challenge, the approach and an SDG.
      </p>
      <CardForm storageKey={`new:${network}`} updatedAt={null} initialValues={{ ...EMPTY_CARD_VALUES, network }} options={cardFormOptions(networks)} />
    </div>
  );
}
