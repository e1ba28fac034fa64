import { graphql } from '../graphql';
import type { ProjectCoverageQuery } from '../graphql/graphql';
import type { GeoPoint } from '../geo/points';

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

/** Partners at their seats (GeoMap groups those that share a Comune). */
export const partnerPoints = (coverage: DossierCoverage): GeoPoint[] =>
	coverage.partners.map((p) => ({ id: p.actorId, label: p.name, istat: p.seatIstat ?? null }));
