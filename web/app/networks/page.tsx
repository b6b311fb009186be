import type { Metadata } from 'next';
import { NetworkList } from '../../components/network-list';
import { listNetworks } from '../../lib/networks/list-networks';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Networks' };

export default async function NetworksPage() {
  const networks = await listNetworks();
  return (
    <>
      <h1>Networks</h1>
      <p className="lead">City networks publish and curate the case cards in Casebook.</p>
      <NetworkList networks={networks} headingLevel={2} />
    </>
  );
}
