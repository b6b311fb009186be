import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NetworkList } from '../../../components/network-list';
import { listNetworks } from '../../../lib/networks/list-networks';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('networks.list'))('title') };
}

export default async function NetworksPage() {
  const [networks, t] = await Promise.all([listNetworks(), getTranslations('networks.list')]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <NetworkList networks={networks} headingLevel={2} />
    </>
  );
}
