// The networks around a project, as its dossier shows them, chosen in Neo4j: the page used to read
// every network of the region with every member (500 networks and 20,000 memberships at regional
// scale, one actor lookup each) and filter them in the browser; the page failed on a full pool.
import type { MembershipRecord } from '../../domain';
import { readTx } from '../db/driver';
import { getActors, getNetwork, membershipsOfNetwork, type WithMeta } from './network-queries';
import type { ActorView } from './network-queries';

/** A membership with its actor already read (resolvers use it instead of one lookup per member). */
export type MembershipWithActor = WithMeta<MembershipRecord> & { actor?: ActorView };

/** Ids of the networks kept by one of the project's Ambiti or with one of its partners in, by name. */
export async function networkIdsAroundProject(projectId: string): Promise<string[]> {
	return readTx(async (tx) => {
		const result = await tx.run(
			`MATCH (p:Project {id: $projectId})
			 CALL {
				WITH p MATCH (p)-[:TARGETS]->(:Ambito)<-[:FOR]-(n:Network) RETURN n
				UNION
				WITH p MATCH (p)<-[:PARTNER_IN]-(:Actor)-[:MEMBER_OF]->(n:Network) RETURN n
			 }
			 WITH DISTINCT n ORDER BY n.name, n.id
			 RETURN collect(n.id) AS ids`,
			{ projectId }
		);
		return (result.records[0]?.get('ids') as string[] | undefined) ?? [];
	});
}

/** The networks around a project (see networkIdsAroundProject), whole. */
export async function networksAroundProject(projectId: string) {
	const ids = await networkIdsAroundProject(projectId);
	return (await Promise.all(ids.map(getNetwork))).filter((n) => n !== null);
}

/** A network's memberships with their actors: two queries, not one per member. */
export async function membersWithActors(networkId: string): Promise<MembershipWithActor[]> {
	const members = await membershipsOfNetwork(networkId);
	if (!members.length) return members;
	const actors = new Map(
		(await getActors([...new Set(members.map((m) => m.actorId))])).map((a) => [a.id, a])
	);
	return members.map((m) => ({ ...m, actor: actors.get(m.actorId) }));
}
