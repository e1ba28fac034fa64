import type { ManagedTransaction } from 'neo4j-driver';
import { NOT_GRAPH, readTx, writeTx } from '../db/driver';
import { FOR_AMBITI, PROJECT_AMBITI } from '../network/placement-queries';
import type { PartnershipAnswer } from '../../surveys/answers';
import {
	TRUST_ITEMS,
	VALUE_ITEMS,
	type CollaborationLevel,
	type ContactFrequency,
	type FourPoint,
	type RespondentStatus,
	type SurveyRound,
	type TieAnswer
} from '../../surveys/types';

/**
 * Surveys in Neo4j (graph/schema/012_surveys.cypher). A survey keeps the Ambiti and the owner of
 * what it surveys (a project's partnership, a network) from when it was created: that is its scope.
 * Each respondent is one organisation of the list; each answer one node keyed by (respondent, other
 * organisation), so a phone saving the same answer twice writes it once.
 */

export type SurveySubjectKind = 'project' | 'network';
export type SurveyStatus = 'draft' | 'open' | 'closed';

export interface SurveyRecord {
	id: string;
	title: string;
	subjectKind: SurveySubjectKind;
	subjectId: string;
	subjectName: string;
	ambitoIds: string[];
	ownerId: string;
	status: SurveyStatus;
	/** ISO dates (YYYY-MM-DD), both included. */
	opensOn: string;
	closesOn: string;
	anonymous: boolean;
	createdAt: number;
	openedAt: number | null;
	closedAt: number | null;
}

export interface RespondentRecord {
	id: string;
	surveyId: string;
	orgId: string;
	orgName: string;
	email: string | null;
	status: RespondentStatus;
	/** Whether a personal link was issued (its token is kept only as a hash). */
	hasLink: boolean;
	invitedAt: number | null;
	remindedAt: number | null;
	openedAt: number | null;
	completedAt: number | null;
	/** How many organisations this respondent has placed on the scale so far. */
	answered: number;
}

const num = (v: unknown) => (v == null ? null : Number(v));
const text = (v: unknown) => (v == null ? null : String(v));

const toSurvey = (p: Record<string, unknown>): SurveyRecord => ({
	id: String(p.id),
	title: String(p.title),
	subjectKind: p.subjectKind as SurveySubjectKind,
	subjectId: String(p.subjectId),
	subjectName: String(p.subjectName ?? ''),
	ambitoIds: (p.ambitoIds as string[] | null) ?? [],
	ownerId: String(p.ownerId ?? ''),
	status: p.status as SurveyStatus,
	opensOn: String(p.opensOn),
	closesOn: String(p.closesOn),
	anonymous: Boolean(p.anonymous),
	createdAt: Number(p.createdAt ?? 0),
	openedAt: num(p.openedAt),
	closedAt: num(p.closedAt)
});

const RESPONDENT = `r {.id, .surveyId, .orgId, .email, .status, .invitedAt, .remindedAt, .openedAt, .completedAt,
  orgName: coalesce(head(COLLECT { MATCH (o:Actor {id: r.orgId}) RETURN o.name }), r.orgId), hasLink: r.tokenHash IS NOT NULL,
  answered: count { (x:SurveyAnswer {respondentId: r.id}) }}`;

const toRespondent = (p: Record<string, unknown>): RespondentRecord => ({
	id: String(p.id),
	surveyId: String(p.surveyId),
	orgId: String(p.orgId),
	orgName: String(p.orgName),
	email: text(p.email),
	status: (p.status as RespondentStatus) ?? 'not_opened',
	hasLink: Boolean(p.hasLink),
	invitedAt: num(p.invitedAt),
	remindedAt: num(p.remindedAt),
	openedAt: num(p.openedAt),
	completedAt: num(p.completedAt),
	answered: Number(p.answered ?? 0)
});

/** A project's partners or a network's members, with where the project or network lives. */
export async function readSubject(
	kind: SurveySubjectKind,
	id: string
): Promise<{ name: string; organisations: Array<{ id: string; name: string }> } | null> {
	const query =
		kind === 'project'
			? `MATCH (s:Project {id: $id})
			   RETURN s.title AS name, [(a:Actor)-[:PARTNER_IN]->(s) | {id: a.id, name: a.name}] AS orgs`
			: `MATCH (s:Network {id: $id})
			   RETURN s.name AS name, [(a:Actor)-[:MEMBER_OF]->(s) | {id: a.id, name: a.name}] AS orgs`;
	return readTx(async (tx) => {
		const r = (await tx.run(query, { id })).records[0];
		if (!r) return null;
		const orgs = r.get('orgs') as Array<{ id: string; name: string }>;
		const unique = new Map(orgs.map((o) => [o.id, o]));
		return {
			name: String(r.get('name') ?? id),
			organisations: [...unique.values()].sort((a, b) => a.name.localeCompare(b.name, 'it'))
		};
	});
}

export interface SurveySubject {
	kind: SurveySubjectKind;
	id: string;
	name: string;
}

/**
 * The projects and networks a survey may be created on, placed as createSurvey's rule places them
 * (placementOf): in one of `ambitoIds`, or anchored nowhere and created by `ownerId`; every one
 * when `ambitoIds` is null. All of them, by name: the form filters, nothing is cut.
 */
export async function listSurveySubjects(
	ambitoIds: readonly string[] | null,
	ownerId: string
): Promise<SurveySubject[]> {
	const mine = `$all OR (size(amb) = 0 AND s.createdBy = $ownerId) OR any(a IN amb WHERE a IN $ambitoIds)`;
	return readTx(async (tx) => {
		const r = await tx.run(
			`CALL () {
			   MATCH (s:Project) WITH s, ${PROJECT_AMBITI('s')} AS amb WHERE ${mine}
			   RETURN 'project' AS kind, s.id AS id, coalesce(s.title, s.id) AS name
			   UNION ALL
			   MATCH (s:Network) WITH s, ${FOR_AMBITI('s')} AS amb WHERE ${mine}
			   RETURN 'network' AS kind, s.id AS id, coalesce(s.name, s.id) AS name
			 }
			 RETURN kind, id, name`,
			{ all: ambitoIds === null, ambitoIds: ambitoIds ?? [], ownerId }
		);
		return r.records
			.map((x) => ({
				kind: x.get('kind') as SurveySubjectKind,
				id: x.get('id') as string,
				name: String(x.get('name'))
			}))
			.sort((a, b) => a.name.localeCompare(b.name, 'it') || a.id.localeCompare(b.id));
	});
}

/** Which of these ids are actors, with their names. */
export async function actorNames(ids: readonly string[]): Promise<Map<string, string>> {
	return readTx(async (tx) => {
		const r = await tx.run(
			`UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a.name AS name`,
			{
				ids
			}
		);
		return new Map(r.records.map((x) => [x.get('id') as string, String(x.get('name'))]));
	});
}

/** The names of these organisations that are on the survey's list (what a save may rate). */
export async function listedNames(
	surveyId: string,
	orgIds: readonly string[]
): Promise<Map<string, string>> {
	return readTx(async (tx) => {
		const r = await tx.run(
			`UNWIND $orgIds AS orgId
			 MATCH (r:SurveyRespondent {key: $surveyId + ':' + orgId})
			 RETURN orgId, coalesce(head(COLLECT { MATCH (o:Actor {id: orgId}) RETURN o.name }), orgId) AS name`,
			{ surveyId, orgIds }
		);
		return new Map(r.records.map((x) => [x.get('orgId') as string, String(x.get('name'))]));
	});
}

export interface NewRespondent {
	id: string;
	orgId: string;
	email: string | null;
}

/** Writes the respondents of the list that are new and removes those no longer on it. */
async function syncRespondents(
	tx: ManagedTransaction,
	surveyId: string,
	respondents: readonly NewRespondent[]
): Promise<void> {
	await tx.run(
		`MATCH (r:SurveyRespondent {surveyId: $surveyId}) WHERE NOT r.orgId IN $orgIds
		 CALL (r) { MATCH (x:SurveyAnswer {respondentId: r.id}) DELETE x }
		 DELETE r`,
		{ surveyId, orgIds: respondents.map((r) => r.orgId) }
	);
	await tx.run(
		`UNWIND $rows AS row
		 MERGE (r:SurveyRespondent {key: $surveyId + ':' + row.orgId})
		 ON CREATE SET r.id = row.id, r.surveyId = $surveyId, r.orgId = row.orgId, r.status = 'not_opened'
		 SET r.email = row.email`,
		{ surveyId, rows: respondents }
	);
}

export async function insertSurvey(
	s: SurveyRecord,
	respondents: readonly NewRespondent[]
): Promise<SurveyRecord> {
	return writeTx(async (tx) => {
		const r = await tx.run(`CREATE (s:Survey $s) RETURN s`, { s });
		await syncRespondents(tx, s.id, respondents);
		return toSurvey((r.records[0]!.get('s') as { properties: Record<string, unknown> }).properties);
	});
}

export async function findSurvey(id: string): Promise<SurveyRecord | null> {
	return readTx(async (tx) => {
		const r = (await tx.run(`MATCH (s:Survey {id: $id}) RETURN s`, { id })).records[0];
		return r ? toSurvey((r.get('s') as { properties: Record<string, unknown> }).properties) : null;
	});
}

/** Surveys placed in any of these Ambiti or owned by `ownerId`; every survey when `ambitoIds` is null. */
export async function listSurveys(
	ambitoIds: readonly string[] | null,
	ownerId: string
): Promise<SurveyRecord[]> {
	return readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (s:Survey)
			 WHERE $all OR s.ownerId = $ownerId OR any(a IN s.ambitoIds WHERE a IN $ambitoIds)
			 RETURN s ORDER BY s.createdAt DESC`,
			{ all: ambitoIds === null, ambitoIds: ambitoIds ?? [], ownerId }
		);
		return r.records.map((x) =>
			toSurvey((x.get('s') as { properties: Record<string, unknown> }).properties)
		);
	});
}

/**
 * Changes a survey in one transaction; `respondents`, when given, becomes the new list (only
 * before opening: the service checks). `check` runs under the survey's write lock first, so two
 * concurrent changes are judged one after the other. The change also write-locks every respondent
 * before it reads or writes anything else: a save locks its own respondent and only then reads the
 * survey's status (saveAnswers), so a save either commits before a close reads the answers, or
 * waits for the close to commit and finds the survey closed. Never an answer after the snapshot.
 */
export async function changeSurvey(
	id: string,
	check: (s: SurveyRecord) => void,
	set: Partial<SurveyRecord>,
	respondents?: readonly NewRespondent[],
	alsoInTx?: (tx: ManagedTransaction, s: SurveyRecord) => Promise<void>
): Promise<SurveyRecord> {
	return writeTx(async (tx) => {
		const locked = (
			await tx.run(`MATCH (s:Survey {id: $id}) SET s._lock = true REMOVE s._lock RETURN s`, { id })
		).records[0];
		if (!locked) throw new Error(`survey ${id} vanished`);
		// In id order, like every other multi-respondent write, so two of them cannot deadlock.
		await tx.run(
			`MATCH (r:SurveyRespondent {surveyId: $id}) WITH r ORDER BY r.id
			 SET r._lock = true REMOVE r._lock`,
			{ id }
		);
		check(toSurvey((locked.get('s') as { properties: Record<string, unknown> }).properties));
		const r = await tx.run(`MATCH (s:Survey {id: $id}) SET s += $set RETURN s`, { id, set });
		if (respondents) await syncRespondents(tx, id, respondents);
		const after = toSurvey(
			(r.records[0]!.get('s') as { properties: Record<string, unknown> }).properties
		);
		if (alsoInTx) await alsoInTx(tx, after);
		return after;
	});
}

export async function listRespondents(surveyId: string): Promise<RespondentRecord[]> {
	return readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (r:SurveyRespondent {surveyId: $surveyId}) RETURN ${RESPONDENT} AS r`,
			{ surveyId }
		);
		return r.records
			.map((x) => toRespondent(x.get('r') as Record<string, unknown>))
			.sort((a, b) => a.orgName.localeCompare(b.orgName, 'it'));
	});
}

/** Replaces the token hashes of these respondents (a new link: the one before stops working). */
export async function setTokenHashes(
	surveyId: string,
	rows: ReadonlyArray<{ respondentId: string; tokenHash: string }>,
	stampField: 'invitedAt' | 'remindedAt' | null
): Promise<void> {
	await writeTx(
		(tx) =>
			tx.run(
				`UNWIND $rows AS row WITH row ORDER BY row.respondentId
			 MATCH (r:SurveyRespondent {id: row.respondentId, surveyId: $surveyId})
			 SET r.tokenHash = row.tokenHash
			 FOREACH (_ IN CASE WHEN $stamp = 'invitedAt' THEN [1] ELSE [] END | SET r.invitedAt = timestamp())
			 FOREACH (_ IN CASE WHEN $stamp = 'remindedAt' THEN [1] ELSE [] END | SET r.remindedAt = timestamp())`,
				{ surveyId, rows, stamp: stampField }
			),
		NOT_GRAPH
	);
}

export async function findRespondentByTokenHash(
	tokenHash: string
): Promise<{ respondent: RespondentRecord; survey: SurveyRecord } | null> {
	return readTx(async (tx) => {
		const r = (
			await tx.run(
				`MATCH (r:SurveyRespondent {tokenHash: $tokenHash}) MATCH (s:Survey {id: r.surveyId})
				 RETURN ${RESPONDENT} AS r, s`,
				{ tokenHash }
			)
		).records[0];
		if (!r) return null;
		return {
			respondent: toRespondent(r.get('r') as Record<string, unknown>),
			survey: toSurvey((r.get('s') as { properties: Record<string, unknown> }).properties)
		};
	});
}

const ITEMS = [...TRUST_ITEMS, ...VALUE_ITEMS] as const;

function toAnswer(p: Record<string, unknown>): TieAnswer {
	const pick = (keys: readonly string[]) =>
		Object.fromEntries(keys.filter((k) => p[k] != null).map((k) => [k, Number(p[k]) as FourPoint]));
	return {
		fromOrgId: String(p.fromOrgId),
		toOrgId: String(p.toOrgId),
		level: Number(p.level) as CollaborationLevel,
		frequency: (p.frequency as ContactFrequency | null) ?? null,
		trust: pick(TRUST_ITEMS),
		value: pick(VALUE_ITEMS)
	};
}

export class SurveyClosedError extends Error {
	override name = 'SurveyClosedError';
}

/**
 * Saves a respondent's answers in one transaction: each tie MERGEd by (respondent, organisation),
 * the partnership answers set on the respondent, the status moved on (never back from completed).
 * It locks only its respondent, so different respondents save at the same time; closing locks
 * every respondent (changeSurvey), so the status read after the lock is the truth for this save.
 * Answers are read by the survey's own results only, never by a cached result: no data version.
 */
export async function saveAnswers(
	respondentId: string,
	surveyId: string,
	answers: readonly TieAnswer[],
	partnership: Partial<PartnershipAnswer>,
	complete: boolean
): Promise<void> {
	const rows = answers.map((a) => ({
		key: `${respondentId}:${a.toOrgId}`,
		fromOrgId: a.fromOrgId,
		toOrgId: a.toOrgId,
		level: a.level,
		frequency: a.frequency,
		...Object.fromEntries(
			ITEMS.map((k) => [
				k,
				(a.trust as Record<string, number>)[k] ?? (a.value as Record<string, number>)[k] ?? null
			])
		)
	}));
	await writeTx(async (tx) => {
		// Two statements, lock first: within one, the planner may read the survey before the SET.
		await tx.run(
			`MATCH (r:SurveyRespondent {id: $respondentId}) SET r._lock = true REMOVE r._lock`,
			{ respondentId }
		);
		const open = await tx.run(`MATCH (s:Survey {id: $surveyId}) RETURN s.status = 'open' AS open`, {
			surveyId
		});
		if (!open.records[0]?.get('open')) throw new SurveyClosedError();
		await tx.run(
			`UNWIND $rows AS row
			 MERGE (a:SurveyAnswer {key: row.key})
			 SET a += row, a.respondentId = $respondentId, a.surveyId = $surveyId, a.at = timestamp()`,
			{ rows, respondentId, surveyId }
		);
		await tx.run(
			`MATCH (r:SurveyRespondent {id: $respondentId})
			 SET r += $partnership, r.openedAt = coalesce(r.openedAt, timestamp()),
			   r.status = CASE WHEN $complete OR r.status = 'completed' THEN 'completed' ELSE 'started' END,
			   r.completedAt = CASE WHEN $complete THEN coalesce(r.completedAt, timestamp()) ELSE r.completedAt END`,
			{ respondentId, partnership, complete }
		);
	}, NOT_GRAPH);
}

/** The first visit with a personal link: the respondent has opened the survey. */
export async function markOpened(respondentId: string): Promise<void> {
	await writeTx(
		(tx) =>
			tx.run(
				`MATCH (r:SurveyRespondent {id: $respondentId})
			 SET r.openedAt = coalesce(r.openedAt, timestamp()),
			   r.status = CASE WHEN r.status = 'not_opened' THEN 'started' ELSE r.status END`,
				{ respondentId }
			),
		NOT_GRAPH
	);
}

export async function readAnswers(
	respondentId: string
): Promise<{ ties: TieAnswer[]; partnership: PartnershipAnswer }> {
	return readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (r:SurveyRespondent {id: $respondentId})
			 RETURN r {.goals, .decisions, .worth, .achieved, .obstacles} AS p,
			   COLLECT { MATCH (a:SurveyAnswer {respondentId: r.id}) RETURN properties(a) } AS ties`,
			{ respondentId }
		);
		const row = r.records[0];
		return {
			ties: ((row?.get('ties') as Record<string, unknown>[]) ?? []).map(toAnswer),
			partnership: toPartnership((row?.get('p') as Record<string, unknown>) ?? {})
		};
	});
}

function toPartnership(p: Record<string, unknown>): PartnershipAnswer {
	return {
		goals: num(p.goals),
		decisions: num(p.decisions),
		worth: num(p.worth),
		achieved: text(p.achieved),
		obstacles: text(p.obstacles)
	};
}

/** The answers of the respondents who completed, each with its respondent's id (for the export). */
export async function readCompletedAnswers(
	surveyId: string
): Promise<Array<{ respondentId: string; ties: TieAnswer[]; partnership: PartnershipAnswer }>> {
	return readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (r:SurveyRespondent {surveyId: $surveyId, status: 'completed'})
			 RETURN r.id AS id, r {.goals, .decisions, .worth, .achieved, .obstacles} AS p,
			   COLLECT { MATCH (a:SurveyAnswer {respondentId: r.id}) RETURN properties(a) } AS ties`,
			{ surveyId }
		);
		return r.records.map((row) => ({
			respondentId: row.get('id') as string,
			ties: (row.get('ties') as Record<string, unknown>[]).map(toAnswer),
			partnership: toPartnership(row.get('p') as Record<string, unknown>)
		}));
	});
}

/** Every answer of a survey with its respondent's status (the metrics and the export read this). */
export async function readRound(
	tx: ManagedTransaction,
	survey: SurveyRecord
): Promise<SurveyRound & { respondentIds: Map<string, string> }> {
	const r = await tx.run(
		`MATCH (r:SurveyRespondent {surveyId: $id})
		 RETURN r.id AS id, r.orgId AS orgId, r.status AS status,
		   coalesce(head(COLLECT { MATCH (o:Actor {id: r.orgId}) RETURN o.name }), r.orgId) AS name,
		   COLLECT { MATCH (a:SurveyAnswer {respondentId: r.id}) RETURN properties(a) } AS ties`,
		{ id: survey.id }
	);
	const rows = r.records.map((x) => ({
		id: x.get('id') as string,
		orgId: x.get('orgId') as string,
		name: String(x.get('name')),
		status: x.get('status') as RespondentStatus,
		ties: (x.get('ties') as Record<string, unknown>[]).map(toAnswer)
	}));
	return {
		surveyId: survey.id,
		organisations: rows.map((x) => ({ id: x.orgId, name: x.name })),
		respondents: rows.map((x) => ({ orgId: x.orgId, status: x.status })),
		answers: rows.filter((x) => x.status === 'completed').flatMap((x) => x.ties),
		anonymous: survey.anonymous,
		respondentIds: new Map(rows.map((x) => [x.orgId, x.id]))
	};
}

export const readRoundOf = (survey: SurveyRecord) => readTx((tx) => readRound(tx, survey));
