import type { ManagedTransaction } from 'neo4j-driver';
import { TERRITORIAL_KIND_IDS, type CommitmentRecord, type PartnershipRecord } from '../../domain';
import type { ImportContext, TerritoryLink } from './import';
import { readTx } from '../db/driver';

type PartnershipRow = Omit<PartnershipRecord, 'commitments' | 'declaredMembers'> & {
	commitmentsJson: string | null;
};

/** What the spreadsheet import resolves names against: territory, existing actors and projects. */
export async function readImportContext(): Promise<ImportContext> {
	return readTx(async (tx) => {
		const list = async <T>(query: string) =>
			(await tx.run(query, { territorial: TERRITORIAL_KIND_IDS })).records.map(
				(r) => r.get('row') as T
			);
		return {
			comuni: await list(
				`MATCH (c:Comune) RETURN {istat: c.istat, name: c.name,
				   ambitoId: head([(c)-[:IN]->(x:Ambito) | x.id]),
				   atsId: coalesce(head([(c)-[:IN]->(x:ATS) | x.id]), head([(c)-[:IN]->(:Ambito)-[:IN]->(x:ATS) | x.id])),
				   asstId: head([(c)-[:SERVED_BY]->(x:ASST) | x.id]),
				   provinceId: head([(c)-[:IN]->(x:Provincia) | x.id])} AS row`
			),
			province: await list(`MATCH (p:Provincia) RETURN {id: p.id, name: p.name} AS row`),
			ambiti: await list(`MATCH (a:Ambito) RETURN {id: a.id, name: a.name} AS row`),
			asst: await list(`MATCH (a:ASST) RETURN {id: a.id, name: a.name} AS row`),
			ats: await list(`MATCH (a:ATS) RETURN {id: a.id, name: a.name} AS row`),
			distretti: await list(`MATCH (d:Distretto) RETURN {id: d.id, name: d.name} AS row`),
			existingActors: await list(
				`MATCH (a:Actor) WHERE NOT a.kind IN $territorial RETURN {id: a.id, name: a.name, kind: a.kind, taxCode: a.taxCode, seatIstat: a.seatIstat} AS row`
			),
			existingProjects: await list(`MATCH (p:Project) RETURN {id: p.id, title: p.title} AS row`),
			existingPartnerships: (
				await list<PartnershipRow>(
					`MATCH (a:Actor)-[r:PARTNER_IN]->(p:Project)
					 RETURN {id: r.id, actorId: a.id, projectId: p.id, role: r.role, since: r.since,
					   until: r.until, notes: r.notes, commitmentsJson: r.commitmentsJson} AS row`
				)
			).map(({ commitmentsJson, ...p }) => ({
				...p,
				commitments: JSON.parse(commitmentsJson ?? '[]') as CommitmentRecord[]
			})),
			existingNetworks: await list(`MATCH (n:Network) RETURN {id: n.id, name: n.name} AS row`),
			existingAgreements: await list(`MATCH (g:Agreement) RETURN {id: g.id, name: g.title} AS row`)
		};
	});
}

/**
 * The official territory mapping an office imports (Comune → Ambito → Distretto/ASST → ATS): written
 * as the same IN / SERVED_BY relations the seed uses, replacing a Comune's earlier links of that kind.
 */
export async function writeTerritoryLinks(
	tx: ManagedTransaction,
	links: TerritoryLink[],
	source: string
): Promise<void> {
	if (!links.length) return;
	await tx.run(
		`UNWIND $links AS l MATCH (c:Comune {istat: l.comuneIstat})
		 CALL (c, l) { WITH c, l WHERE l.ambitoId IS NOT NULL MATCH (c)-[old:IN]->(:Ambito) DELETE old }
		 CALL (c, l) { WITH c, l WHERE l.ambitoId IS NOT NULL MATCH (x:Ambito {id: l.ambitoId}) MERGE (c)-[r:IN]->(x) SET r.basis = $source }
		 CALL (c, l) { WITH c, l WHERE l.distrettoId IS NOT NULL MATCH (c)-[old:IN]->(:Distretto) DELETE old }
		 CALL (c, l) { WITH c, l WHERE l.distrettoId IS NOT NULL MATCH (x:Distretto {id: l.distrettoId}) MERGE (c)-[r:IN]->(x) SET r.basis = $source }
		 CALL (c, l) { WITH c, l WHERE l.asstId IS NOT NULL MATCH (c)-[old:SERVED_BY]->(:ASST) DELETE old }
		 CALL (c, l) { WITH c, l WHERE l.asstId IS NOT NULL MATCH (x:ASST {id: l.asstId}) MERGE (c)-[r:SERVED_BY]->(x) SET r.basis = $source }
		 CALL (c, l) { WITH c, l WHERE l.atsId IS NOT NULL MATCH (c)-[old:IN]->(:ATS) DELETE old }
		 CALL (c, l) { WITH c, l WHERE l.atsId IS NOT NULL MATCH (x:ATS {id: l.atsId}) MERGE (c)-[r:IN]->(x) SET r.basis = $source }
		 CALL (l) { WITH l WHERE l.ambitoId IS NOT NULL AND l.atsId IS NOT NULL
		   MATCH (a:Ambito {id: l.ambitoId}), (t:ATS {id: l.atsId}) MERGE (a)-[:IN]->(t) }`,
		{ links, source }
	);
}
