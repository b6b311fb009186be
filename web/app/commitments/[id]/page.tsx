import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DivergenceBadge, OverdueBadge } from '../../../components/commitments/commitment-table';
import { UpdateForm } from '../../../components/commitments/update-form';
import { ExternalLink } from '../../../components/external-link';
import { MarkdownText } from '../../../components/markdown-text';
import { Notice } from '../../../components/notice';
import { SdgBadgeList } from '../../../components/sdg-badge';
import { COMMITMENT_STATUSES, findCommitment, scaleLabel, type CommitmentDetail } from '../../../lib/commitments/commitments-api';
import { formatDate, ogpValueTitle } from '../../../lib/taxonomy';

export const dynamic = 'force-dynamic';

/** A LocalDate (`2025-03-31`) from the API, for people. */
const day = (value: unknown): string => formatDate(String(value));

export async function generateMetadata({ params }: PageProps<'/commitments/[id]'>): Promise<Metadata> {
  const commitment = await findCommitment((await params).id);
  return commitment ? { title: commitment.title } : { title: 'Commitment not found' };
}

function divergenceNote(commitment: CommitmentDetail): string {
  switch (commitment.divergence) {
    case 'SELF_REPORTED_HIGHER':
      return 'The city reports more progress than the latest independent assessment found.';
    case 'SELF_REPORTED_LOWER':
      return 'The city reports less progress than the latest independent assessment found.';
    case 'NONE':
      return 'The city’s own status agrees with the latest independent assessment.';
    default:
      return 'No independent assessment yet.';
  }
}

export default async function CommitmentPage({ params, searchParams }: PageProps<'/commitments/[id]'>) {
  const commitment = await findCommitment((await params).id);
  if (!commitment) notFound();
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

      <div className="status-compare" aria-label="Status">
        <section aria-labelledby="self-reported-title">
          <h2 id="self-reported-title">Self-reported status</h2>
          <p className="self-reported-status">
            <strong>{scaleLabel(commitment.selfReportedStatus)}</strong>
          </p>
          <p>As reported by {commitment.city.name}.</p>
        </section>
        <section aria-labelledby="assessment-title">
          <h2 id="assessment-title">Independent assessment</h2>
          {assessment ? (
            <dl className="case__facts">
              <div>
                <dt>Completion</dt>
                <dd>{scaleLabel(assessment.completion)}</dd>
              </div>
              <div>
                <dt>Did it open government?</dt>
                <dd>{scaleLabel(assessment.didItOpenGovernment)}</dd>
              </div>
              <div>
                <dt>Potential results</dt>
                <dd>{scaleLabel(assessment.potentialResults)}</dd>
              </div>
              <div>
                <dt>Verifiable</dt>
                <dd>{assessment.verifiable ? 'Yes' : 'No'}</dd>
              </div>
              <div>
                <dt>Assessed by</dt>
                <dd>
                  {assessment.assessor}, {day(assessment.assessedOn)}
                  {assessment.reportUrl && (
                    <>
                      {' '}
                      · <ExternalLink href={assessment.reportUrl}>Report</ExternalLink>
                    </>
                  )}
                </dd>
              </div>
            </dl>
          ) : (
            <p>Not assessed yet.</p>
          )}
        </section>
      </div>
      <p className="divergence-note" role="note">
        <strong>{commitment.divergence === 'SELF_REPORTED_HIGHER' || commitment.divergence === 'SELF_REPORTED_LOWER' ? 'Diverges: ' : ''}</strong>
        {divergenceNote(commitment)}
      </p>

      <section aria-labelledby="problem-title">
        <h2 id="problem-title">The problem</h2>
        <MarkdownText source={commitment.problem} />
      </section>
      <section aria-labelledby="description-title">
        <h2 id="description-title">The commitment</h2>
        <MarkdownText source={commitment.description} />
      </section>
      <dl className="case__facts" aria-label="About this commitment">
        {commitment.leadInstitution && (
          <div>
            <dt>Lead institution</dt>
            <dd>{commitment.leadInstitution}</dd>
          </div>
        )}
        {commitment.partners.length > 0 && (
          <div>
            <dt>Partners</dt>
            <dd>
              {commitment.partners.map((partner) => `${partner.name} (${partner.kind === 'CIVIL_SOCIETY' ? 'civil society' : 'government'})`).join(', ')}
            </dd>
          </div>
        )}
        {commitment.ogpValues.length > 0 && (
          <div>
            <dt>OGP values</dt>
            <dd>{commitment.ogpValues.map(ogpValueTitle).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Action plan</dt>
          <dd>
            {commitment.actionPlan.title} ({day(commitment.actionPlan.periodStart)} to {day(commitment.actionPlan.periodEnd)})
          </dd>
        </div>
      </dl>
      <SdgBadgeList numbers={commitment.sdgs.map((sdg) => sdg.number)} />
      {commitment.cases.length > 0 && (
        <section aria-labelledby="cases-title">
          <h2 id="cases-title">Linked cases</h2>
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
        <h2 id="milestones-title">Milestones</h2>
        {commitment.milestones.length ? (
          <table className="commitment-table milestones">
            <thead>
              <tr>
                <th scope="col">Milestone</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Done</th>
              </tr>
            </thead>
            <tbody>
              {commitment.milestones.map((milestone) => (
                <tr key={milestone.id}>
                  <td>{milestone.title}</td>
                  <td>
                    {day(milestone.dueDate)} {milestone.overdue && <OverdueBadge />}
                  </td>
                  <td>{scaleLabel(milestone.status)}</td>
                  <td>{milestone.doneDate ? day(milestone.doneDate) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No milestones yet.</p>
        )}
      </section>

      <section aria-labelledby="updates-title" id="updates">
        <h2 id="updates-title">Progress updates</h2>
        {commitment.updates.length ? (
          <ol className="timeline">
            {commitment.updates.map((update) => (
              <li key={update.id} className="timeline__item">
                <p>
                  <strong>
                    <time dateTime={update.createdAt}>{formatDate(update.createdAt)}</time>
                  </strong>{' '}
                  · {update.author?.name ?? 'City team'}
                  {update.status && <> · Status: {scaleLabel(update.status)}</>}
                </p>
                <div className="timeline__body">
                  <MarkdownText source={update.body} />
                </div>
                {update.completedMilestones.length > 0 && (
                  <p>Milestones completed: {update.completedMilestones.map((milestone) => milestone.title).join(', ')}</p>
                )}
                {update.links.length > 0 && (
                  <ul aria-label="Evidence">
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
          <p>No progress updates yet.</p>
        )}
      </section>

      {commitment.viewerCan.report && (
        <section aria-labelledby="post-update-title">
          <h2 id="post-update-title">Post a progress update</h2>
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
