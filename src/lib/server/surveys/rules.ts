import type { Scope } from '../auth/policy';
import { anchored, obj, placed, str, type Args, type OperationRule } from '../auth/rules';
import { placementOf } from '../network/placement-queries';
import { findSurvey } from './survey-queries';
import { subjectOf } from './survey-service';

/** A survey lives where what it surveys lived when it was created (its Ambiti, its owner). */
const surveyScope = async (id: string | null): Promise<Scope> => {
	const s = id ? await findSurvey(id) : null;
	return placed(s ? { ambitoIds: s.ambitoIds, ownerId: s.ownerId } : null);
};

/** Uffici di Piano and facilitators of the survey's Ambito (by `surveyId`, `id` or `input.id`). */
export const RUN_SURVEY: OperationRule = {
	permission: 'survey.run',
	scope: (args: Args) => surveyScope(str(args.surveyId) ?? str(args.id) ?? str(obj(args.input).id))
};

/** Two rounds compared: both must be the viewer's. */
export const COMPARE_SURVEYS: OperationRule = {
	permission: 'survey.run',
	scope: async (args: Args) => [await surveyScope(str(args.a)), await surveyScope(str(args.b))]
};

/** A new survey: where its project or network lives. */
export const CREATE_SURVEY: OperationRule = {
	permission: 'survey.run',
	scope: async (args: Args) => {
		const subject = subjectOf(obj(args.input));
		if (!subject) return placed(null);
		return placed(
			await placementOf(subject.kind === 'project' ? 'Project' : 'Network', subject.id)
		);
	}
};

/** The list: the viewer's Ambiti and what they created. */
export const LIST_SURVEYS: OperationRule = {
	permission: 'survey.run',
	scope: (_args, { viewer }) => anchored(viewer?.ambitoIds ?? [], viewer)
};
