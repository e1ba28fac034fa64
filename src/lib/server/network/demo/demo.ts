import {
	DOCUMENT_FORMAT,
	type CollaborationRecord,
	type CollaborationSourceId,
	type MembershipRecord,
	type TramaDocument
} from '../../../domain';
import type { TerritoryData } from '../../territory/territory-files';
import {
	addDays,
	ASST_CREMA,
	CREMA,
	dateBetween,
	DEMO_AMBITO_ID,
	mulberry32,
	resolveTerritory,
	Rng
} from './demo-base';
import { makeActors, type ActorPools } from './demo-actors';
import { CALLS, PROJECT_SPECS } from './demo-project-specs';
import { makeProjects } from './demo-projects';
import { makeAgreement, makeNetworks } from './demo-networks';

/**
 * A fictional but plausible welfare network for the Ambito distrettuale Cremasco, used to demo and
 * test the app. Everything invented is flagged `fictional`; territory (Comuni, Ambiti, ATS, ASST,
 * Provincia, Regione) is only referenced by the ids the real reference data gives it.
 * Deterministic: the same territory and seed always give the same document.
 */

const COLLABORATION_VALUES = [
	'Scambio di informazioni e segnalazioni',
	'Co-progettazione di servizi',
	'Invio reciproco di utenti',
	'Condivisione di spazi',
	'Formazione comune degli operatori',
	'Raccolta fondi congiunta',
	'Volontari in comune'
];
/** Declared ties are the most common; survey and workshop data come in similar amounts. */
const COLLABORATION_SOURCES: ReadonlyArray<readonly [CollaborationSourceId, number]> = [
	['declared', 4],
	['survey', 3],
	['workshop', 3]
];

/**
 * ~200 declared ties. Most join actors who already meet in projects or networks (real networks are
 * clustered); the rest are scattered. Partners of the 2021-2023 narrow project stay strangers to each
 * other, so that partnership looks occasional.
 */
function makeCollaborations(
	rng: Rng,
	pools: ActorPools,
	members: string[][],
	memberships: MembershipRecord[],
	target = 200
): CollaborationRecord[] {
	const groups: string[][] = [...members];
	const byNetwork = new Map<string, string[]>();
	for (const m of memberships)
		byNetwork.set(m.networkId, [...(byNetwork.get(m.networkId) ?? []), m.actorId]);
	groups.push(...byNetwork.values());
	const occasional = new Set(
		PROJECT_SPECS.flatMap((s, i) =>
			s.quality === 'narrow' && s.triennio === '2021-2023' ? (members[i] ?? []) : []
		)
	);
	const scattered = [...pools.actors.map((a) => a.id), CREMA, DEMO_AMBITO_ID, ASST_CREMA];
	const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
	const seenPairs = new Set<string>();
	const out: CollaborationRecord[] = [];
	for (let tries = 0; out.length < target && tries < 20_000; tries++) {
		const clustered = rng.chance(0.65);
		const group = clustered ? rng.pick(groups) : scattered;
		const a = rng.pick(group);
		const b = rng.pick(group);
		if (a === b || seenPairs.has(pairKey(a, b))) continue;
		if (occasional.has(a) && occasional.has(b)) continue;
		seenPairs.add(pairKey(a, b));
		const strength = clustered ? rng.int(2, 5) : rng.int(1, 3);
		const since = dateBetween(rng, '2008-01-01', '2023-06-30');
		out.push({
			id: `demo-collaboration-${String(out.length + 1).padStart(3, '0')}`,
			actorAId: a,
			actorBId: b,
			since,
			until: rng.chance(0.12) ? dateBetween(rng, addDays(since, 180), '2025-12-31') : null,
			strength,
			// Trust follows strength, give or take one.
			trust: Math.min(5, Math.max(1, strength + rng.int(-1, 1))),
			value: rng.chance(0.7) ? rng.pick(COLLABORATION_VALUES) : null,
			source: rng.weighted(COLLABORATION_SOURCES, ([, weight]) => weight)[0]
		});
	}
	return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * The fictional demo network of the Ambito distrettuale Cremasco, on the real territory given.
 * Same territory and seed → deep-equal documents.
 */
export function generateDemoDocument(territory: TerritoryData, seed = 2026): TramaDocument {
	const rng = new Rng(mulberry32(seed));
	const t = resolveTerritory(territory);
	const pools = makeActors(rng, t);
	const { projects, actions, partnerships, members } = makeProjects(rng, t, pools);
	const { networks, memberships } = makeNetworks(rng, pools);
	const agreement = makeAgreement(rng, t, pools, members);
	const collaborations = makeCollaborations(rng, pools, members, memberships);
	return {
		format: DOCUMENT_FORMAT,
		actors: pools.actors,
		calls: CALLS.map((c) => ({ ...c })),
		projects,
		actions,
		partnerships,
		networks,
		memberships,
		agreements: [agreement],
		collaborations
	};
}
