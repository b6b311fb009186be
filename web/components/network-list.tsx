import Link from 'next/link';
import type { NetworkSummary } from '../lib/networks/list-networks';

/** Networks with their descriptions, linking to each network's page. */
export function NetworkList({ networks, headingLevel = 3 }: { networks: NetworkSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (!networks.length) return <p className="empty">No networks yet.</p>;
  return (
    <ul className="network-list">
      {networks.map((network) => (
        <li key={network.slug} className="network-card">
          <Heading className="network-card__name">
            <Link href={`/networks/${network.slug}`}>{network.name}</Link>
          </Heading>
          <p>{network.description}</p>
          <p className="network-card__count">
            {network.caseCount} published {network.caseCount === 1 ? 'case' : 'cases'}
          </p>
        </li>
      ))}
    </ul>
  );
}
