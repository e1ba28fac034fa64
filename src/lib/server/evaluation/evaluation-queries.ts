import type { Adjustment, PartnershipSnapshot, Scorecard } from '../../scoring';
import { AppError, conflict } from '../errors';
import { lockedVersion, readTx, writeTx } from '../db/driver';

export type EvaluationStatus = 'draft' | 'final';

export interface StoredEvaluation {
	id: string;
	projectId: string;
	rubricId: string;
	rubricVersion: number;
	status: EvaluationStatus;
	notes: string | null;
	adjustments: Adjustment[];
	/** At finalisation: the signed scorecard and the data it was computed from. */
	finalScorecard: Scorecard | null;
	finalSnapshot: PartnershipSnapshot | null;
	finalFingerprint: string | null;
	finalizedAt: string | null;
	finalizedBy: string | null;
	version: number;
}

export interface AuditEntry {
	at: string;
	by: string;
	action: 'adjust' | 'clear_adjustment' | 'notes' | 'finalize' | 'reopen';
	criterionId: string | null;
	oldValue: string | null;
	newValue: string | null;
	reason: string | null;
}

export const evaluationId = (projectId: string, rubricId: string) => `${projectId}::${rubricId}`;

const EVALUATION = `{id: e.id, projectId: e.projectId, rubricId: e.rubricId, rubricVersion: e.rubricVersion, status: e.status,
	notes: e.notes, adjustmentsJson: e.adjustmentsJson, finalScorecardJson: e.finalScorecardJson, finalSnapshotJson: e.finalSnapshotJson,
	finalFingerprint: e.finalFingerprint, finalizedAt: toString(e.finalizedAt), finalizedBy: e.finalizedBy, version: e.version}`;

type Row = Omit<StoredEvaluation, 'adjustments' | 'finalScorecard' | 'finalSnapshot'> & {
	adjustmentsJson: string;
	finalScorecardJson: string | null;
	finalSnapshotJson: string | null;
};
const parse = ({
	adjustmentsJson,
	finalScorecardJson,
	finalSnapshotJson,
	...rest
}: Row): StoredEvaluation => ({
	...rest,
	adjustments: JSON.parse(adjustmentsJson) as Adjustment[],
	finalScorecard: finalScorecardJson ? (JSON.parse(finalScorecardJson) as Scorecard) : null,
	finalSnapshot: finalSnapshotJson ? (JSON.parse(finalSnapshotJson) as PartnershipSnapshot) : null
});

export async function getEvaluation(
	projectId: string,
	rubricId: string
): Promise<StoredEvaluation | null> {
	return readTx(async (tx) => {
		const r = await tx.run(`MATCH (e:Evaluation {id: $id}) RETURN ${EVALUATION} AS row`, {
			id: evaluationId(projectId, rubricId)
		});
		const row = r.records[0]?.get('row') as Row | undefined;
		return row ? parse(row) : null;
	});
}

export async function evaluationsOfProjects(
	projectIds: string[],
	rubricId: string
): Promise<Map<string, StoredEvaluation>> {
	return readTx(async (tx) => {
		const r = await tx.run(
			`UNWIND $ids AS id MATCH (e:Evaluation {id: id}) RETURN ${EVALUATION} AS row`,
			{
				ids: projectIds.map((p) => evaluationId(p, rubricId))
			}
		);
		return new Map(r.records.map((x) => parse(x.get('row') as Row)).map((e) => [e.projectId, e]));
	});
}

export async function auditTrail(projectId: string, rubricId: string): Promise<AuditEntry[]> {
	return readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (a:AuditEntry)-[:OF]->(:Evaluation {id: $id})
			 RETURN {at: toString(a.at), by: a.by, action: a.action, criterionId: a.criterionId, oldValue: a.oldValue,
			   newValue: a.newValue, reason: a.reason} AS row ORDER BY a.at, a.seq`,
			{ id: evaluationId(projectId, rubricId) }
		);
		return r.records.map((x) => x.get('row') as AuditEntry);
	});
}

export interface EvaluationChange {
	projectId: string;
	rubricId: string;
	/** The rubric version a new evaluation is pinned to. */
	rubricVersion: number;
	expectedVersion: number | null;
	by: string;
	/** Builds the new state from the current one (or a fresh draft); returns the audit entries to append. */
	change: (current: StoredEvaluation) => {
		next: StoredEvaluation;
		audit: Array<Omit<AuditEntry, 'at' | 'by'>>;
	};
}

/**
 * Every change to an evaluation: read, check the version, write the new state and append its audit
 * entries, in one transaction. Nothing in the audit trail is ever updated or deleted.
 */
export async function changeEvaluation({
	projectId,
	rubricId,
	rubricVersion,
	expectedVersion,
	by,
	change
}: EvaluationChange): Promise<StoredEvaluation> {
	const id = evaluationId(projectId, rubricId);
	return writeTx(async (tx) => {
		// The version is checked under the write lock (driver.ts); a first change locks a bare node,
		// filled below or gone with a rollback.
		await lockedVersion(tx, 'MERGE (n:Evaluation {id: $id}) WITH n', { id });
		const found = await tx.run(
			`MATCH (e:Evaluation {id: $id}) WHERE e.status IS NOT NULL RETURN ${EVALUATION} AS row`,
			{ id }
		);
		const row = found.records[0]?.get('row') as Row | undefined;
		const current: StoredEvaluation = row
			? parse(row)
			: {
					id,
					projectId,
					rubricId,
					rubricVersion,
					status: 'draft',
					notes: null,
					adjustments: [],
					finalScorecard: null,
					finalSnapshot: null,
					finalFingerprint: null,
					finalizedAt: null,
					finalizedBy: null,
					version: 0
				};
		if (expectedVersion !== null && current.version !== expectedVersion)
			throw conflict('Valutazione', id, expectedVersion, current.version);
		const { next, audit } = change(current);
		if (!audit.length) throw new AppError('BAD_INPUT', 'Nessuna modifica / nothing changed');
		await tx.run(
			`MATCH (e:Evaluation {id: $id})
			 SET e.projectId = $projectId, e.rubricId = $rubricId, e.createdAt = coalesce(e.createdAt, datetime()),
			   e.createdBy = coalesce(e.createdBy, $by), e.rubricVersion = $rubricVersion, e.status = $status, e.notes = $notes, e.adjustmentsJson = $adjustmentsJson,
			   e.finalScorecardJson = $finalScorecardJson, e.finalSnapshotJson = $finalSnapshotJson, e.finalFingerprint = $finalFingerprint,
			   e.finalizedAt = CASE WHEN $finalizedAt IS NULL THEN null ELSE datetime($finalizedAt) END, e.finalizedBy = $finalizedBy,
			   e.changedAt = datetime(), e.changedBy = $by, e.version = coalesce(e.version, 0) + 1
			 WITH e
			 MATCH (p:Project {id: $projectId}) MERGE (e)-[:OF]->(p)
			 WITH e
			 UNWIND range(0, size($audit) - 1) AS i
			 CREATE (a:AuditEntry {at: datetime(), seq: i, by: $by, action: $audit[i].action, criterionId: $audit[i].criterionId,
			   oldValue: $audit[i].oldValue, newValue: $audit[i].newValue, reason: $audit[i].reason})-[:OF]->(e)`,
			{
				id,
				projectId,
				rubricId,
				by,
				rubricVersion: next.rubricVersion,
				status: next.status,
				notes: next.notes,
				adjustmentsJson: JSON.stringify(next.adjustments),
				finalScorecardJson: next.finalScorecard ? JSON.stringify(next.finalScorecard) : null,
				finalSnapshotJson: next.finalSnapshot ? JSON.stringify(next.finalSnapshot) : null,
				finalFingerprint: next.finalFingerprint,
				finalizedAt: next.finalizedAt,
				finalizedBy: next.finalizedBy,
				audit
			}
		);
		const saved = await tx.run(`MATCH (e:Evaluation {id: $id}) RETURN ${EVALUATION} AS row`, {
			id
		});
		return parse(saved.records[0]!.get('row') as Row);
	});
}

export interface BusyActor {
	id: string;
	name: string;
	kind: string;
	projectCount: number;
	ambitoCount: number;
	projectTitles: string[];
}

/** Organisations partnering in at least `min` projects of the same triennio: stretched thin, or pivotal. */
export async function busyActors(
	min: number,
	triennio: string | null,
	callId: string | null
): Promise<BusyActor[]> {
	return readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (a:Actor)-[:PARTNER_IN]->(p:Project)
			 WHERE ($triennio IS NULL OR p.triennio = $triennio) AND ($callId IS NULL OR EXISTS { (p)-[:IN_CALL]->(:Call {id: $callId}) })
			 WITH a, p.triennio AS triennio, collect(p) AS projects WHERE size(projects) >= $min
			 RETURN {id: a.id, name: a.name, kind: a.kind, projectCount: size(projects),
			   ambitoCount: size(reduce(acc = [], ids IN [p IN projects | [(p)-[:TARGETS]->(x:Ambito) | x.id]] | acc + [i IN ids WHERE NOT i IN acc])),
			   projectTitles: [p IN projects | p.title]} AS row ORDER BY row.projectCount DESC, a.name LIMIT 200`,
			{ triennio, callId, min }
		);
		return r.records.map((x) => x.get('row') as BusyActor);
	});
}
