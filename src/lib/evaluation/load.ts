import type { RunOperation } from '../graphql-client';
import { EVALUATION_QUERY } from './queries';
import type { TerritoryComune } from './territory';
import type { EvaluationDetail, ProjectDetail, RubricSummary } from './types';

export interface EvaluationPageData {
	project: ProjectDetail;
	evaluation: EvaluationDetail;
	rubrics: RubricSummary[];
	territory: TerritoryComune[];
}

export class ProjectNotFound extends Error {
	override name = 'ProjectNotFound';
}

export async function loadEvaluation(
	run: RunOperation,
	projectId: string,
	rubricId: string | null
): Promise<EvaluationPageData> {
	const data = await run(EVALUATION_QUERY, { projectId, rubricId });
	const { project, ...evaluation } = data.evaluation;
	if (!project) throw new ProjectNotFound(projectId);
	return {
		project,
		evaluation,
		rubrics: data.rubrics,
		// Chosen on the server: the region's 1,502 Comuni were sent here to keep a project's few.
		territory: data.evaluation.targetComuni
	};
}
