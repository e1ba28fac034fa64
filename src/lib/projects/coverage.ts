import { graphql } from '../graphql';
import type { ProjectCoverageQuery } from '../graphql/graphql';
import { COVERAGE_COLOURS } from '../geo/coverage';
import type { GeoPoint } from '../geo/points';
import type { GeoMeasure } from '../geo/scale';

/** Which Comuni of its target a project's partnership covers (the scoring's own rule), and its partners' seats. */
export const PROJECT_COVERAGE = graphql(`
	query ProjectCoverage($projectId: ID!) {
		projectCoverage(projectId: $projectId) {
			coveredComuni
			uncoveredComuni
			coveredResidents
			uncoveredResidents
			residentShare
			comuni {
				istat
				covered
			}
			partners {
				actorId
				name
				seatIstat
			}
		}
	}
`);
export type DossierCoverage = ProjectCoverageQuery['projectCoverage'];

/** The map's colouring: covered and uncovered Comuni of the target; the rest says nothing. */
export function coverageMeasure(
	coverage: DossierCoverage,
	labels: { title: string; covered: string; uncovered: string }
): GeoMeasure {
	return {
		kind: 'classes',
		label: labels.title,
		classOf: new Map(coverage.comuni.map((c) => [c.istat, c.covered ? 'covered' : 'uncovered'])),
		classes: [
			{ key: 'covered', label: labels.covered, colour: COVERAGE_COLOURS.covered },
			{ key: 'uncovered', label: labels.uncovered, colour: COVERAGE_COLOURS.uncovered }
		]
	};
}

/** Partners at their seats (GeoMap groups those that share a Comune). */
export const partnerPoints = (coverage: DossierCoverage): GeoPoint[] =>
	coverage.partners.map((p) => ({ id: p.actorId, label: p.name, istat: p.seatIstat ?? null }));
