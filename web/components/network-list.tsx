import { useTranslations } from 'next-intl';
import { Link } from '../i18n/navigation';
import type { NetworkSummary } from '../lib/networks/list-networks';

/** Networks with their descriptions, linking to each network's page. */
export function NetworkList({ networks, headingLevel = 3 }: { networks: NetworkSummary[]; headingLevel?: 2 | 3 }) {
  const t = useTranslations('networks.list');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (!networks.length) return <p className="empty">{t('none')}</p>;
  return (
    <ul className="network-list">
      {networks.map((network) => (
        <li key={network.slug} className="network-card">
          <Heading className="network-card__name">
            <Link href={`/networks/${network.slug}`}>{network.name}</Link>
          </Heading>
          <p>{network.description}</p>
          <p className="network-card__count">{t('publishedCases', { count: network.caseCount })}</p>
        </li>
      ))}
    </ul>
  );
}
