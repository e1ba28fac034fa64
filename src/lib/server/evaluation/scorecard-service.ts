import {
	PROGRAMMAZIONE_2025_2027,
	computeNetworkMetrics,
	scorePartnership,
	type PartnershipSnapshot,
	type Scorecard
} from '../../scoring';
import { ambitoNetwork } from '../network/map-graph-queries';
import { getRubric, type StoredRubric } from './rubric-queries';
import { partnershipSnapshots } from './snapshot-queries';
import { notFound } from '../errors';

export const DEFAULT_RUBRIC_ID = PROGRAMMAZIONE_2025_2027.id;

export async function resolveRubric(
	rubricId?: string | null,
	version?: number | null
): Promise<StoredRubric> {
	const id = rubricId ?? DEFAULT_RUBRIC_ID;
	const rubric = await getRubric(id, version);
	if (!rubric) throw notFound('Griglia / rubric', id);
	return rubric;
}

export interface ProjectScore {
	projectId: string;
	snapshot: PartnershipSnapshot;
	scorecard: Scorecard;
}

/** Read the projects' snapshots from Neo4j in batches and score each on one rubric version. */
export async function scoreProjects(
	projectIds: string[],
	rubric: StoredRubric,
	batchSize = 200
): Promise<ProjectScore[]> {
	const scores: ProjectScore[] = [];
	for (let i = 0; i < projectIds.length; i += batchSize) {
		const snapshots = await partnershipSnapshots(projectIds.slice(i, i + batchSize));
		for (const id of projectIds.slice(i, i + batchSize)) {
			const snapshot = snapshots.get(id);
			if (snapshot)
				scores.push({ projectId: id, snapshot, scorecard: scorePartnership(snapshot, rubric) });
		}
	}
	return scores;
}

export async function scoreProject(
	projectId: string,
	rubricId?: string | null,
	version?: number | null
): Promise<ProjectScore> {
	const rubric = await resolveRubric(rubricId, version);
	const [score] = await scoreProjects([projectId], rubric);
	if (!score) throw notFound('Progetto', projectId);
	return score;
}

/** Network metrics of an Ambito's map: who is central, who brokers, who is isolated. */
export async function ambitoNetworkMetrics(ambitoId: string) {
	const view = await ambitoNetwork(ambitoId, 1, 20_000);
	if (!view) throw notFound('Ambito', ambitoId);
	const metrics = computeNetworkMetrics({
		nodes: view.nodes.map((n) => ({ ...n })),
		edges: view.edges.map((e) => ({ source: e.source, target: e.target, weight: e.strength ?? 1 }))
	});
	return { view, metrics };
}
