import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { readDocument } from '../../src/lib/server/network/document-queries';
import { partnershipSnapshot } from '../../src/lib/server/evaluation/snapshot-queries';
import { closeDriver, connectTestDatabase, execute, ok } from '../helpers/graphql';

/** The project dossier through GraphQL (issue 15): sections saved alone, versions, field errors. */
const P = `dos-${Date.now().toString(36)}`;
const CREMA = '019035';
const RUBRIC = 'programmazione-2025-2027';

const PROJECT = `id version funder fundingEnd leps budgetEur grantRequestedEur grantAwardedEur
	coDesign { procedure date act }
	sustainability { what carriedByActorIds carriedBy { name } resources committedUntil }
	transferability { what documentedWhere } needs targetGroups
	indicators { name kind baseline target measured }
	partnerships { id version declaredMembers { kind count } } actions { id phases }`;

type Project = {
	id: string;
	version: number;
	funder: string | null;
	leps: string[] | null;
	budgetEur: number | null;
	grantAwardedEur: number | null;
	coDesign: { procedure: string; date: string | null; act: string | null } | null;
	sustainability: {
		what: string;
		carriedByActorIds: string[];
		carriedBy: { name: string }[];
	} | null;
	transferability: { what: string } | null;
	needs: string[];
	indicators: Array<{ name: string; kind: string }>;
	partnerships: Array<{
		id: string;
		version: number;
		declaredMembers: { kind: string; count: number }[];
	}>;
	actions: Array<{ id: string; phases: string[] }>;
};

const section = (name: string) =>
	`mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${PROJECT} } }`;
const read = async (id: string) =>
	(await ok<{ project: Project }>(`query($id: ID!) { project(id: $id) { ${PROJECT} } }`, { id }))
		.project;

/** Two projects alike but for the dossier: the bare one and the one with every section filled. */
async function createPair() {
	await ok(`mutation($i: ActorInput!) { createActor(input: $i) { id } }`, {
		i: {
			id: `${P}-coop`,
			name: `Cooperativa ${P}`,
			kind: 'cooperativa_sociale_a',
			seatIstat: CREMA
		}
	});
	const comune = await readTx(
		async (tx) =>
			(
				await tx.run('MATCH (c:Comune {istat: $istat}) RETURN c.id AS id', { istat: CREMA })
			).records[0]!.get('id') as string
	);
	for (const id of [`${P}-bare`, `${P}-full`]) {
		await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
			i: {
				id,
				title: `Welfare in azione ${id}`,
				start: '2024-01-01',
				end: '2026-12-31',
				policyAreas: ['home_care'],
				targetComuniIstat: [CREMA],
				status: 'running'
			}
		});
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: { id: `${id}-p1`, actorId: comune, projectId: id, role: 'capofila' }
		});
		await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
			i: { id: `${id}-p2`, actorId: `${P}-coop`, projectId: id, role: 'partner' }
		});
		await ok(`mutation($i: ActionInput!) { createAction(input: $i) { id } }`, {
			i: {
				id: `${id}-a1`,
				projectId: id,
				title: 'Sportello',
				// The cooperative alone: co-design (K) then rests on the procedure the dossier records.
				responsibleActorIds: [`${P}-coop`]
			}
		});
	}
	return comune;
}

let comune = '';
beforeAll(async () => {
	await connectTestDatabase();
	comune = await createPair();
});
afterAll(async () => {
	await writeTx((tx) => tx.run('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P }));
	await closeDriver();
});

describe('the project dossier, section by section', () => {
	const id = `${P}-full`;

	it('saves each section alone, each bumping the version, and reads it back', async () => {
		let v = (await read(id)).version;
		const save = async (name: string, fields: Record<string, unknown>) => {
			const data = await ok<Record<string, Project>>(section(name), {
				input: { id, expectedVersion: v, ...fields }
			});
			expect(data[name]!.version).toBe(v + 1);
			v = data[name]!.version;
			return data[name]!;
		};
		await save('updateProjectIdentity', {
			title: `Welfare in azione ${id}`,
			funder: 'fondazione_cariplo',
			start: '2024-01-01',
			end: '2026-12-31',
			fundingEnd: '2026-06-30',
			status: 'running',
			policyAreas: ['home_care'],
			leps: ['dimissioni_protette'],
			targetComuniIstat: [CREMA]
		});
		await save('updateProjectResources', {
			budgetEur: 2_300_000,
			grantRequestedEur: 1_000_000,
			grantAwardedEur: 900_000
		});
		await save('updateProjectCoDesign', {
			coDesign: { procedure: 'co_progettazione', date: '2023-05-10', act: 'Determina 12/2023' }
		});
		await save('updateProjectAfterFunding', {
			sustainability: {
				what: 'Lo sportello resta aperto',
				carriedByActorIds: [comune],
				resources: 'Fondo dell’Ambito',
				committedUntil: '2028-12-31'
			},
			transferability: { what: 'Il modello di presa in carico', documentedWhere: 'Rapporto finale' }
		});
		const last = await save('updateProjectOutcomes', {
			needs: ['Solitudine degli anziani', ' '],
			targetGroups: ['Anziani soli'],
			indicators: [
				{ name: 'Persone raggiunte', kind: 'quantitative', baseline: '0', target: '120' }
			]
		});
		expect(last).toMatchObject({
			funder: 'fondazione_cariplo',
			leps: ['dimissioni_protette'],
			budgetEur: 2_300_000,
			grantAwardedEur: 900_000,
			coDesign: { procedure: 'co_progettazione', date: '2023-05-10', act: 'Determina 12/2023' },
			sustainability: { what: 'Lo sportello resta aperto', carriedByActorIds: [comune] },
			transferability: { what: 'Il modello di presa in carico' },
			needs: ['Solitudine degli anziani'],
			indicators: [{ name: 'Persone raggiunte', kind: 'quantitative' }]
		});
		expect(last.sustainability!.carriedBy).toHaveLength(1);
	});

	it('refuses a stale version with CONFLICT and writes nothing', async () => {
		const before = await read(id);
		const r = await execute(section('updateProjectResources'), {
			input: { id, expectedVersion: before.version - 1, budgetEur: 1 }
		});
		expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
		expect(r.errors?.[0]?.message).toMatch(/modificato da altri/);
		expect((await read(id)).budgetEur).toBe(before.budgetEur);
	});

	it('names the wrong field in Italian, and saves nothing', async () => {
		const before = await read(id);
		const r = await execute(section('updateProjectResources'), {
			input: { id, expectedVersion: before.version, budgetEur: 100, grantAwardedEur: 900_000 }
		});
		expect(r.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		const problems = r.errors![0]!.extensions!.problems as Array<{
			field: string;
			message: string;
		}>;
		expect(problems.map((p) => p.field)).toEqual(['input.grantAwardedEur']);
		expect(problems[0]!.message).toMatch(/^supera il costo complessivo/);
		const wrongDate = await execute(section('updateProjectCoDesign'), {
			input: {
				id,
				expectedVersion: before.version,
				coDesign: { procedure: 'altro', date: '10/05/2023' }
			}
		});
		const dateProblems = wrongDate.errors![0]!.extensions!.problems as Array<{ field: string }>;
		expect(dateProblems.map((p) => p.field)).toEqual(['input.coDesign.date']);
		expect((await read(id)).version).toBe(before.version);
	});

	it('keeps the dossier when the project is updated by a client that does not send it', async () => {
		const before = await read(id);
		await ok(`mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }`, {
			i: {
				id,
				expectedVersion: before.version,
				title: 'Rinominato',
				targetComuniIstat: [CREMA],
				budgetEur: before.budgetEur
			}
		});
		const after = await read(id);
		expect(after).toMatchObject({
			funder: before.funder,
			leps: before.leps,
			coDesign: before.coDesign,
			sustainability: { what: before.sustainability!.what },
			needs: before.needs
		});
	});

	it('keeps declared members and phases, and writes them when given', async () => {
		const ptn = (await read(id)).partnerships.find((p) => p.id === `${id}-p2`)!;
		await ok(`mutation($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { id } }`, {
			i: {
				id: ptn.id,
				expectedVersion: ptn.version,
				actorId: `${P}-coop`,
				projectId: id,
				role: 'partner',
				declaredMembers: [
					{ kind: 'comune', count: 13 },
					{ kind: 'cooperativa_sociale_a', count: 11 }
				]
			}
		});
		const again = (await read(id)).partnerships.find((p) => p.id === ptn.id)!;
		await ok(`mutation($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { id } }`, {
			i: {
				id: ptn.id,
				expectedVersion: again.version,
				actorId: `${P}-coop`,
				projectId: id,
				role: 'partner'
			}
		});
		const kept = (await read(id)).partnerships.find((p) => p.id === ptn.id)!;
		expect(kept.declaredMembers).toEqual([
			{ kind: 'comune', count: 13 },
			{ kind: 'cooperativa_sociale_a', count: 11 }
		]);
		const action = await ok<{ updateAction: { phases: string[]; version: number } }>(
			`mutation($i: UpdateActionInput!) { updateAction(input: $i) { phases version } }`,
			{
				i: {
					id: `${id}-a1`,
					expectedVersion: 1,
					projectId: id,
					title: 'Sportello',
					responsibleActorIds: [comune, `${P}-coop`],
					phases: ['progettazione', 'realizzazione']
				}
			}
		);
		expect(action.updateAction.phases).toEqual(['progettazione', 'realizzazione']);
	});

	it('exports the dossier in the interchange document', async () => {
		const doc = await readTx((tx) => readDocument(tx));
		const project = doc.projects.find((p) => p.id === id)!;
		expect(project.funder).toBe('fondazione_cariplo');
		expect(project.coDesign?.procedure).toBe('co_progettazione');
		const bare = doc.projects.find((p) => p.id === `${P}-bare`)!;
		expect('funder' in bare).toBe(false);
	});
});

describe('the scoring reads the dossier (issue 15 → 16)', () => {
	it('puts the project’s dossier, declared members and phases in the snapshot', async () => {
		const snapshot = (await partnershipSnapshot(`${P}-full`))!;
		expect(snapshot.project).toMatchObject({
			funder: 'fondazione_cariplo',
			budgetEur: 2_300_000,
			grantAwardedEur: 900_000,
			leps: ['dimissioni_protette'],
			coDesign: { procedure: 'co_progettazione' },
			sustainability: { carriedByActorIds: [comune] }
		});
		expect(snapshot.partners.find((p) => p.actorId === `${P}-coop`)?.declaredMembers).toEqual([
			{ kind: 'comune', count: 13 },
			{ kind: 'cooperativa_sociale_a', count: 11 }
		]);
		expect(snapshot.actions[0]?.phases).toEqual(['progettazione', 'realizzazione']);
		const bare = (await partnershipSnapshot(`${P}-bare`))!;
		expect(bare.project.coDesign).toBeNull();
		expect('leps' in bare.project).toBe(false);
		expect(bare.actions[0] && 'phases' in bare.actions[0]).toBe(false);
	});

	it('scores the filled dossier differently on the criteria that use it, via GraphQL', async () => {
		const scores = async (projectId: string) => {
			const data = await ok<{
				scorecard: { criteria: Array<{ id: string; score: number | null; assessable: boolean }> };
			}>(
				`{ scorecard(projectId: "${projectId}", rubricId: "${RUBRIC}") { criteria { id score assessable } } }`
			);
			return Object.fromEntries(data.scorecard.criteria.map((c) => [c.id, c]));
		};
		const bare = await scores(`${P}-bare`);
		const full = await scores(`${P}-full`);
		// Sustainability, transferability, LEPS: not assessable without the dossier.
		for (const criterion of ['H', 'I', 'J']) {
			expect(bare[criterion]!.assessable, criterion).toBe(false);
			expect(full[criterion]!.assessable, criterion).toBe(true);
			expect(full[criterion]!.score, criterion).toBeGreaterThan(0);
		}
		// Co-design: the joint actions are read either way; the art. 55 procedure adds to them.
		expect(full.K!.score!).toBeGreaterThan(bare.K!.score ?? 0);
		// Phases: the action's phases recorded make L more than the policy areas alone.
		expect(full.L!.score!).toBeGreaterThan(bare.L!.score ?? 0);
	});
});
