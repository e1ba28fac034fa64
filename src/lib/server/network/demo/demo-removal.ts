import { readTx, writeTx } from '../../db/driver';
import { DEMO_SOURCE, IS_DEMO_RELATION } from './demo-source';

export interface DemoRemoval {
	/** Fictional nodes (actors, projects, calls, networks, agreements) and the demo projects' actions. */
	nodes: number;
	/** The demo's relations between real nodes (e.g. collaborations of the real Comune of Crema). */
	relations: number;
	/** Evaluations (with their audit trail) of demo projects. */
	evaluations: number;
}

/**
 * Removes the demo, all or nothing (one transaction): what it invented (flagged `fictional`), the
 * actions and evaluations of its projects, and the relations it drew between real nodes (told apart
 * by their source). Real data and the territory stay. Leaves a mark so that `npm start` does not load
 * the demo again into the emptied database.
 */
export async function removeDemo(): Promise<DemoRemoval> {
	return writeTx(async (tx) => {
		const count = async (query: string) =>
			Number((await tx.run(query, { demoSource: DEMO_SOURCE })).records[0]?.get('n') ?? 0);
		const evaluations = await count(
			`MATCH (p:Project) WHERE p.fictional = true
			 MATCH (e:Evaluation {projectId: p.id})
			 CALL (e) { OPTIONAL MATCH (x:AuditEntry)-[:OF]->(e) DETACH DELETE x }
			 DETACH DELETE e RETURN count(e) AS n`
		);
		const actions = await count(
			`MATCH (x:Action)-[:OF]->(p:Project) WHERE p.fictional = true DETACH DELETE x RETURN count(x) AS n`
		);
		const relations = await count(
			`MATCH ()-[r]->() WHERE ${IS_DEMO_RELATION('r')} DELETE r RETURN count(r) AS n`
		);
		const nodes = await count(
			`MATCH (n) WHERE n.fictional = true DETACH DELETE n RETURN count(n) AS n`
		);
		await tx.run(`MERGE (m:DemoRemoval {id: 'demo'}) SET m.removedAt = datetime()`);
		return { nodes: nodes + actions, relations, evaluations };
	});
}

/** Whether the demo was removed from this database on purpose (it is then never loaded again unasked). */
export async function demoWasRemoved(): Promise<boolean> {
	return readTx(async (tx) => {
		const r = await tx.run(`MATCH (m:DemoRemoval {id: 'demo'}) RETURN count(m) > 0 AS removed`);
		return r.records[0]?.get('removed') === true;
	});
}

/** Loading the demo on request lifts the mark. */
export async function forgetDemoRemoval(): Promise<void> {
	await writeTx((tx) => tx.run(`MATCH (m:DemoRemoval {id: 'demo'}) DELETE m`));
}
