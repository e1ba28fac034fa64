import { coverageOfKind } from '../domain';
import { acts, type Entity } from './partnership';
import type { PartnershipSnapshot, TerritoryComune } from './types';

/**
 * The Comuni of the territory an entity covers: where its members are seated and, when the entity
 * acts in the project (an action or a commitment), the Comuni of the Ambiti that an Ambito, ASST or
 * Distretto member serves. Provincia, ATS and Regione have a remit far wider than a project: they
 * cover their seat like anyone, never the whole province, ATS or region.
 */
export function comuniCoveredBy(entity: Entity, comuni: readonly TerritoryComune[]): Set<string> {
	const covered = new Set<string>();
	const active = acts(entity);
	for (const member of entity.members) {
		const remit =
			active && coverageOfKind(member.kind) === 'ambito' ? new Set(member.ambitoIds) : null;
		for (const comune of comuni) {
			if (member.seatComune !== null && member.seatComune === comune.istat)
				covered.add(comune.istat);
			else if (remit && comune.ambitoId !== null && remit.has(comune.ambitoId))
				covered.add(comune.istat);
		}
	}
	return covered;
}

/** For each Comune of the territory, the entities that cover it (possibly none). */
export function coverageOfTerritory(
	entities: readonly Entity[],
	comuni: readonly TerritoryComune[]
): Map<string, string[]> {
	const coverage = new Map<string, string[]>(comuni.map((c) => [c.istat, []]));
	for (const entity of entities) {
		for (const istat of comuniCoveredBy(entity, comuni)) coverage.get(istat)?.push(entity.key);
	}
	return coverage;
}

/**
 * The project's target Ambiti with their ATS (null when unknown): from the Comuni of the territory,
 * the listed Ambiti and the declared target Ambiti.
 */
export function targetAmbiti(snapshot: PartnershipSnapshot): Map<string, string | null> {
	const ambiti = new Map<string, string | null>();
	const note = (id: string, ats: string | null) => {
		if (!ambiti.has(id) || (ambiti.get(id) === null && ats !== null)) ambiti.set(id, ats);
	};
	for (const comune of snapshot.territory.comuni) {
		if (comune.ambitoId) note(comune.ambitoId, comune.atsId);
	}
	for (const ambito of snapshot.territory.ambiti ?? []) note(ambito.id, ambito.atsId);
	for (const id of snapshot.project.targetAmbitoIds ?? []) note(id, null);
	return ambiti;
}

/** The ATS of the target territory (from its Comuni and Ambiti). */
export function targetAts(snapshot: PartnershipSnapshot): Set<string> {
	const ats = new Set<string>();
	for (const comune of snapshot.territory.comuni) if (comune.atsId) ats.add(comune.atsId);
	for (const id of targetAmbiti(snapshot).values()) if (id) ats.add(id);
	return ats;
}
