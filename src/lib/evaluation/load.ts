import type { RunOperation } from '../graphql-client';
import { allAmbiti } from '../territory';
import { EVALUATION_QUERY, TERRITORY_COMUNI_QUERY } from './queries';
import { projectTerritory } from './territory';
import type { EvaluationDetail, ProjectDetail, RubricSummary, TerritoryComune } from './types';

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
	const [data, territory] = await Promise.all([
		run(EVALUATION_QUERY, { projectId, rubricId }),
		run(TERRITORY_COMUNI_QUERY)
	]);
	if (!data.project) throw new ProjectNotFound(projectId);
	const ambiti = allAmbiti(territory.territory);
	return {
		project: data.project,
		evaluation: data.evaluation,
		rubrics: data.rubrics,
		territory: projectTerritory(ambiti, data.project)
	};
}
