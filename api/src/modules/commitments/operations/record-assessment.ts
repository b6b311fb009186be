import type { RequestContext } from '../../../context.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import { Problems } from '../../cases/case.validation.js';
import { Assessment } from '../assessment.entity.js';
import { divergenceOf } from '../commitment.enums.js';
import type { AssessmentInput } from '../commitment.types.js';
import { assessmentValues, inputField, todayUtc } from '../commitment.validation.js';
import { commitmentForChange } from './commitment-access.js';

/** A coordinator records an independent assessment (IRM or local monitoring body) of a commitment. */
export async function recordAssessment(ctx: RequestContext, input: AssessmentInput): Promise<Assessment> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'assessment.record', recordType: 'assessment' }, async (tx, audit) => {
    const commitment = await commitmentForChange(tx, viewer, input.commitmentId, 'assess');
    audit.network = commitment.network;
    const problems = new Problems();
    const values = assessmentValues(problems, inputField(), input, commitment.actionPlan, todayUtc());
    problems.throwIfAny();
    const assessment = tx.create(Assessment, {
      commitment,
      ...values,
      verifiable: input.verifiable,
      potentialResults: input.potentialResults,
      completion: input.completion,
      didItOpenGovernment: input.didItOpenGovernment,
      recordedBy: tx.getReference(User, viewer.userId),
    });
    audit.recordId = assessment.id;
    audit.details = { commitment: commitment.id, completion: input.completion, divergence: divergenceOf(commitment.status, input.completion) };
    return assessment;
  });
}
