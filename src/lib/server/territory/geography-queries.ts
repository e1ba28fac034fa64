import { readTx } from '../db/driver';

/** A Comune as the maps draw it: residents and the units it belongs to (null where no source says). */
export interface ComunePlace {
	istat: string;
	name: string;
	population: number | null;
	ambito: { id: string; name: string } | null;
	distretto: { id: string; name: string } | null;
	asst: { id: string; name: string } | null;
	ats: { id: string; name: string } | null;
}

/**
 * Every Comune with its Ambito, Distretto, ASST and ATS, in one query. The ASST and ATS follow, where
 * the Comune's own links are silent, only from statements that imply them (its Distretto's ASST, the
 * ASST's ATS, its Ambito's ATS): the same rule as $lib/geo/membership for the seed files.
 */
export async function comunePlaces(): Promise<ComunePlace[]> {
	return readTx(async (tx) => {
		const r = await tx.run(`
			MATCH (c:Comune)
			OPTIONAL MATCH (c)-[:IN]->(amb:Ambito)
			OPTIONAL MATCH (c)-[:IN]->(d:Distretto)
			WITH c, head(collect(DISTINCT amb)) AS amb, head(collect(DISTINCT d)) AS d
			WITH c, amb, d, coalesce(head([(c)-[:SERVED_BY]->(x:ASST) | x]), head([(d)-[:OF]->(x:ASST) | x])) AS asst
			WITH c, amb, d, asst, coalesce(head([(c)-[:IN]->(x:ATS) | x]), head([(asst)-[:IN]->(x:ATS) | x]),
			  head([(amb)-[:IN]->(x:ATS) | x])) AS ats
			RETURN c.istat AS istat, c.name AS name, c.population AS population,
			  CASE WHEN amb IS NULL THEN null ELSE {id: amb.id, name: amb.name} END AS ambito,
			  CASE WHEN d IS NULL THEN null ELSE {id: d.id, name: d.name} END AS distretto,
			  CASE WHEN asst IS NULL THEN null ELSE {id: asst.code, name: asst.name} END AS asst,
			  CASE WHEN ats IS NULL THEN null ELSE {id: ats.code, name: ats.name} END AS ats
			ORDER BY istat`);
		return r.records.map((x) => x.toObject() as ComunePlace);
	});
}

/** What the territory still lacks, for the office that completes it. */
export interface TerritoryGaps {
	comuniWithoutAmbito: GapComune[];
	comuniWithoutDistretto: GapComune[];
	comuniWithoutAsst: GapComune[];
	ambitiWithoutComuni: Array<{ id: string; name: string; nComuniStated: number | null }>;
	caseWithoutComune: Array<{ id: string; name: string }>;
}
export interface GapComune {
	istat: string;
	name: string;
	province: string | null;
}

/** One read: each list ordered by name (Comuni by ISTAT code within the same name). */
export async function territoryGaps(): Promise<TerritoryGaps> {
	return readTx(async (tx) => {
		const r = await tx.run(`
			CALL () {
			  MATCH (c:Comune)
			  WITH c, head([(c)-[:IN]->(p:Provincia) | p.code]) AS province,
			    EXISTS { (c)-[:IN]->(:Ambito) } AS hasAmbito, EXISTS { (c)-[:IN]->(:Distretto) } AS hasDistretto,
			    EXISTS { (c)-[:SERVED_BY]->(:ASST) } OR EXISTS { (c)-[:IN]->(:Distretto)-[:OF]->(:ASST) } AS hasAsst
			  ORDER BY c.name, c.istat
			  WITH collect({istat: c.istat, name: c.name, province: province, hasAmbito: hasAmbito,
			    hasDistretto: hasDistretto, hasAsst: hasAsst}) AS all
			  RETURN [x IN all WHERE NOT x.hasAmbito | x {.istat, .name, .province}] AS comuniWithoutAmbito,
			    [x IN all WHERE NOT x.hasDistretto | x {.istat, .name, .province}] AS comuniWithoutDistretto,
			    [x IN all WHERE NOT x.hasAsst | x {.istat, .name, .province}] AS comuniWithoutAsst
			}
			CALL () {
			  OPTIONAL MATCH (a:Ambito) WHERE NOT EXISTS { (:Comune)-[:IN]->(a) }
			  WITH a ORDER BY a.name
			  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {id: a.id, name: a.name, nComuniStated: a.nComuniStated} END) AS ambitiWithoutComuni
			}
			CALL () {
			  OPTIONAL MATCH (h:CasaDiComunita) WHERE NOT EXISTS { (h)-[:LOCATED_IN]->(:Comune) }
			  WITH h ORDER BY h.name
			  RETURN collect(CASE WHEN h IS NULL THEN null ELSE {id: h.id, name: h.name} END) AS caseWithoutComune
			}
			RETURN comuniWithoutAmbito, comuniWithoutDistretto, comuniWithoutAsst, ambitiWithoutComuni, caseWithoutComune`);
		return r.records[0]!.toObject() as TerritoryGaps;
	});
}

/**
 * Projects under way: funded or running; without a status, those whose dates include today.
 * Stated here once, so the regional view and its tests count the same projects.
 */
export async function activeProjectIds(today: string): Promise<string[]> {
	return readTx(async (tx) => {
		const r = await tx.run(
			`MATCH (p:Project)
			 WHERE p.status IN ['funded', 'running']
			   OR (p.status IS NULL AND p.start IS NOT NULL AND p.start <= $today AND (p.end IS NULL OR p.end >= $today))
			 RETURN p.id AS id ORDER BY id`,
			{ today }
		);
		return r.records.map((x) => x.get('id') as string);
	});
}
