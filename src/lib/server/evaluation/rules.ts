import type { Scope } from '../auth/policy';
import { str, type Args, type OperationRule } from '../auth/rules';
import { callsOfProject } from '../network/placement-queries';

/** An evaluation is of a project: an evaluator acts within the calls the project was submitted to. */
export const evaluationScope = async (args: Args): Promise<Scope> => ({
	kind: 'calls',
	callIds: await callsOfProject(str(args.projectId) ?? '')
});

export const EVALUATE: OperationRule = { permission: 'evaluation.write', scope: evaluationScope };
