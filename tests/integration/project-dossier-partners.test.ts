import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { closeDriver, connectTestDatabase, execute, ok, testViewer } from '../helpers/graphql';

/** A partner created from the dossier's search (issue 15): the actor and its partnership together. */
const P = `dosp-${Date.now().toString(36)}`;
const CREMA = '019035';
const CREATE = `mutation($a: ActorInput!, $p: NewPartnershipInput!) {
	createActorAsPartner(actor: $a, partnership: $p) { id role since actor { id name kind seatIstat } project { id } }
}`;
type Created = {
	createActorAsPartner: {
		id: string;
		role: string;
		since: string | null;
		actor: { id: string; name: string; kind: string; seatIstat: string };
		project: { id: string };
	};
};

const actorsNamed = (name: string) =>
	readTx(async (tx) =>
		(await tx.run('MATCH (a:Actor {name: $name}) RETURN a.id AS id', { name })).records.map(
			(r) => r.get('id') as string
		)
	);

let ambitoOfCrema = '';
beforeAll(async () => {
	await connectTestDatabase();
	await ok(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
		i: { id: `${P}-prj`, title: `Progetto ${P}`, targetComuniIstat: [CREMA] }
	});
	ambitoOfCrema = await readTx(
		async (tx) =>
			(
				await tx.run('MATCH (:Comune {istat: $istat})-[:IN]->(a:Ambito) RETURN a.id AS id', {
					istat: CREMA
				})
			).records[0]!.get('id') as string
	);
});
afterAll(async () => {
	await writeTx((tx) =>
		tx.run('MATCH (n) WHERE n.id STARTS WITH $p OR n.name CONTAINS $p DETACH DELETE n', { p: P })
	);
	await closeDriver();
});

describe('a new partner from the dossier', () => {
	it('creates the actor at its seat and its partnership in the project, in one call', async () => {
		const { createActorAsPartner: p } = await ok<Created>(CREATE, {
			a: { name: `  Associazione Nuova ${P} `, kind: 'aps', seatIstat: CREMA },
			p: { projectId: `${P}-prj`, role: 'partner', since: '2024-02-01' }
		});
		expect(p.actor).toMatchObject({
			name: `Associazione Nuova ${P}`,
			kind: 'aps',
			seatIstat: CREMA
		});
		expect(p.actor.id).toMatch(/^act-/);
		expect(p).toMatchObject({ role: 'partner', since: '2024-02-01', project: { id: `${P}-prj` } });
		const { project } = await ok<{ project: { partnerships: { actor: { id: string } }[] } }>(
			`query($id: ID!) { project(id: $id) { partnerships { actor { id } } } }`,
			{ id: `${P}-prj` }
		);
		expect(project.partnerships.map((x) => x.actor.id)).toContain(p.actor.id);
	});

	it('writes neither when either is refused, naming the field of the one refused', async () => {
		const name = `Cooperativa Orfana ${P}`;
		const noProject = await execute(CREATE, {
			a: { name, kind: 'cooperativa_sociale_a', seatIstat: CREMA },
			p: { projectId: `${P}-missing`, role: 'partner' }
		});
		expect(noProject.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
		expect(JSON.stringify(noProject.errors)).toContain('partnership.projectId');
		const badDates = await execute(CREATE, {
			a: { name, kind: 'cooperativa_sociale_a', seatIstat: CREMA },
			p: { projectId: `${P}-prj`, role: 'partner', since: '2025-01-01', until: '2024-01-01' }
		});
		expect(JSON.stringify(badDates.errors)).toContain('partnership.until');
		const blankName = await execute(CREATE, {
			a: { name: ' ', kind: 'odv', seatIstat: CREMA },
			p: { projectId: `${P}-prj`, role: 'partner' }
		});
		expect(JSON.stringify(blankName.errors)).toContain('actor.name');
		expect(await actorsNamed(name)).toEqual([]);
	});

	it('is refused to an office of another Ambito and allowed to the project’s own', async () => {
		const input = (tag: string) => ({
			a: { name: `Ente ${tag} ${P}`, kind: 'odv', seatIstat: CREMA },
			p: { projectId: `${P}-prj`, role: 'aderente' }
		});
		const stranger = testViewer({ roles: ['ufficio_di_piano'], ambitoIds: [`${P}-elsewhere`] });
		const refused = await execute(CREATE, input('estraneo'), stranger);
		expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
		expect(await actorsNamed(`Ente estraneo ${P}`)).toEqual([]);
		const own = testViewer({ roles: ['ufficio_di_piano'], ambitoIds: [ambitoOfCrema] });
		await ok(CREATE, input('proprio'), own);
		expect(await actorsNamed(`Ente proprio ${P}`)).toHaveLength(1);
	});
});
