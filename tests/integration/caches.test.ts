// Caches of what is computed from the graph (issue 20): kept while nothing is written, recomputed
// after any write, whoever makes it (the API, another app process, a script through writeTx).
import { Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dataVersion, NOT_GRAPH, readTx, writeTx } from '../../src/lib/server/db/driver';
import { loadEvaluation } from '../../src/lib/evaluation/load';
import { reserveAttempts } from '../../src/lib/server/db/rate-limits';
import { appendWorkshopEvent } from '../../src/lib/server/workshops/event-queries';
import {
	viewBusyActors,
	viewEvaluation,
	viewEvaluations
} from '../../src/lib/server/evaluation/evaluation-service';
import { resolveRubric, scoreProjects } from '../../src/lib/server/evaluation/scorecard-service';
import { territoryTree } from '../../src/lib/server/territory/territory-queries';
import { deskChoices, rankingSheet } from '../../src/lib/server/evaluation/ranking-page';
import { rankingScope } from '../../src/lib/evaluation/desk';
import { warmUp } from '../../src/lib/server/warm-up';
import type { RunOperation } from '../../src/lib/graphql-client';
import {
	createUser,
	findSession,
	logAccess,
	recordLogin
} from '../../src/lib/server/accounts/user-queries';
import {
	endSession,
	hashToken,
	resumeSession,
	startSession
} from '../../src/lib/server/accounts/sessions';
import { closeDriver, connectTestDatabase, ok } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const u = `cache-${Date.now().toString(36)}`;
const CREMA = '019035';
const RUBRIC = 'programmazione-2025-2027';
const projects = [`${u}-1`, `${u}-2`];

beforeAll(async () => {
	await ok(`mutation($i: CallInput!) { createCall(input: $i) { id } }`, {
		i: { id: `${u}-call`, title: `Bando ${u}`, year: 2024 }
	});
	for (const [id, kind] of [
		[`${u}-aps`, 'aps'],
		[`${u}-coop`, 'cooperativa_sociale_a'],
		[`${u}-firm`, 'impresa']
	])
		await ok(`mutation($input: ActorInput!) { createActor(input: $input) { id } }`, {
			input: { id, name: `Ente ${id}`, kind, seatIstat: CREMA }
		});
	for (const id of projects) {
		await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
			i: {
				id,
				title: `Progetto ${id}`,
				callId: `${u}-call`,
				start: '2024-01-01',
				end: '2025-12-31',
				targetComuniIstat: [CREMA],
				status: 'submitted'
			}
		});
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: { id: `${id}-p1`, actorId: `${u}-aps`, projectId: id, role: 'capofila' }
		});
	}
});

/** The scorecard computed now without any cache: the truth a cached one must equal. */
async function fresh(projectId: string) {
	const { scores } = await scoreProjects([projectId], await resolveRubric(RUBRIC));
	return scores[0]!.scorecard;
}

/** A scorecard's scores (one project's page also prices its suggestions, a ranking does not). */
const core = (s: {
	total: number | null;
	criteria: Array<{ id: string; score: number | null }>;
}) => ({
	total: s.total,
	criteria: s.criteria.map((c) => [c.id, c.score])
});

/**
 * Two reads with no write in between (other test files write to the same database: a pair that a
 * foreign write split is read again).
 */
async function twoReadsWithoutWrite<T>(read: () => Promise<T>): Promise<[T, T]> {
	for (let attempt = 0; attempt < 20; attempt++) {
		const before = await dataVersion();
		const pair: [T, T] = [await read(), await read()];
		if ((await dataVersion()) === before) return pair;
	}
	throw new Error('the database never stayed still for two reads');
}

/** The queries `work` runs in read transactions, in this process (the driver is real). */
async function readsOf<T>(work: () => Promise<T>): Promise<{ value: T; queries: string[] }> {
	const queries: string[] = [];
	const original = Session.prototype.executeRead;
	const spy = vi.spyOn(Session.prototype, 'executeRead').mockImplementation(function (
		this: Session,
		read,
		config
	) {
		return original.call(
			this,
			(tx) => {
				const run = tx.run.bind(tx);
				return read(
					Object.assign(Object.create(tx) as typeof tx, {
						run: (query: string, params?: Record<string, unknown>) => {
							queries.push(query);
							return run(query, params);
						}
					})
				);
			},
			config
		);
	} as typeof original);
	try {
		return { value: await work(), queries };
	} finally {
		spy.mockRestore();
	}
}

describe('caches keyed on the data version', () => {
	it('a rate-limit attempt and a workshop room event leave the version alone (no cache reads them)', async () => {
		// Retried when another writer moved the version meanwhile; always moved when they bump it.
		let still = false;
		for (let attempt = 0; attempt < 20 && !still; attempt++) {
			const before = await dataVersion();
			await reserveAttempts([{ key: `${u}-bucket-${attempt}`, max: 5, windowMs: 60_000 }]);
			await appendWorkshopEvent({ id: `${u}-event-${attempt}`, origin: u, payload: '{}' });
			still = (await dataVersion()) === before;
		}
		expect(still).toBe(true);
	});

	it('sign-in, a session extension and sign-out keep a cached ranking; a graph write does not', async () => {
		const user = (await createUser(
			{
				email: `${u}@example.org`,
				name: `Valutatrice ${u}`,
				roles: [],
				ambitoIds: [],
				callIds: [],
				passwordHash: null,
				mustChangePassword: false
			},
			'test'
		))!;
		const ranked = (views: { views: Array<{ projectId: string }> }) =>
			views.views.find((v) => v.projectId === projects[0]);
		// Retried when another file's write moved the version meanwhile.
		let kept = false;
		for (let attempt = 0; attempt < 20 && !kept; attempt++) {
			const before = await dataVersion();
			const cached = await viewEvaluations(projects, RUBRIC);
			const session = await startSession(user.id, 'password');
			await recordLogin(user.id);
			// Ten minutes on, the idle expiry slides forward: a session write on a later request.
			const resumed = await resumeSession(session.token, Date.now() + 10 * 60_000);
			expect(resumed?.viewer.id).toBe(user.id);
			const extended = await findSession(hashToken(session.token));
			expect(extended!.session.expiresAt).toBeGreaterThan(session.expiresAt);
			await logAccess(user.id, user.id, 'users:read');
			await endSession(session.token);
			expect(await findSession(hashToken(session.token))).toBeNull();
			const again = await viewEvaluations(projects, RUBRIC);
			kept = (await dataVersion()) === before && ranked(again) === ranked(cached);
		}
		expect(kept).toBe(true);
		const cached = await viewEvaluations(projects, RUBRIC);
		await writeTx((tx) =>
			tx.run('MATCH (p:Project {id: $id}) SET p.note = 0', { id: projects[0] })
		);
		expect(ranked(await viewEvaluations(projects, RUBRIC))).not.toBe(ranked(cached));
	});

	it('every committed write transaction bumps the version; one rolled back does not', async () => {
		const before = await dataVersion();
		await writeTx((tx) =>
			tx.run('MATCH (p:Project {id: $id}) SET p.note = 1', { id: projects[0] })
		);
		expect(await dataVersion()).toBeGreaterThan(before);
		const committed = await dataVersion();
		await expect(
			writeTx(async (tx) => {
				await tx.run('MATCH (p:Project {id: $id}) SET p.note = 2', { id: projects[0] });
				throw new Error('rolled back');
			})
		).rejects.toThrow('rolled back');
		// Other files may write meanwhile, never this rolled back one: the note is still 1.
		expect(await dataVersion()).toBeGreaterThanOrEqual(committed);
		const note = await readTx(
			async (tx) =>
				(await tx.run('MATCH (p:Project {id: $id}) RETURN p.note AS n', { id: projects[0] }))
					.records[0]!
		);
		expect(note.get('n')).toBe(1);
	});

	it('the version asked for at once is read once, after the asking: a write before is seen', async () => {
		const before = await dataVersion();
		await writeTx((tx) =>
			tx.run('MATCH (p:Project {id: $id}) SET p.note = 1', { id: projects[0] })
		);
		const [a, b] = [dataVersion(), dataVersion()];
		// One read for both (a map page's cached fields ask together, so do concurrent requests).
		expect(b).toBe(a);
		expect(await a).toBeGreaterThan(before);
		// Asked after that read was sent: a read of its own.
		expect(dataVersion()).not.toBe(a);
	});

	it('a ranking is computed once while nothing is written', async () => {
		const [a, b] = await twoReadsWithoutWrite(() => viewEvaluations(projects, RUBRIC));
		expect(a.views).toHaveLength(2);
		// The same objects: the second answer came from the cache.
		expect(b.views.map((v) => v.computed)).toEqual(a.views.map((v) => v.computed));
		b.views.forEach((view, i) => expect(view).toBe(a.views[i]));
	});

	it('a partner added through the API changes the cached ranking and scorecard at once', async () => {
		const before = await viewEvaluations(projects, RUBRIC);
		const single = await viewEvaluation(projects[0]!, RUBRIC);
		for (const [actor, role] of [
			[`${u}-coop`, 'partner'],
			[`${u}-firm`, 'partner']
		])
			await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
				i: { id: `${projects[0]}-${actor}`, actorId: actor, projectId: projects[0], role }
			});
		const after = await viewEvaluations(projects, RUBRIC);
		const changed = after.views.find((v) => v.projectId === projects[0])!;
		const was = before.views.find((v) => v.projectId === projects[0])!;
		expect(changed.computed).not.toEqual(was.computed);
		expect(changed.computed).toEqual(await fresh(projects[0]!));
		expect(core((await viewEvaluation(projects[0]!, RUBRIC)).computed)).toEqual(
			core(changed.computed)
		);
		expect(core(single.computed)).toEqual(core(was.computed));
	});

	it('a write by another process (a plain write transaction) is seen by the next request', async () => {
		const before = await viewEvaluation(projects[0]!, RUBRIC);
		await writeTx((tx) =>
			tx.run(`MATCH (:Actor {id: $a})-[r:PARTNER_IN]->(:Project {id: $p}) DELETE r`, {
				a: `${u}-firm`,
				p: projects[0]
			})
		);
		const after = await viewEvaluation(projects[0]!, RUBRIC);
		expect(core(after.computed)).not.toEqual(core(before.computed));
		expect(core(after.computed)).toEqual(core(await fresh(projects[0]!)));
		const ranked = (await viewEvaluations(projects, RUBRIC)).views.find(
			(v) => v.projectId === projects[0]
		)!;
		expect(core(ranked.computed)).toEqual(core(after.computed));
	});

	it('an evaluator’s adjustment shows in the cached ranking at once', async () => {
		await ok(
			`mutation($p: ID!, $r: ID!) { adjustScore(projectId: $p, rubricId: $r, criterionId: "A", score: 99, reason: "verificato sul posto") { projectId } }`,
			{ p: projects[1], r: RUBRIC }
		);
		const ranked = (await viewEvaluations(projects, RUBRIC)).views.find(
			(v) => v.projectId === projects[1]
		)!;
		expect(ranked.effective.criteria.find((c) => c.id === 'A')?.score).toBe(99);
	});

	it('a cached ranking shows a renamed project at once (its projects are kept with it)', async () => {
		const title = () =>
			ok<{ ranking: { evaluations: Array<{ projectId: string; project: { title: string } }> } }>(
				`query($c: ID, $r: ID) { ranking(callId: $c, rubricId: $r) { evaluations { projectId project { title } } } }`,
				{ c: `${u}-call`, r: RUBRIC }
			).then((d) => d.ranking.evaluations.find((e) => e.projectId === projects[1])!.project.title);
		expect(await title()).toBe(`Progetto ${projects[1]}`);
		await writeTx((tx) =>
			tx.run('MATCH (p:Project {id: $id}) SET p.title = $t', {
				id: projects[1],
				t: `Rinominato ${u}`
			})
		);
		expect(await title()).toBe(`Rinominato ${u}`);
	});

	it('busy actors are kept while nothing is written and follow a new partnership', async () => {
		const call = `${u}-call`;
		const ids = (list: Array<{ id: string }>) => list.map((a) => a.id);
		const [one, again] = await twoReadsWithoutWrite(() => viewBusyActors(2, null, call));
		expect(again).toBe(one);
		expect(ids(one)).toContain(`${u}-aps`);
		expect(ids(one)).not.toContain(`${u}-coop`);
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: {
				id: `${projects[1]}-coop`,
				actorId: `${u}-coop`,
				projectId: projects[1],
				role: 'partner'
			}
		});
		expect(ids(await viewBusyActors(2, null, call))).toContain(`${u}-coop`);
	});

	it('the territory tree follows a renamed Ambito', async () => {
		const [one, again] = await twoReadsWithoutWrite(territoryTree);
		expect(again).toBe(one);
		const ambito = one.ats.flatMap((a) => a.ambiti)[0]!;
		const rename = (name: string) =>
			writeTx((tx) =>
				tx.run('MATCH (a:Ambito {id: $id}) SET a.name = $name', { id: ambito.id, name })
			);
		await rename(`${ambito.name} (${u})`);
		try {
			const renamed = (await territoryTree()).ats
				.flatMap((a) => a.ambiti)
				.find((a) => a.id === ambito.id);
			expect(renamed?.name).toBe(`${ambito.name} (${u})`);
		} finally {
			await rename(ambito.name);
		}
	});

	describe('the ranking page', () => {
		/** The page's operations through the real schema, as an administrator. */
		const run = ((operation: { toString(): string }, variables?: Record<string, unknown>) =>
			ok(operation, variables ?? {})) as RunOperation;
		const scope = { regional: false, callId: `${u}-call`, rubricId: RUBRIC, triennio: null };
		const sheet = () => rankingSheet(run, scope);
		const row = async (id: string) => (await sheet()).rows.find((r) => r.projectId === id)!;
		const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

		it('keeps its rows while nothing is written', async () => {
			const [one, again] = await twoReadsWithoutWrite(sheet);
			expect(again).toBe(one);
			expect(one.rows.map((r) => r.projectId).sort()).toEqual([...projects].sort());
		});

		it('shows a new partner, a renamed actor and an adjustment on the next request', async () => {
			const before = await row(projects[0]!);
			await ok(`mutation($input: ActorInput!) { createActor(input: $input) { id } }`, {
				input: { id: `${u}-firm-2`, name: `Ente ${u}-firm-2`, kind: 'impresa', seatIstat: CREMA }
			});
			await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
				i: {
					id: `${projects[0]}-firm-2`,
					actorId: `${u}-firm-2`,
					projectId: projects[0],
					role: 'partner'
				}
			});
			const partnered = await row(projects[0]!);
			const truth = await fresh(projects[0]!);
			expect(partnered.scores).not.toEqual(before.scores);
			expect(partnered.scores).toEqual(
				Object.fromEntries(truth.criteria.map((c) => [c.id, round(c.score)]))
			);

			// The busy actors beside the ranking: an actor renamed by a plain write transaction.
			await writeTx((tx) =>
				tx.run('MATCH (a:Actor {id: $id}) SET a.name = $name', {
					id: `${u}-aps`,
					name: `Rinominato ${u}-aps`
				})
			);
			expect((await sheet()).busyActors.map((a) => a.name)).toContain(`Rinominato ${u}-aps`);

			await ok(
				`mutation($p: ID!, $r: ID!) { adjustScore(projectId: $p, rubricId: $r, criterionId: "B", score: 42, reason: "visto il verbale") { projectId } }`,
				{ p: projects[0], r: RUBRIC }
			);
			const adjusted = await row(projects[0]!);
			expect(adjusted.scores.B).toBe(42);
			expect(adjusted.adjusted).toEqual(['B']);
		});

		it('is computed at start-up: the first regional ranking page finds it ready', async () => {
			// A reader that must not compute: only a kept answer can satisfy it.
			const refuse = (() => Promise.reject(new Error('computed again'))) as RunOperation;
			let rows = 0;
			for (let attempt = 0; attempt < 20 && !rows; attempt++) {
				const before = await dataVersion();
				await warmUp();
				try {
					const choices = await deskChoices(refuse);
					const regional = rankingScope(new URLSearchParams('vista=regione'), choices, []);
					rows = (await rankingSheet(refuse, regional)).rows.length;
				} catch (error) {
					// Another file wrote since the warm-up (its results are rightly old): warm up again.
					if ((await dataVersion()) === before) throw error;
				}
			}
			expect(rows).toBeGreaterThan(0);
		});
	});

	describe('the scorecard page', () => {
		const run = ((operation: { toString(): string }, variables?: Record<string, unknown>) =>
			ok(operation, variables ?? {})) as RunOperation;
		const setKind = (kind: string) =>
			writeTx(
				(tx) => tx.run('MATCH (a:Actor {id: $id}) SET a.kind = $kind', { id: `${u}-aps`, kind }),
				NOT_GRAPH
			);

		it('shows a partner added after the ranking at once (the ranking’s read is dropped)', async () => {
			const id = projects[1]!;
			const page = () => loadEvaluation(run, id, RUBRIC);
			await viewEvaluations(projects, RUBRIC);
			const before = await page();
			await ok(`mutation($input: ActorInput!) { createActor(input: $input) { id } }`, {
				input: { id: `${u}-odv`, name: `Ente ${u}-odv`, kind: 'odv', seatIstat: CREMA }
			});
			await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
				i: { id: `${id}-odv`, actorId: `${u}-odv`, projectId: id, role: 'partner' }
			});
			const after = await page();
			expect(after.project.partnerships.map((p) => p.actor.id)).toContain(`${u}-odv`);
			expect(core(after.evaluation.computedScorecard)).not.toEqual(
				core(before.evaluation.computedScorecard)
			);
			expect(core(after.evaluation.computedScorecard)).toEqual(core(await fresh(id)));
		});

		it('scores what the ranking read at this data version, without reading the project again', async () => {
			// The capofila taken for a Comune changes the score (its partners are now of two sectors).
			// That change skips the data version (as only writes no cache reads may): unseen by a page
			// that scored the ranking's read, seen by a fresh read. Retried when another file's write
			// moved the version meanwhile (the page then rightly reads again).
			const id = projects[1]!;
			let reused = false;
			for (let attempt = 0; attempt < 20 && !reused; attempt++) {
				const before = await dataVersion();
				const ranked = (await viewEvaluations(projects, RUBRIC)).views.find(
					(v) => v.projectId === id
				)!;
				await setKind('comune');
				try {
					const page = await viewEvaluation(id, RUBRIC);
					const truth = await fresh(id);
					expect(core(truth)).not.toEqual(core(ranked.computed));
					reused =
						(await dataVersion()) === before &&
						JSON.stringify(core(page.computed)) === JSON.stringify(core(ranked.computed));
				} finally {
					await setKind('aps');
				}
			}
			expect(reused).toBe(true);
		});

		it('opened again while nothing is written, reads the data version once and nothing else of the graph', async () => {
			const id = projects[0]!;
			const page = () => loadEvaluation(run, id, RUBRIC);
			const [first, again] = await twoReadsWithoutWrite(async () => {
				await page();
				return readsOf(page);
			});
			// User names are not graph data (an account's name changes without a version): asked anew.
			const graphReads = again.queries.filter((q) => !q.includes('(u:User)'));
			expect(graphReads).toHaveLength(1);
			expect(graphReads[0]).toContain('DataVersion');
			expect(again.value).toEqual(first.value);
		});

		it('keeps its partners and audit trail for the data version and shows the next write at once', async () => {
			const id = projects[0]!;
			const page = () => loadEvaluation(run, id, RUBRIC);
			const partnerName = async () =>
				(await page()).project.partnerships.find((p) => p.actor.id === `${u}-aps`)!.actor.name;
			const rename = (name: string, options?: typeof NOT_GRAPH) =>
				writeTx(
					(tx) => tx.run('MATCH (a:Actor {id: $id}) SET a.name = $name', { id: `${u}-aps`, name }),
					options
				);
			const shown = await partnerName();
			// A rename no cache is told of: a kept page still shows the name it read (retried when
			// another file's write moved the version meanwhile: the page then rightly reads again).
			let kept = false;
			for (let attempt = 0; attempt < 20 && !kept; attempt++) {
				const before = await dataVersion();
				await partnerName();
				await rename(`Non visto ${u}`, NOT_GRAPH);
				try {
					kept = (await partnerName()) === shown && (await dataVersion()) === before;
				} finally {
					await rename(shown, NOT_GRAPH);
				}
			}
			expect(kept).toBe(true);

			await rename(`Rinominato di nuovo ${u}`);
			expect(await partnerName()).toBe(`Rinominato di nuovo ${u}`);
			const audited = (await page()).evaluation.audit.length;
			await ok(
				`mutation($p: ID!, $r: ID!) { adjustScore(projectId: $p, rubricId: $r, criterionId: "C", score: 12, reason: "letto il bilancio") { projectId } }`,
				{ p: id, r: RUBRIC }
			);
			const adjusted = await page();
			expect(adjusted.evaluation.audit).toHaveLength(audited + 1);
			expect(adjusted.evaluation.audit.at(-1)).toMatchObject({
				criterionId: 'C',
				newValue: '12',
				reason: 'letto il bilancio'
			});
		});
	});
});
