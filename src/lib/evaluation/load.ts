import { EVALUATION_QUERY, TERRITORY_COMUNI_QUERY } from './queries';
import { projectTerritory, type AmbitoComuni } from './territory';
import type { EvaluationDetail, ProjectDetail, RubricSummary, TerritoryComune } from './types';

/**
 * Runs one GraphQL operation: `gql(fetch, …)` in the app, the schema in-process in the CLI.
 * The same questions either way, so the page, the report and the CLI agree.
 */
export type RunQuery = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

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
	run: RunQuery,
	projectId: string,
	rubricId: string | null
): Promise<EvaluationPageData> {
	const [data, territory] = await Promise.all([
		run<{ project: ProjectDetail | null; evaluation: EvaluationDetail; rubrics: RubricSummary[] }>(
			EVALUATION_QUERY,
			{
				projectId,
				rubricId
			}
		),
		run<{
			territory: { ats: Array<{ ambiti: AmbitoComuni[] }>; ambitiWithoutAts: AmbitoComuni[] };
		}>(TERRITORY_COMUNI_QUERY)
	]);
	if (!data.project) throw new ProjectNotFound(projectId);
	const ambiti = [
		...territory.territory.ats.flatMap((a) => a.ambiti),
		...territory.territory.ambitiWithoutAts
	];
	return {
		project: data.project,
		evaluation: data.evaluation,
		rubrics: data.rubrics,
		territory: projectTerritory(ambiti, data.project)
	};
}
