import { useLocale, useTranslations } from 'next-intl';
import { formatDateTime } from '../../lib/format';
import type { PosterStanding } from '../../lib/threads/moderation-api';
import { MemberDecisionForm } from './member-decision-form';
import styles from './threads.module.css';

/** The marks of one user, in words: "Blocked", "Trusted", or both. */
function marksText(standing: PosterStanding, t: (key: 'blocked' | 'trusted') => string): string {
  return [standing.blocked && t('blocked'), standing.trusted && t('trusted')].filter(Boolean).join(', ');
}

/**
 * The users the network's coordinators blocked or trusted, most recently marked first, each with when, by
 * whom, and the buttons that lift their marks.
 */
export function PosterStandings({ standings, network, returnTo }: { standings: PosterStanding[]; network: string; returnTo: string }) {
  const t = useTranslations('threads.moderation.standings');
  const locale = useLocale();
  return (
    <section aria-labelledby="poster-standings-title" className="poster-standings">
      <h2 id="poster-standings-title">{t('title')}</h2>
      <p>{t('lead')}</p>
      {standings.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <table className="data-table poster-standings__table">
          <thead>
            <tr>
              <th scope="col">{t('user')}</th>
              <th scope="col">{t('standing')}</th>
              <th scope="col">{t('since')}</th>
              <th scope="col">{t('by')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {standings.map((standing) => (
              <tr key={standing.user.id} className="poster-standing">
                <th scope="row">{standing.user.name}</th>
                <td>{marksText(standing, t)}</td>
                <td>
                  <time dateTime={standing.since}>{formatDateTime(standing.since, locale)}</time>
                </td>
                <td>{standing.by?.name ?? t('unknownCoordinator')}</td>
                <td>
                  <ul className={styles.postActions}>
                    {standing.blocked && (
                      <li>
                        <MemberDecisionForm network={network} user={standing.user} decision="unblock" returnTo={returnTo} />
                      </li>
                    )}
                    {standing.trusted && (
                      <li>
                        <MemberDecisionForm network={network} user={standing.user} decision="untrust" returnTo={returnTo} />
                      </li>
                    )}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
