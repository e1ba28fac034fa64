import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	closeDriver,
	connectTestDatabase,
	execute,
	ok,
	testViewer,
	type GraphQLResult
} from '../helpers/graphql';
import { ADJUST_SCORE, FINALIZE, REOPEN, SET_NOTES } from '../../src/lib/evaluation/queries';
import { createUser, deleteUser } from '../../src/lib/server/accounts/user-queries';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

/**
 * The evaluation workflow through the real schema and Neo4j. Projects of the 2018 demo call are
 * used (the scoring tests read 2021's), each case on its own project so the cases stay independent.
 */
const CALL = 'demo-call-2018';
const RUBRIC = 'programmazione-2025-2027';
const evaluator = testViewer({
	id: 'eval-test-valutatore',
	name: 'Valutatrice',
	roles: ['valutatore'],
	callIds: [CALL]
});
const outsider = testViewer({
	id: 'eval-test-outsider',
	name: 'Altro valutatore',
	roles: ['valutatore'],
	callIds: ['demo-call-2021']
});

const EVALUATION = `projectId rubricVersion status version notes dataChangedSinceFinal changes { it en }
	adjustments { criterionId score reason by }
	scorecard { total criteria { id score } } computedScorecard { total criteria { id score } }
	audit { at by action criterionId oldValue newValue reason }`;

interface Evaluation {
	projectId: string;
	rubricVersion: number;
	status: string;
	version: number;
	notes: string | null;
	dataChangedSinceFinal: boolean;
	changes: Array<{ it: string; en: string }>;
	adjustments: Array<{ criterionId: string; score: number; reason: string; by: string }>;
	scorecard: { total: number | null; criteria: Array<{ id: string; score: number | null }> };
	computedScorecard: {
		total: number | null;
		criteria: Array<{ id: string; score: number | null }>;
	};
	audit: Array<{
		at: string;
		by: string;
		action: string;
		criterionId: string | null;
		oldValue: string | null;
		newValue: string | null;
		reason: string | null;
	}>;
}

const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;

const read = async (projectId: string, rubricId = RUBRIC) =>
	(
		await ok<{ evaluation: Evaluation }>(
			`query ($p: ID!, $r: ID) { evaluation(projectId: $p, rubricId: $r) { ${EVALUATION} } }`,
			{ p: projectId, r: rubricId },
			evaluator
		)
	).evaluation;

let projects: string[] = [];
beforeAll(async () => {
	const data = await ok<{
		evaluations: Array<{ projectId: string; scorecard: { total: number | null } }>;
	}>(
		`query ($c: ID) { evaluations(callId: $c) { projectId scorecard { total } } }`,
		{ c: CALL },
		evaluator
	);
	projects = data.evaluations.map((e) => e.projectId).sort();
	expect(projects.length).toBeGreaterThanOrEqual(5);
	const totals = data.evaluations.map((e) => e.scorecard.total ?? -1);
	expect(totals).toEqual([...totals].sort((a, b) => b - a));
});

describe('adjusting a score', () => {
	it('needs a written reason', async () => {
		const r = await execute(
			ADJUST_SCORE,
			{ projectId: projects[0], rubricId: RUBRIC, criterionId: 'A', score: 80, reason: '   ' },
			evaluator
		);
		expect(codeOf(r)).toBe('BAD_INPUT');
		expect(r.errors?.[0]?.extensions?.field).toBe('reason');
		expect((await read(projects[0]!)).audit).toEqual([]);
	});

	it('replaces the criterion score, keeps the computed one, and appends to the audit trail in order', async () => {
		const id = projects[0]!;
		const before = await read(id);
		const computedA = before.computedScorecard.criteria.find((c) => c.id === 'A')!.score;
		await ok(
			ADJUST_SCORE,
			{
				projectId: id,
				rubricId: RUBRIC,
				criterionId: 'A',
				score: 91.5,
				reason: 'Rete verificata sul posto',
				expectedVersion: before.version
			},
			evaluator
		);
		const first = await read(id);
		expect(first.scorecard.criteria.find((c) => c.id === 'A')!.score).toBe(91.5);
		expect(first.computedScorecard.criteria.find((c) => c.id === 'A')!.score).toBe(computedA);
		expect(first.adjustments).toEqual([
			{ criterionId: 'A', score: 91.5, reason: 'Rete verificata sul posto', by: evaluator.id }
		]);
		expect(first.version).toBe(before.version + 1);

		await ok(
			ADJUST_SCORE,
			{
				projectId: id,
				rubricId: RUBRIC,
				criterionId: 'A',
				score: 70,
				reason: 'Ricontrollato',
				expectedVersion: first.version
			},
			evaluator
		);
		await ok(
			SET_NOTES,
			{
				projectId: id,
				rubricId: RUBRIC,
				notes: 'Visita del 3 marzo',
				expectedVersion: first.version + 1
			},
			evaluator
		);
		await ok(
			ADJUST_SCORE,
			{
				projectId: id,
				rubricId: RUBRIC,
				criterionId: 'A',
				score: null,
				reason: 'Torno al calcolato',
				expectedVersion: first.version + 2
			},
			evaluator
		);
		const last = await read(id);
		// Append-only: what was there is still there, unchanged and first.
		expect(last.audit.slice(0, first.audit.length)).toEqual(first.audit);
		expect(
			last.audit.map((a) => [a.action, a.criterionId, a.oldValue, a.newValue, a.reason])
		).toEqual([
			['adjust', 'A', String(computedA), '91.5', 'Rete verificata sul posto'],
			['adjust', 'A', '91.5', '70', 'Ricontrollato'],
			['notes', null, null, 'Visita del 3 marzo', null],
			['clear_adjustment', 'A', '70', String(computedA), 'Torno al calcolato']
		]);
		expect(last.audit.map((a) => a.at)).toEqual([...last.audit.map((a) => a.at)].sort());
		expect(last.audit.every((a) => a.by === evaluator.id)).toBe(true);
		expect(last.adjustments).toEqual([]);
		expect(last.scorecard.total).toBe(last.computedScorecard.total);
	});

	it('refuses a stale expectedVersion with CONFLICT', async () => {
		const id = projects[1]!;
		const now = await read(id);
		await ok(
			ADJUST_SCORE,
			{
				projectId: id,
				rubricId: RUBRIC,
				criterionId: 'B',
				score: 50,
				reason: 'Prima',
				expectedVersion: now.version
			},
			evaluator
		);
		const stale = await execute(
			ADJUST_SCORE,
			{
				projectId: id,
				rubricId: RUBRIC,
				criterionId: 'B',
				score: 60,
				reason: 'Seconda',
				expectedVersion: now.version
			},
			evaluator
		);
		expect(codeOf(stale)).toBe('CONFLICT');
		expect((await read(id)).adjustments.map((a) => a.score)).toEqual([50]);
	});

	it('is FORBIDDEN to an evaluator not assigned to the call, and needs a sign-in', async () => {
		const args = {
			projectId: projects[1],
			rubricId: RUBRIC,
			criterionId: 'B',
			score: 10,
			reason: 'Non mio'
		};
		expect(codeOf(await execute(ADJUST_SCORE, args, outsider))).toBe('FORBIDDEN');
		expect(
			codeOf(await execute(FINALIZE, { projectId: projects[1], rubricId: RUBRIC }, outsider))
		).toBe('FORBIDDEN');
		expect(codeOf(await execute(ADJUST_SCORE, args, null))).toBe('UNAUTHENTICATED');
	});
});

describe('a final evaluation', () => {
	it('says when the data changed after it, names the change, and never rescores silently', async () => {
		const id = projects[2]!;
		const start = await read(id);
		await ok(
			ADJUST_SCORE,
			{
				projectId: id,
				rubricId: RUBRIC,
				criterionId: 'C',
				score: 66,
				reason: 'Collaborazioni documentate',
				expectedVersion: start.version
			},
			evaluator
		);
		await ok(
			FINALIZE,
			{ projectId: id, rubricId: RUBRIC, expectedVersion: start.version + 1 },
			evaluator
		);
		const signed = await read(id);
		expect(signed.status).toBe('final');
		expect(signed.dataChangedSinceFinal).toBe(false);

		// A partner from another project joins this one.
		const other = await ok<{
			project: { partnerships: Array<{ actor: { id: string; name: string } }> };
		}>(
			`query ($id: ID!) { project(id: $id) { partnerships { actor { id name } } } }`,
			{ id: projects[3] },
			testViewer()
		);
		const mine = await ok<{ project: { partnerships: Array<{ actor: { id: string } }> } }>(
			`query ($id: ID!) { project(id: $id) { partnerships { actor { id } } } }`,
			{ id },
			testViewer()
		);
		const taken = new Set(mine.project.partnerships.map((p) => p.actor.id));
		const newcomer = other.project.partnerships.map((p) => p.actor).find((a) => !taken.has(a.id))!;
		const created = await ok<{ createPartnership: { id: string } }>(
			`mutation ($input: PartnershipInput!) { createPartnership(input: $input) { id } }`,
			{
				input: {
					actorId: newcomer.id,
					projectId: id,
					role: 'partner',
					commitments: [{ type: 'money', amount: 5000, source: 'private' }]
				}
			},
			testViewer()
		);
		try {
			const changed = await read(id);
			expect(changed.dataChangedSinceFinal).toBe(true);
			expect(changed.changes.map((c) => c.it).join('\n')).toContain(
				`Nuovo partner: ${newcomer.name}`
			);
			// The signed scorecard still counts, adjustment included; the recomputation is beside it.
			expect(changed.scorecard).toEqual(signed.scorecard);
			expect(changed.scorecard.criteria.find((c) => c.id === 'C')!.score).toBe(66);
			expect(changed.status).toBe('final');
			// A final evaluation cannot be adjusted without reopening it (with a reason).
			const blocked = await execute(
				ADJUST_SCORE,
				{ projectId: id, rubricId: RUBRIC, criterionId: 'A', score: 1, reason: 'x' },
				evaluator
			);
			expect(codeOf(blocked)).toBe('CONFLICT');
			const noReason = await execute(
				REOPEN,
				{ projectId: id, rubricId: RUBRIC, reason: '' },
				evaluator
			);
			expect(codeOf(noReason)).toBe('BAD_INPUT');
		} finally {
			await ok(
				`mutation ($id: ID!) { deletePartnership(id: $id) }`,
				{ id: created.createPartnership.id },
				testViewer()
			);
		}
		const restored = await read(id);
		expect(restored.dataChangedSinceFinal).toBe(false);
		expect(restored.audit.map((a) => a.action)).toEqual(['adjust', 'finalize']);
	});

	it('keeps the rubric version it was signed on when a new version is saved', async () => {
		const rubricId = 'eval-test-rubric';
		const criteria = (weightA: number) =>
			['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => ({ id: c, weight: c === 'A' ? weightA : 10 }));
		const save = (weightA: number) =>
			ok<{ saveRubric: { version: number } }>(
				`mutation ($input: RubricInput!) { saveRubric(input: $input) { version } }`,
				{
					input: {
						id: rubricId,
						nameIt: 'Prova',
						nameEn: 'Test',
						basedOn: RUBRIC,
						criteria: criteria(weightA)
					}
				},
				testViewer()
			);
		const v1 = (await save(10)).saveRubric.version;
		const id = projects[4]!;
		await ok(FINALIZE, { projectId: id, rubricId }, evaluator);
		const signed = await read(id, rubricId);
		expect(signed.rubricVersion).toBe(v1);

		const v2 = (await save(90)).saveRubric.version;
		expect(v2).toBe(v1 + 1);
		const after = await read(id, rubricId);
		expect(after.rubricVersion).toBe(v1);
		expect(after.scorecard).toEqual(signed.scorecard);
		expect(after.computedScorecard.total).toBe(signed.computedScorecard.total);
		// In the ranking too, the project stays on the version it was signed on.
		const ranking = await ok<{ evaluations: Array<{ projectId: string; rubricVersion: number }> }>(
			`query ($c: ID, $r: ID) { evaluations(callId: $c, rubricId: $r) { projectId rubricVersion } }`,
			{ c: CALL, r: rubricId },
			evaluator
		);
		const versions = new Map(ranking.evaluations.map((e) => [e.projectId, e.rubricVersion]));
		expect(versions.get(id)).toBe(v1);
		expect(versions.get(projects[3]!)).toBe(v2);
	});
});

describe('organisations committed to many projects', () => {
	it('lists actors in at least N projects of one triennio', async () => {
		const data = await ok<{
			busyActors: Array<{ id: string; projectCount: number; projectTitles: string[] }>;
		}>(
			`{ busyActors(minProjects: 2) { id projectCount ambitoCount projectTitles } }`,
			{},
			evaluator
		);
		for (const a of data.busyActors) {
			expect(a.projectCount).toBeGreaterThanOrEqual(2);
			expect(a.projectTitles).toHaveLength(a.projectCount);
		}
	});
});

describe('who acted, by name', () => {
	it('names the evaluator in adjustments, the audit trail and the final stamp; a deleted user is no name', async () => {
		const person = (await createUser(
			{
				email: 'chiara.rossi@valutazione.test',
				name: 'Chiara Rossi',
				roles: ['valutatore'],
				ambitoIds: [],
				callIds: [CALL],
				passwordHash: null,
				mustChangePassword: false
			},
			'test'
		))!;
		const chiara = testViewer({
			id: person.id,
			name: person.name,
			roles: ['valutatore'],
			callIds: [CALL]
		});
		const id = projects[0]!;
		const named = async () =>
			(
				await ok<{
					evaluation: {
						version: number;
						finalizedByName: string | null;
						adjustments: Array<{ by: string; byName: string | null }>;
						audit: Array<{ by: string; byName: string | null }>;
					};
				}>(
					`query ($p: ID!, $r: ID) { evaluation(projectId: $p, rubricId: $r) {
						version finalizedByName adjustments { by byName } audit { by byName } } }`,
					{ p: id, r: RUBRIC },
					chiara
				)
			).evaluation;
		const before = await named();
		await ok(
			ADJUST_SCORE,
			{
				projectId: id,
				rubricId: RUBRIC,
				criterionId: 'B',
				score: 64,
				reason: 'Verificato',
				expectedVersion: before.version
			},
			chiara
		);
		await ok(
			FINALIZE,
			{ projectId: id, rubricId: RUBRIC, expectedVersion: before.version + 1 },
			chiara
		);
		const after = await named();
		expect(after.finalizedByName).toBe('Chiara Rossi');
		expect(after.adjustments).toEqual([{ by: person.id, byName: 'Chiara Rossi' }]);
		expect(after.audit.slice(-2)).toEqual([
			{ by: person.id, byName: 'Chiara Rossi' },
			{ by: person.id, byName: 'Chiara Rossi' }
		]);
		// The earlier entries were made by a test viewer that is no account.
		expect(after.audit[0]).toEqual({ by: evaluator.id, byName: null });

		expect(await deleteUser(person.id)).toEqual({ ok: true });
		const gone = await named();
		expect(gone.finalizedByName).toBeNull();
		expect(gone.audit.slice(-1)).toEqual([{ by: person.id, byName: null }]);
	});
});
