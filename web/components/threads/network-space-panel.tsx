import { getTranslations } from 'next-intl/server';
import { Link } from '../../i18n/navigation';
import { findNetworkSpace } from '../../lib/threads/threads-api';
import { SpaceVisibilityForm } from './space-visibility-form';
import styles from './threads.module.css';

/**
 * The network page's way into its discussion space; for coordinators, the moderation queue and whether the
 * space is public or for members only.
 */
export async function NetworkSpacePanel({ slug, coordinator }: { slug: string; coordinator: boolean }) {
  const [network, t] = await Promise.all([findNetworkSpace(slug), getTranslations('threads.networkPanel')]);
  if (!network) return null;
  return (
    <section aria-labelledby="network-space-title" className="network-space">
      <h2 id="network-space-title">{t('title')}</h2>
      <p>{network.spaceMembersOnly ? t('membersOnly') : t('public')}</p>
      <div className={styles.toolbar}>
        <Link href={`/networks/${network.slug}/threads`}>{t('open')}</Link>
        {coordinator && <Link href={`/networks/${network.slug}/moderation`}>{t('moderation')}</Link>}
      </div>
      {coordinator && <SpaceVisibilityForm network={network.slug} membersOnly={network.spaceMembersOnly} returnTo={`/networks/${network.slug}`} />}
    </section>
  );
}
