import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, connectTestDatabase, execute, ok } from '../helpers/graphql';

beforeAll(connectTestDatabase);
afterAll(closeDriver);

const CREMA = '019035';
const CREMASCO = 'ambito-ambito-distrettuale-cremasco';
const unique = `t${Date.now().toString(36)}`;

const CREATE_ACTOR = `mutation($input: ActorInput!) { createActor(input: $input) { id name kind sector seatIstat seatName version provenance { createdBy source version } } }`;

describe('actors: create, search, update with versions, delete', () => {
	let id = '';
	it('creates an actor seated in a real Comune, with sector derived from kind and provenance', async () => {
		const data = await ok<{
			createActor: {
				id: string;
				sector: string;
				seatName: string;
				version: number;
				provenance: { source: string };
			};
		}>(CREATE_ACTOR, {
			input: {
				name: `Società Cooperativa Sociale Àncora ${unique}`,
				kind: 'cooperativa_sociale_a',
				seatIstat: CREMA,
				tags: ['minori']
			}
		});
		id = data.createActor.id;
		expect(data.createActor.sector).toBe('third_sector');
		expect(data.createActor.seatName).toBe('Crema');
		expect(data.createActor.version).toBe(1);
		expect(data.createActor.provenance.source).toBe('form');
	});

	it('finds it accent- and case-insensitively, by prefix and with a typo', async () => {
		const query = `query($s: String!) { actors(search: $s, first: 5) { totalCount edges { node { id } } } }`;
		for (const search of [`ancora ${unique}`, `ÀNCO ${unique}`, `societa ancroa ${unique}`]) {
			const data = await ok<{ actors: { edges: Array<{ node: { id: string } }> } }>(query, {
				s: search
			});
			expect(
				data.actors.edges.map((e) => e.node.id),
				search
			).toContain(id);
		}
	});

	it('finds a Comune written as "Comune di …" (its stored name is the bare name)', async () => {
		const query = `query($s: String!) { actors(search: $s, first: 8, includeTerritorial: true) { edges { node { id } } } }`;
		for (const search of ['Comune di Crema', 'comune crema']) {
			const data = await ok<{ actors: { edges: Array<{ node: { id: string } }> } }>(query, {
				s: search
			});
			expect(
				data.actors.edges.map((e) => e.node.id),
				search
			).toContain('comune-019035');
		}
	});

	it('filters by sector and Ambito, and pages with cursors', async () => {
		const query = `query($after: String) { actors(sectors: [third_sector], ambitoId: "${CREMASCO}", first: 1, after: $after) {
			totalCount pageInfo { hasNextPage endCursor } edges { node { id sector } } } }`;
		const first = await ok<{
			actors: {
				totalCount: number;
				pageInfo: { hasNextPage: boolean; endCursor: string };
				edges: Array<{ node: { id: string; sector: string } }>;
			};
		}>(query);
		expect(first.actors.totalCount).toBeGreaterThanOrEqual(1);
		expect(first.actors.edges.every((e) => e.node.sector === 'third_sector')).toBe(true);
		if (first.actors.pageInfo.hasNextPage) {
			const second = await ok<typeof first>(query, { after: first.actors.pageInfo.endCursor });
			expect(second.actors.edges[0]?.node.id).not.toBe(first.actors.edges[0]?.node.id);
		}
	});

	it('refuses a stale version with CONFLICT and keeps the data', async () => {
		const update = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { name version } }`;
		const input = {
			id,
			expectedVersion: 1,
			name: `Àncora rinominata ${unique}`,
			kind: 'cooperativa_sociale_a',
			seatIstat: CREMA
		};
		const first = await ok<{ updateActor: { version: number } }>(update, { input });
		expect(first.updateActor.version).toBe(2);
		const stale = await execute(update, { input: { ...input, name: 'altro' } });
		expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
		const read = await ok<{ actor: { name: string } }>(`query { actor(id: "${id}") { name } }`);
		expect(read.actor.name).toBe(`Àncora rinominata ${unique}`);
	});

	it('names the field of bad input: unknown Comune, bad codice fiscale, territorial kind', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ name: 'X', kind: 'odv', seatIstat: '999999' }, 'input.seatIstat'],
			[{ name: 'X', kind: 'odv', taxCode: '12345678901' }, 'input.taxCode'],
			[{ name: 'X', kind: 'comune' }, 'input.kind'],
			[{ name: '', kind: 'odv' }, 'input.name'],
			[{ name: 'x'.repeat(301), kind: 'odv' }, 'input.name']
		];
		for (const [input, field] of cases) {
			const result = await execute(CREATE_ACTOR, { input });
			expect(result.errors?.[0]?.extensions?.code, field).toBe('BAD_INPUT');
			expect(result.errors?.[0]?.extensions?.field).toBe(field);
		}
	});

	it('deletes the actor but never a territorial body', async () => {
		await ok(`mutation { deleteActor(id: "${id}") }`);
		expect((await ok<{ actor: null }>(`query { actor(id: "${id}") { id } }`)).actor).toBeNull();
		const refused = await execute(`mutation { deleteActor(id: "comune-${CREMA}") }`);
		expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		const missing = await execute(`mutation { deleteActor(id: "${id}") }`);
		expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
	});
});

describe('a project with its partnership, actions and history', () => {
	const ids = {
		a: `${unique}-a`,
		b: `${unique}-b`,
		call: `${unique}-call`,
		p1: `${unique}-p1`,
		p2: `${unique}-p2`
	};

	beforeAll(async () => {
		await ok(CREATE_ACTOR, {
			input: { id: ids.a, name: `APS Alfa ${unique}`, kind: 'aps', seatIstat: CREMA }
		});
		await ok(CREATE_ACTOR, {
			input: { id: ids.b, name: `Impresa Beta ${unique}`, kind: 'impresa', seatIstat: CREMA }
		});
		await ok(`mutation($i: CallInput!) { createCall(input: $i) { id } }`, {
			i: { id: ids.call, title: `Bando ${unique}`, year: 2021 }
		});
		for (const [pid, start, end] of [
			[ids.p1, '2018-01-01', '2020-12-31'],
			[ids.p2, '2021-01-01', '2023-12-31']
		] as const) {
			await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
				i: {
					id: pid,
					title: `Progetto ${pid}`,
					callId: ids.call,
					start,
					end,
					policyAreas: ['family'],
					targetAmbitoIds: [CREMASCO],
					targetComuniIstat: [CREMA],
					status: 'funded'
				}
			});
			await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
				i: {
					id: `${pid}-a`,
					actorId: ids.a,
					projectId: pid,
					role: 'capofila',
					commitments: [{ type: 'money', amount: 1000, source: 'private' }]
				}
			});
			await ok(`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`, {
				i: {
					id: `${pid}-b`,
					actorId: ids.b,
					projectId: pid,
					role: 'partner',
					commitments: [
						{
							type: 'staff_hours',
							amount: 40,
							valueEur: 1200,
							source: 'private',
							beyondFunding: true
						}
					]
				}
			});
		}
		await ok(`mutation($i: ActionInput!) { createAction(input: $i) { id } }`, {
			i: {
				id: `${unique}-az1`,
				projectId: ids.p2,
				title: 'Sportello famiglie',
				responsibleActorIds: [ids.a, ids.b]
			}
		});
		await ok(`mutation($i: CollaborationInput!) { createCollaboration(input: $i) { id } }`, {
			i: {
				id: `${unique}-col`,
				actorAId: ids.a,
				actorBId: ids.b,
				since: '2017-03-01',
				strength: 4,
				trust: 5,
				source: 'survey'
			}
		});
	});

	it('reads the project with partnership, commitments, actions and call', async () => {
		const data = await ok<{
			project: {
				call: { id: string };
				partnerships: Array<{
					role: string;
					actor: { id: string };
					commitments: Array<{ valueEur: number }>;
				}>;
				actions: Array<{ responsible: Array<{ id: string }> }>;
			};
		}>(
			`query { project(id: "${ids.p2}") { call { id } partnerships { role actor { id } commitments { valueEur } } actions { responsible { id } } } }`
		);
		expect(data.project.call.id).toBe(ids.call);
		expect(data.project.partnerships.map((p) => p.role)).toEqual(['capofila', 'partner']);
		expect(data.project.partnerships[0]!.commitments[0]!.valueEur).toBe(1000);
		expect(data.project.actions[0]!.responsible.map((a) => a.id).sort()).toEqual(
			[ids.a, ids.b].sort()
		);
	});

	it('tells the collaboration history of two actors, in both orders', async () => {
		for (const [x, y] of [
			[ids.a, ids.b],
			[ids.b, ids.a]
		]) {
			const data = await ok<{
				collaborationHistory: {
					collaborations: Array<{ strength: number }>;
					sharedProjects: Array<{ projectId: string }>;
				};
			}>(
				`query { collaborationHistory(actorAId: "${x}", actorBId: "${y}") { collaborations { strength } sharedProjects { projectId } } }`
			);
			expect(data.collaborationHistory.collaborations.map((c) => c.strength)).toEqual([4]);
			expect(data.collaborationHistory.sharedProjects.map((p) => p.projectId)).toEqual([
				ids.p1,
				ids.p2
			]);
		}
	});

	it('draws the ego network and the Ambito network', async () => {
		const ego = await ok<{
			egoNetwork: { nodes: Array<{ id: string; type: string }>; edges: Array<{ type: string }> };
		}>(`query { egoNetwork(actorId: "${ids.a}", depth: 1) { nodes { id type } edges { type } } }`);
		const egoIds = ego.egoNetwork.nodes.map((n) => n.id);
		expect(egoIds).toEqual(expect.arrayContaining([ids.a, ids.b, ids.p1, ids.p2]));
		expect(ego.egoNetwork.edges.map((e) => e.type)).toEqual(
			expect.arrayContaining(['PARTNER_IN', 'COLLABORATES_WITH'])
		);

		const amb = await ok<{
			ambitoNetwork: {
				truncated: boolean;
				nodes: Array<{ id: string; kind: string | null }>;
				edges: Array<{ type: string; source: string; target: string }>;
			};
		}>(
			// The whole map: other test files may have grown the Ambito past the default 5,000 nodes.
			`query { ambitoNetwork(ambitoId: "${CREMASCO}", maxNodes: 20000) { truncated nodes { id kind } edges { type source target } } }`
		);
		const nodeIds = new Set(amb.ambitoNetwork.nodes.map((n) => n.id));
		expect(amb.ambitoNetwork.truncated).toBe(false);
		expect(amb.ambitoNetwork.nodes.filter((n) => n.kind === 'comune')).toHaveLength(48);
		for (const id of [ids.a, ids.p2, 'asst-030726'])
			expect(nodeIds.has(id), `${id} among ${nodeIds.size} nodes`).toBe(true);
		expect(
			amb.ambitoNetwork.edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))
		).toBe(true);

		// Capped: the first nodes (the Ambito and its territory come first), only edges among them.
		const capped = await ok<{
			ambitoNetwork: {
				truncated: boolean;
				nodes: Array<{ id: string }>;
				edges: Array<{ source: string; target: string }>;
			};
		}>(
			`query { ambitoNetwork(ambitoId: "${CREMASCO}", maxNodes: 30) { truncated nodes { id } edges { source target } } }`
		);
		const keptIds = new Set(capped.ambitoNetwork.nodes.map((n) => n.id));
		expect(capped.ambitoNetwork.truncated).toBe(true);
		expect(keptIds.size).toBe(30);
		expect(keptIds.has(CREMASCO)).toBe(true);
		expect(capped.ambitoNetwork.edges.length).toBeGreaterThan(0);
		expect(
			capped.ambitoNetwork.edges.every((e) => keptIds.has(e.source) && keptIds.has(e.target))
		).toBe(true);
		const egoCapped = await ok<{
			egoNetwork: { truncated: boolean; nodes: Array<{ id: string }> };
		}>(
			`query { egoNetwork(actorId: "${ids.a}", depth: 1, maxNodes: 2) { truncated nodes { id } } }`
		);
		expect(egoCapped.egoNetwork.truncated).toBe(true);
		expect(egoCapped.egoNetwork.nodes.map((n) => n.id)).toHaveLength(2);
		expect(egoCapped.egoNetwork.nodes[0]?.id).toBe(ids.a);
	});

	it('refuses references to things that do not exist, naming the field, and writes nothing', async () => {
		const result = await execute(
			`mutation($i: PartnershipInput!) { createPartnership(input: $i) { id } }`,
			{
				i: { id: `${unique}-bad`, actorId: 'nobody', projectId: ids.p1, role: 'partner' }
			}
		);
		expect(result.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		expect(result.errors?.[0]?.extensions?.field).toBe('input.actorId');
		const project = await ok<{ project: { partnerships: unknown[] } }>(
			`query { project(id: "${ids.p1}") { partnerships { id } } }`
		);
		expect(project.project.partnerships).toHaveLength(2);
	});

	it('deleting a project removes its actions and partnerships, not the actors', async () => {
		await ok(`mutation { deleteProject(id: "${ids.p2}") }`);
		const gone = await ok<{ project: null; actor: { partnerships: Array<{ id: string }> } }>(
			`query { project(id: "${ids.p2}") { id } actor(id: "${ids.a}") { partnerships { id } } }`
		);
		expect(gone.project).toBeNull();
		expect(gone.actor.partnerships.map((p) => p.id)).toEqual([`${ids.p1}-a`]);
	});
});
