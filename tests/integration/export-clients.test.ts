import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePythonVenv } from '../../scripts/python-venv';
import { sectorOfKind, TERRITORIAL_KIND_IDS, type ActorKindId } from '../../src/lib/domain';
import { readTx } from '../../src/lib/server/db/driver';
import { exportNetwork } from '../../src/lib/server/transfer/export-service';
import { closeDriver, connectTestDatabase } from '../helpers/graphql';

/**
 * Issue 21: the graph exports opened, unedited, in the clients researchers use (networkx and
 * python-igraph, in the project's Python venv, created here when missing: no venv, no pass),
 * and what each client sees checked against the database.
 */
interface Seen {
	directed: boolean;
	nodes: number;
	edges: number;
	relations: Record<string, number>;
	categories: Record<string, number>;
	node: Record<string, Record<string, unknown> | null>;
	edge: Record<string, Record<string, unknown> | null>;
}

const READER = path.resolve('tests/clients/read_graph.py');
const CLIENTS = [
	['networkx', 'gexf'],
	['networkx', 'graphml'],
	['igraph', 'graphml']
] as const;

let python: string;
let dir: string;
const files = new Map<string, string>();

async function exported(format: 'gexf' | 'graphml', view: string): Promise<string> {
	const key = `${view}.${format}`;
	if (!files.has(key)) {
		const file = await exportNetwork(format, { view }, '2026-12-05T04:00:00.000Z');
		const where = path.join(dir, key);
		writeFileSync(where, file.bytes);
		files.set(key, where);
	}
	return files.get(key)!;
}

async function open(
	client: string,
	format: 'gexf' | 'graphml',
	view: string,
	nodeIds: string[] = [],
	edgeIds: string[] = []
): Promise<Seen> {
	const file = await exported(format, view);
	const out = execFileSync(
		python,
		[READER, client, format, file, nodeIds.join(','), edgeIds.join(',')],
		{
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		}
	);
	return JSON.parse(out) as Seen;
}

const one = async <T>(query: string, params: Record<string, unknown> = {}) =>
	readTx(async (tx) => {
		const row = (await tx.run(query, { territorial: TERRITORIAL_KIND_IDS, ...params })).records[0];
		return row?.toObject() as T;
	});
const count = async (query: string) => Number((await one<{ n: unknown }>(query)).n);

beforeAll(async () => {
	python = ensurePythonVenv(); // throws, failing the file, when the venv cannot be made
	dir = mkdtempSync(path.join(os.tmpdir(), 'trama-export-clients-'));
	await connectTestDatabase();
}, 600_000);
afterAll(async () => {
	rmSync(dir, { recursive: true, force: true });
	await closeDriver();
});

describe('graph exports in networkx and python-igraph (issue 21)', () => {
	it('directed: every client sees the same graph; symmetric ties both ways, other relations once', async () => {
		const db = {
			actors: await count('MATCH (a:Actor) WHERE NOT a.kind IN $territorial RETURN count(a) AS n'),
			projects: await count('MATCH (p:Project) RETURN count(p) AS n'),
			partnerships: await count('MATCH (:Actor)-[r:PARTNER_IN]->(:Project) RETURN count(r) AS n'),
			collaborations: await count(
				'MATCH (:Actor)-[c:COLLABORATES_WITH]->(:Actor) RETURN count(c) AS n'
			)
		};
		expect(db.collaborations).toBeGreaterThan(0);
		const seen = await Promise.all(CLIENTS.map(([c, f]) => open(c, f, 'directed')));
		for (const s of seen) {
			expect(s.directed).toBe(true);
			expect(s.categories.actor).toBe(db.actors);
			expect(s.categories.project).toBe(db.projects);
			expect(s.relations.PARTNER_IN).toBe(db.partnerships);
			expect(s.relations.COLLABORATES_WITH).toBe(2 * db.collaborations);
			expect([s.nodes, s.edges, s.relations]).toEqual([
				seen[0]!.nodes,
				seen[0]!.edges,
				seen[0]!.relations
			]);
		}
	});

	it('reads kind, sector, seat Comune, role, dates and weights as the database holds them', async () => {
		const actor = await one<{ id: string; kind: ActorKindId; comune: string }>(
			`MATCH (a:Actor)-[:SEATED_IN]->(c:Comune) WHERE NOT a.kind IN $territorial
			 RETURN a.id AS id, a.kind AS kind, c.name AS comune ORDER BY a.id LIMIT 1`
		);
		const partnership = await one<{ id: string; role: string; since: string }>(
			`MATCH (:Actor)-[r:PARTNER_IN]->(:Project) WHERE r.since IS NOT NULL
			 RETURN r.id AS id, r.role AS role, r.since AS since ORDER BY r.id LIMIT 1`
		);
		const collaboration = await one<{ id: string; strength: number }>(
			`MATCH (:Actor)-[c:COLLABORATES_WITH]->(:Actor) WHERE c.strength > 0
			 RETURN c.id AS id, c.strength AS strength ORDER BY c.id LIMIT 1`
		);
		expect([actor, partnership, collaboration].every(Boolean)).toBe(true);
		const edgeIds = [`PARTNER_IN:${partnership.id}`, `COLLABORATES_WITH:${collaboration.id}`];
		for (const [client, format] of CLIENTS) {
			const s = await open(client, format, 'directed', [actor.id], edgeIds);
			expect(s.node[actor.id], `${client} ${format}`).toMatchObject({
				kind: actor.kind,
				sector: sectorOfKind(actor.kind),
				seat: actor.comune
			});
			expect(s.edge[edgeIds[0]!]).toMatchObject({
				role: partnership.role,
				since: partnership.since
			});
			expect(s.edge[edgeIds[1]!]).toMatchObject({ weight: Number(collaboration.strength) });
		}
	});

	it('undirected: the same relations once each, no direction, in every client', async () => {
		const collaborations = await count(
			'MATCH (:Actor)-[c:COLLABORATES_WITH]->(:Actor) RETURN count(c) AS n'
		);
		const directed = await open('networkx', 'gexf', 'directed');
		for (const [client, format] of CLIENTS) {
			const s = await open(client, format, 'undirected');
			expect(s.directed).toBe(false);
			expect(s.nodes).toBe(directed.nodes);
			expect(s.relations.COLLABORATES_WITH).toBe(collaborations);
			expect(s.edges).toBe(
				directed.edges - collaborations - (directed.relations.LINKED_TO ?? 0) / 2
			);
		}
	});

	it('collaborations only: actors and their collaborations', async () => {
		const collaborations = await count(
			'MATCH (:Actor)-[c:COLLABORATES_WITH]->(:Actor) RETURN count(c) AS n'
		);
		const actors = await count(
			`MATCH (a:Actor) WHERE NOT a.kind IN $territorial OR (a)-[:COLLABORATES_WITH]-(:Actor)
			 RETURN count(a) AS n`
		);
		for (const [client, format] of CLIENTS) {
			const s = await open(client, format, 'collaborations');
			expect([s.directed, s.nodes, s.edges]).toEqual([false, actors, collaborations]);
			expect(Object.keys(s.relations)).toEqual(['COLLABORATES_WITH']);
		}
	});

	it('partnerships projected actor–actor: one tie per pair of partners, weighted by shared projects', async () => {
		const pair = await one<{ a: string; b: string; shared: unknown; pairs: unknown }>(
			`MATCH (a:Actor)-[:PARTNER_IN]->(p:Project)<-[:PARTNER_IN]-(b:Actor) WHERE a.id < b.id
			 WITH a, b, count(DISTINCT p) AS shared ORDER BY shared DESC, a.id, b.id
			 WITH collect({a: a.id, b: b.id, shared: shared}) AS ranked
			 RETURN ranked[0].a AS a, ranked[0].b AS b, ranked[0].shared AS shared, size(ranked) AS pairs`
		);
		expect(Number(pair.pairs)).toBeGreaterThan(0);
		const id = `PARTNERS_WITH:${pair.a}--${pair.b}`;
		for (const [client, format] of CLIENTS) {
			const s = await open(client, format, 'partnerships', [], [id]);
			expect(s.directed).toBe(false);
			expect(s.edges).toBe(Number(pair.pairs));
			expect(s.edge[id]).toMatchObject({
				weight: Number(pair.shared),
				sharedProjects: Number(pair.shared)
			});
		}
	});
});
