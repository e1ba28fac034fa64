import type { ManagedTransaction } from 'neo4j-driver';
import { sectorOfKind, type ActorKindId } from '../../domain';
import type { TerritoryData } from './territory-files';
import { readTx, writeTx } from '../db/driver';
import { VersionedCache } from '../db/versioned-cache';

/** Provenance stamped on every seeded node: who, when, from which source. */
const kindOf = (kind: ActorKindId) => ({ kind, sector: sectorOfKind(kind) });
const SEED_STAMP =
	'a.kind = $kind, a.sector = $sector, a.createdBy = coalesce(a.createdBy, $by), a.changedBy = $by, a.createdAt = coalesce(a.createdAt, datetime()), a.changedAt = datetime(), a.source = $source, a.version = coalesce(a.version, 0) + 1';

/** Writes (or refreshes) the whole territory in one transaction: it is all there, or none of it is. */
export async function loadTerritory(
	data: TerritoryData,
	source: string,
	by = 'seed'
): Promise<void> {
	await writeTx(async (tx) => {
		const p = { source, by };
		await tx.run(
			`MERGE (a:Actor:Regione {id: 'regione-lombardia'}) SET a.name = 'Regione Lombardia', ${SEED_STAMP}`,
			{ ...p, ...kindOf('regione') }
		);
		await tx.run(
			`UNWIND $rows AS r MERGE (a:Actor:ATS {code: r.code}) SET a.id = r.id, a.name = r.name, a.nameMds = r.nameMds,
			   a.territoryAsStated = r.territoryAsStated, a.sources = r.sources, ${SEED_STAMP}
			 WITH a MATCH (reg:Regione {id: 'regione-lombardia'}) MERGE (a)-[:IN]->(reg)`,
			{ ...p, ...kindOf('ats'), rows: data.ats }
		);
		await tx.run(
			`UNWIND $rows AS r MERGE (a:Actor:ASST {code: r.code}) SET a.id = r.id, a.name = r.name, ${SEED_STAMP}
			 WITH a, r MATCH (ats:ATS {code: r.atsCode}) MERGE (a)-[:IN]->(ats)`,
			{ ...p, ...kindOf('asst'), rows: data.asst }
		);
		await tx.run(
			`UNWIND $rows AS r MERGE (a:Actor:Provincia {code: r.code}) SET a.id = r.id, a.name = r.name, ${SEED_STAMP}
			 SET a.kind = r.kind`,
			{ ...p, ...kindOf('provincia'), rows: data.province }
		);
		await tx.run(
			`UNWIND $rows AS r MERGE (a:Actor:Ambito {id: r.id}) SET a.name = r.name, a.capofila = r.capofila,
			   a.nComuniStated = r.nComuniStated, a.referenceDate = r.referenceDate, a.sources = r.sources, a.notes = r.notes, ${SEED_STAMP}
			 WITH a, r
			 CALL (a, r) { MATCH (ats:ATS {code: r.atsCode}) MERGE (a)-[:IN]->(ats) }
			 CALL (a, r) { MATCH (asst:ASST {code: r.asstCode}) MERGE (a)-[:SERVED_BY]->(asst) }`,
			{ ...p, ...kindOf('ambito'), rows: data.ambiti }
		);
		await tx.run(
			`UNWIND $rows AS r MERGE (a:Actor:Distretto {id: r.id}) SET a.name = r.name, a.seatName = r.seatName, a.sources = r.sources, ${SEED_STAMP}
			 WITH a, r MATCH (asst:ASST {code: r.asstCode}) MERGE (a)-[:OF]->(asst)`,
			{ ...p, ...kindOf('distretto'), rows: data.distretti }
		);
		await tx.run(
			`UNWIND $rows AS r MERGE (a:Actor:Comune {istat: r.istat})
			 SET a.id = r.id, a.name = r.name, a.cadastralCode = r.cadastralCode, a.population = r.population,
			   a.populationYear = r.populationYear, a.populationDate = r.populationDate, a.populationSource = r.populationSource,
			   a.populationNote = r.populationNote, a.areaKm2 = r.areaKm2, a.altitudeM = r.altitudeM, ${SEED_STAMP}
			 WITH a, r
			 CALL (a, r) { MATCH (prov:Provincia {code: r.provinceCode}) MERGE (a)-[:IN]->(prov) }
			 CALL (a, r) { MATCH (ats:ATS {code: r.atsCode}) MERGE (a)-[rel:IN]->(ats) SET rel.basis = r.atsBasis }
			 CALL (a, r) { MATCH (asst:ASST {code: r.asstCode}) MERGE (a)-[rel:SERVED_BY]->(asst) SET rel.basis = r.asstBasis }
			 CALL (a, r) { MATCH (amb:Ambito {id: r.ambitoId}) MERGE (a)-[rel:IN]->(amb) SET rel.basis = r.ambitoBasis }
			 CALL (a, r) { MATCH (d:Distretto {id: r.distrettoId}) MERGE (a)-[:IN]->(d) }`,
			{ ...p, ...kindOf('comune'), rows: data.comuni }
		);
		// Distretti list their Comuni too (some are not named on the Comune's own row).
		await tx.run(
			`UNWIND $rows AS r UNWIND r.comuniIstat AS istat
			 MATCH (d:Distretto {id: r.id}), (c:Comune {istat: istat}) MERGE (c)-[:IN]->(d)`,
			{ rows: data.distretti }
		);
		await tx.run(
			`UNWIND $rows AS r MERGE (a:Actor:CasaDiComunita {id: r.id})
			 SET a.name = r.name, a.status = r.status, a.statusDate = r.statusDate, a.sources = r.sources, a.notes = r.notes, ${SEED_STAMP}
			 WITH a, r
			 CALL (a, r) { MATCH (c:Comune {istat: r.comuneIstat}) MERGE (a)-[:LOCATED_IN]->(c) }
			 CALL (a, r) { MATCH (asst:ASST {code: r.asstCode}) MERGE (a)-[:SERVED_BY]->(asst) }
			 CALL (a, r) { MATCH (ats:ATS {code: r.atsCode}) MERGE (a)-[:IN]->(ats) }`,
			{ ...p, ...kindOf('casa_di_comunita'), rows: data.caseDiComunita }
		);
	});
}

export async function isTerritoryLoaded(): Promise<boolean> {
	return readTx(async (tx) => {
		const r = await tx.run('MATCH (c:Comune) RETURN count(c) > 0 AS loaded');
		return r.records[0]?.get('loaded') === true;
	});
}

export interface TerritoryCounts {
	comuni: number;
	comuniWithPopulation: number;
	population: number;
	comuniWithAmbito: number;
	comuniWithAts: number;
	comuniWithAsst: number;
	comuniWithDistretto: number;
	ambiti: number;
	ambitiWithComuniListed: number;
	ats: number;
	asst: number;
	distretti: number;
	caseDiComunita: number;
	province: number;
}

export async function territoryCounts(): Promise<TerritoryCounts> {
	return readTx(async (tx: ManagedTransaction) => {
		// One pass over the Comuni; each link is an existence check on that Comune's own relations.
		const r = await tx.run(`
			MATCH (c:Comune)
			WITH count(c) AS comuni, count(c.population) AS comuniWithPopulation, coalesce(sum(c.population), 0) AS population,
			  count(CASE WHEN EXISTS { (c)-[:IN]->(:Ambito) } THEN 1 END) AS comuniWithAmbito,
			  count(CASE WHEN EXISTS { (c)-[:IN]->(:ATS) } THEN 1 END) AS comuniWithAts,
			  count(CASE WHEN EXISTS { (c)-[:SERVED_BY]->(:ASST) } THEN 1 END) AS comuniWithAsst,
			  count(CASE WHEN EXISTS { (c)-[:IN]->(:Distretto) } THEN 1 END) AS comuniWithDistretto
			RETURN comuni, comuniWithPopulation, population, comuniWithAmbito, comuniWithAts, comuniWithAsst, comuniWithDistretto,
			  count { MATCH (:Ambito) } AS ambiti,
			  count { MATCH (a:Ambito) WHERE EXISTS { (a)<-[:IN]-(:Comune) } } AS ambitiWithComuniListed,
			  count { MATCH (:ATS) } AS ats, count { MATCH (:ASST) } AS asst, count { MATCH (:Distretto) } AS distretti,
			  count { MATCH (:CasaDiComunita) } AS caseDiComunita, count { MATCH (:Provincia) } AS province`);
		return r.records[0]!.toObject() as TerritoryCounts;
	});
}

export interface ComuneRecord {
	istat: string;
	name: string;
	province: string;
	population: number | null;
	populationYear: number | null;
}
export interface AmbitoRecord {
	id: string;
	name: string;
	nComuniStated: number | null;
	capofila: string | null;
	sources: string;
	atsCode: string | null;
	asstCode: string | null;
	comuni: ComuneRecord[];
}
export interface AsstRecord {
	id: string;
	code: string;
	name: string;
	distretti: Array<{ id: string; name: string }>;
}
export interface AtsRecord {
	id: string;
	code: string;
	name: string;
	territoryAsStated: string | null;
	asst: AsstRecord[];
	ambiti: AmbitoRecord[];
	comuniKnown: number;
}
export interface TerritoryTree {
	ats: AtsRecord[];
	ambitiWithoutAts: AmbitoRecord[];
}

/**
 * The territory tree as of the graph's data version: the map and the desks ask for it on every page,
 * and it changes only when the territory is written (any write recomputes it).
 */
const treeCache = new VersionedCache<TerritoryTree>(1);
export const territoryTree = (): Promise<TerritoryTree> => treeCache.get('tree', readTerritoryTree);

/** The territory as one tree, ATS -> ASST / Ambiti -> Comuni, read in a single round trip. */
async function readTerritoryTree(): Promise<TerritoryTree> {
	return readTx(async (tx) => {
		const ambitiResult = await tx.run(`
			MATCH (a:Ambito)
			OPTIONAL MATCH (a)-[:IN]->(ats:ATS)
			OPTIONAL MATCH (a)-[:SERVED_BY]->(asst:ASST)
			CALL (a) {
			  OPTIONAL MATCH (c:Comune)-[:IN]->(a) OPTIONAL MATCH (c)-[:IN]->(p:Provincia)
			  WITH c, p ORDER BY c.name
			  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {istat: c.istat, name: c.name, province: p.code,
			    population: c.population, populationYear: c.populationYear} END) AS comuni }
			RETURN a.id AS id, a.name AS name, a.nComuniStated AS nComuniStated, a.capofila AS capofila,
			  a.sources AS sources, ats.code AS atsCode, asst.code AS asstCode, comuni
			ORDER BY a.name`);
		const ambiti = ambitiResult.records.map((r) => r.toObject() as AmbitoRecord);
		const atsResult = await tx.run(`
			MATCH (ats:ATS)
			CALL (ats) {
			  OPTIONAL MATCH (asst:ASST)-[:IN]->(ats)
			  CALL (asst) { OPTIONAL MATCH (d:Distretto)-[:OF]->(asst) WITH d ORDER BY d.name
			    RETURN collect(CASE WHEN d IS NULL THEN null ELSE {id: d.id, name: d.name} END) AS distretti }
			  WITH asst, distretti ORDER BY asst.code
			  RETURN collect(CASE WHEN asst IS NULL THEN null ELSE {id: asst.id, code: asst.code, name: asst.name, distretti: distretti} END) AS asst }
			RETURN ats.id AS id, ats.code AS code, ats.name AS name, ats.territoryAsStated AS territoryAsStated, asst,
			  count { MATCH (:Comune)-[:IN]->(ats) } AS comuniKnown
			ORDER BY ats.code`);
		const ats = atsResult.records.map((r) => {
			const o = r.toObject() as Omit<AtsRecord, 'ambiti'>;
			return { ...o, ambiti: ambiti.filter((a) => a.atsCode === o.code) };
		});
		return { ats, ambitiWithoutAts: ambiti.filter((a) => a.atsCode === null) };
	});
}
