import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DivergenceBadge, OverdueBadge } from '../../../../components/commitments/commitment-table';
import { UpdateForm } from '../../../../components/commitments/update-form';
import { ExternalLink } from '../../../../components/external-link';
import { MarkdownText } from '../../../../components/markdown-text';
import { Notice } from '../../../../components/notice';
import { SdgBadgeList } from '../../../../components/sdg-badge';
import { Link } from '../../../../i18n/navigation';
import { COMMITMENT_STATUSES, findCommitment, scaleLabel, type CommitmentDetail } from '../../../../lib/commitments/commitments-api';
import { formatDate } from '../../../../lib/format';
import { ogpValueTitle } from '../../../../lib/taxonomy';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/commitments/[id]'>): Promise<Metadata> {
  const commitment = await findCommitment((await params).id);
  return commitment ? { title: commitment.title } : { title: (await getTranslations('commitments.page'))('notFound') };
}

/** The message key (in `commitments.page.divergence`) of what the divergence means. */
function divergenceNote(commitment: CommitmentDetail): string {
  switch (commitment.divergence) {
    case 'SELF_REPORTED_HIGHER':
      return 'higher';
    case 'SELF_REPORTED_LOWER':
      return 'lower';
    case 'NONE':
      return 'none';
    default:
      return 'notAssessed';
  }
}

export default async function CommitmentPage({ params, searchParams }: PageProps<'/[locale]/commitments/[id]'>) {
  const [commitment, t, scaleWords, locale] = await Promise.all([
    findCommitment((await params).id),
    getTranslations('commitments.page'),
    getTranslations('commitments.scale'),
    getLocale(),
  ]);
  if (!commitment) notFound();
  /** A LocalDate (`2025-03-31`) from the API, for people. */
  const day = (value: unknown): string => formatDate(String(value), locale);
  const scale = (value: string) => scaleLabel(scaleWords, value);
  const assessment = commitment.latestAssessment;
  const openMilestones = commitment.milestones.filter((milestone) => milestone.status !== 'COMPLETE');

  return (
    <>
      <Notice code={(await searchParams).notice} />
      <p>
        <Link href={`/cities/${encodeURIComponent(commitment.city.slug)}`}>{commitment.city.name}</Link> · {commitment.actionPlan.title} ·{' '}
        <Link href={`/networks/${encodeURIComponent(commitment.network.slug)}`}>{commitment.network.name}</Link>
      </p>
      <h1>{commitment.title}</h1>
      <p>
        <DivergenceBadge divergence={commitment.divergence} /> {commitment.overdue && <OverdueBadge />}
      </p>

      <div className="status-compare" aria-label={t('status')}>
        <section aria-labelledby="self-reported-title">
          <h2 id="self-reported-title">{t('selfReported')}</h2>
          <p className="self-reported-status">
            <strong>{scale(commitment.selfReportedStatus)}</strong>
          </p>
          <p>{t('reportedBy', { city: commitment.city.name })}</p>
        </section>
        <section aria-labelledby="assessment-title">
          <h2 id="assessment-title">{t('assessment')}</h2>
          {assessment ? (
            <dl className="case__facts">
              <div>
                <dt>{t('completion')}</dt>
                <dd>{scale(assessment.completion)}</dd>
              </div>
              <div>
                <dt>{t('openedGovernment')}</dt>
                <dd>{scale(assessment.didItOpenGovernment)}</dd>
              </div>
              <div>
                <dt>{t('potentialResults')}</dt>
                <dd>{scale(assessment.potentialResults)}</dd>
              </div>
              <div>
                <dt>{t('verifiable')}</dt>
                <dd>{assessment.verifiable ? t('yes') : t('no')}</dd>
              </div>
              <div>
                <dt>{t('assessedBy')}</dt>
                <dd>
                  {assessment.assessor}, {day(assessment.assessedOn)}
                  {assessment.reportUrl && (
                    <>
                      {' '}
                      · <ExternalLink href={assessment.reportUrl}>{t('report')}</ExternalLink>
                    </>
                  )}
                </dd>
              </div>
            </dl>
          ) : (
            <p>{t('notAssessed')}</p>
          )}
        </section>
      </div>
      <p className="divergence-note" role="note">
        {commitment.divergence === 'SELF_REPORTED_HIGHER' || commitment.divergence === 'SELF_REPORTED_LOWER' ? <strong>{t('diverges')} </strong> : null}
        {t(`divergence.${divergenceNote(commitment)}`)}
      </p>

      <section aria-labelledby="problem-title">
        <h2 id="problem-title">{t('problem')}</h2>
        <MarkdownText source={commitment.problem} />
      </section>
      <section aria-labelledby="description-title">
        <h2 id="description-title">{t('commitment')}</h2>
        <MarkdownText source={commitment.description} />
      </section>
      <dl className="case__facts" aria-label={t('about')}>
        {commitment.leadInstitution && (
          <div>
            <dt>{t('leadInstitution')}</dt>
            <dd>{commitment.leadInstitution}</dd>
          </div>
        )}
        {commitment.partners.length > 0 && (
          <div>
            <dt>{t('partners')}</dt>
            <dd>
              {commitment.partners.map((partner) => `${partner.name} (${partner.kind === 'CIVIL_SOCIETY' ? t('civilSociety') : t('government')})`).join(', ')}
            </dd>
          </div>
        )}
        {commitment.ogpValues.length > 0 && (
          <div>
            <dt>{t('ogpValues')}</dt>
            <dd>{commitment.ogpValues.map((slug) => ogpValueTitle(slug, locale)).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('actionPlan')}</dt>
          <dd>
            {t('period', { plan: commitment.actionPlan.title, start: day(commitment.actionPlan.periodStart), end: day(commitment.actionPlan.periodEnd) })}
          </dd>
        </div>
      </dl>
      <SdgBadgeList numbers={commitment.sdgs.map((sdg) => sdg.number)} />
      {commitment.cases.length > 0 && (
        <section aria-labelledby="cases-title">
          <h2 id="cases-title">{t('linkedCases')}</h2>
          <ul>
            {commitment.cases.map((item) => (
              <li key={item.slug}>
                <Link href={`/cases/${encodeURIComponent(item.slug)}`}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="milestones-title">
        <h2 id="milestones-title">{t('milestones')}</h2>
        {commitment.milestones.length ? (
          <table className="commitment-table milestones">
            <thead>
              <tr>
                <th scope="col">{t('milestone')}</th>
                <th scope="col">{t('due')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('done')}</th>
              </tr>
            </thead>
            <tbody>
              {commitment.milestones.map((milestone) => (
                <tr key={milestone.id}>
                  <td>{milestone.title}</td>
                  <td>
                    {day(milestone.dueDate)} {milestone.overdue && <OverdueBadge />}
                  </td>
                  <td>{scale(milestone.status)}</td>
                  <td>{milestone.doneDate ? day(milestone.doneDate) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('noMilestones')}</p>
        )}
      </section>

      <section aria-labelledby="updates-title" id="updates">
        <h2 id="updates-title">{t('updates')}</h2>
        {commitment.updates.length ? (
          <ol className="timeline">
            {commitment.updates.map((update) => (
              <li key={update.id} className="timeline__item">
                <p>
                  <strong>
                    <time dateTime={update.createdAt}>{formatDate(update.createdAt, locale)}</time>
                  </strong>{' '}
                  · {update.author?.name ?? t('cityTeam')}
                  {update.status && <> · {t('updateStatus', { status: scale(update.status) })}</>}
                </p>
                <div className="timeline__body">
                  <MarkdownText source={update.body} />
                </div>
                {update.completedMilestones.length > 0 && (
                  <p>{t('milestonesCompleted', { milestones: update.completedMilestones.map((milestone) => milestone.title).join(', ') })}</p>
                )}
                {update.links.length > 0 && (
                  <ul aria-label={t('evidence')}>
                    {update.links.map((link) => (
                      <li key={link.url}>
                        <ExternalLink href={link.url}>{link.label}</ExternalLink>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('noUpdates')}</p>
        )}
      </section>

      {commitment.viewerCan.report && (
        <section aria-labelledby="post-update-title">
          <h2 id="post-update-title">{t('postUpdate')}</h2>
          <UpdateForm
            commitmentId={commitment.id}
            statuses={COMMITMENT_STATUSES}
            milestones={openMilestones.map((milestone) => ({ id: milestone.id, title: milestone.title }))}
          />
        </section>
      )}
    </>
  );
}
