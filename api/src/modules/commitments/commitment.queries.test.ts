import { startTestApi, type TestApi } from '../../test/test-api.js';
import { User } from '../accounts/user.entity.js';
import { City } from '../cities/city.entity.js';
import { Network } from '../networks/network.entity.js';
import { ActionPlan } from './action-plan.entity.js';
import { Assessment } from './assessment.entity.js';
import { CommitmentUpdate } from './commitment-update.entity.js';
import { AssessmentCompletion, CommitmentStatus, OpenGovernmentEffect, PotentialResults } from './commitment.enums.js';
import { Commitment } from './commitment.entity.js';
import { Milestone } from './milestone.entity.js';

/** The number of SQL statements of a commitments page must not grow with the page size (no N+1). */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  const em = api.orm.em.fork();
  const networks = await em.find(Network, {});
  const author = em.create(User, { email: 'reporter@example.net', name: 'Reporter', passwordHash: 'x' });
  for (let i = 0; i < 60; i++) {
    const city = em.create(City, { name: `Commitville ${i}`, country: 'BR', region: 'Americas', subregion: 'Latin America and the Caribbean' });
    const plan = em.create(ActionPlan, { network: networks[i % networks.length]!, city, title: `Plan ${i}`, periodStart: '2020-01-01', periodEnd: '2030-12-31' });
    const commitment = em.create(Commitment, { network: plan.network, actionPlan: plan, title: `Commitment ${i}`, sdgs: [(i % 17) + 1], status: CommitmentStatus.LIMITED, createdAt: new Date(Date.UTC(2024, 0, 1 + i)) });
    const milestone = em.create(Milestone, { commitment, title: 'Step', dueDate: '2021-01-01' });
    em.create(Milestone, { commitment, title: 'Next step', dueDate: '2029-01-01' });
    const update = em.create(CommitmentUpdate, { commitment, author, body: `Update ${i}`, newStatus: CommitmentStatus.LIMITED });
    update.completedMilestones.set([milestone]);
    em.create(Assessment, { commitment, assessor: 'IRM', assessedOn: '2022-01-01', verifiable: true, potentialResults: PotentialResults.MODEST, completion: AssessmentCompletion.LIMITED, didItOpenGovernment: OpenGovernmentEffect.MARGINAL, recordedBy: author });
  }
  await em.flush();
});
afterAll(() => api?.close());

const FULL_PAGE = `query Page($first: Int!) {
  commitments(first: $first) {
    totalCount
    edges { cursor node {
      id title status selfReportedStatus divergence overdue sdgs { number colour } partners { name }
      city { name slug } network { slug name } actionPlan { title periodStart }
      milestones { title dueDate status overdue }
      updates { body status createdAt author { name } completedMilestones { title } revisions { body } }
      latestAssessment { completion recordedBy { name } } assessments { assessor }
      cases { slug } viewerCan { edit report assess }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function statementsFor(first: number): Promise<number> {
  api.sql.count = 0;
  const response = await api.gql(FULL_PAGE, { first });
  expect(response.errors).toBeUndefined();
  expect(response.data!.commitments.edges).toHaveLength(first);
  return api.sql.count;
}

it('sends the same number of SQL statements for 5 and for 50 commitments', async () => {
  const small = await statementsFor(5);
  const large = await statementsFor(50);
  expect(small).toBeGreaterThan(0);
  expect(large).toBe(small);
  expect(large).toBeLessThanOrEqual(8);
});
