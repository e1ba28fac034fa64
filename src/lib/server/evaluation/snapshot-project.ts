// The project-level part of the scoring snapshot: the dossier (funder, budget, grants, co-design,
// after the funding, LEPS, target Ambiti), each partner's declared members and legal entity, each
// action's phases. Absent means "not recorded": the criteria that need it say so, never 0.
import type { ProjectRecord } from '../../domain';
import type { PartnershipSnapshot } from '../../scoring';
import { projectDossierProjection, withProjectDossier } from '../network/project-dossier';

type SnapshotProject = PartnershipSnapshot['project'];
type SnapshotPartner = PartnershipSnapshot['partners'][number];
type SnapshotAction = PartnershipSnapshot['actions'][number];

/** Cypher map of what the snapshot reads of project `v`. */
export const SNAPSHOT_PROJECT = (v: string) =>
	`{id: ${v}.id, title: ${v}.title, start: ${v}.start, end: ${v}.end,
	  callId: head([(${v})-[:IN_CALL]->(k:Call) | k.id]), budgetEur: ${v}.budgetEur,
	  policyAreas: coalesce(${v}.policyAreas, []), targetAmbitoIds: [(${v})-[:TARGETS]->(x:Ambito) | x.id],
	  ${projectDossierProjection(v)}}`;

type ProjectRow = Pick<
	ProjectRecord,
	'id' | 'title' | 'start' | 'end' | 'callId' | 'budgetEur' | 'policyAreas' | 'targetAmbitoIds'
>;

export function snapshotProject(row: ProjectRow): SnapshotProject {
	const p = withProjectDossier(row as ProjectRecord);
	const project: SnapshotProject = {
		id: p.id,
		title: p.title,
		start: p.start,
		end: p.end,
		callId: p.callId,
		budgetEur: p.budgetEur ?? null,
		grantRequestedEur: p.grantRequestedEur ?? null,
		grantAwardedEur: p.grantAwardedEur ?? null,
		funder: p.funder ?? null,
		policyAreas: p.policyAreas ?? [],
		targetAmbitoIds: [...(p.targetAmbitoIds ?? [])].sort(),
		coDesign: p.coDesign ?? null,
		sustainability: p.sustainability ?? null,
		transferability: p.transferability ?? null
	};
	if (p.fundingEnd) project.fundingEnd = p.fundingEnd;
	// LEPS: null is "not recorded", [] is "recorded: none".
	if (p.leps != null) project.leps = p.leps;
	return project;
}

export function snapshotPartner(
	row: Omit<SnapshotPartner, 'declaredMembers' | 'legalEntityId'> & {
		declaredMembersJson: string | null;
		legalEntityId: string | null;
	}
): SnapshotPartner {
	const { declaredMembersJson, legalEntityId, ...partner } = row;
	const members = declaredMembersJson
		? (JSON.parse(declaredMembersJson) as SnapshotPartner['declaredMembers'])
		: [];
	return {
		...partner,
		...(legalEntityId && legalEntityId !== partner.actorId && { legalEntityId }),
		...(members?.length && { declaredMembers: members })
	};
}

/** An action's phases; none recorded (absent or empty) leaves them out. */
export function snapshotAction(
	row: Omit<SnapshotAction, 'phases'> & { phases: SnapshotAction['phases'] | null }
): SnapshotAction {
	const { phases, ...action } = row;
	return phases?.length ? { ...action, phases } : action;
}
