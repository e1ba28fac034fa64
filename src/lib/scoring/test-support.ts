/**
 * Builders and fast-check arbitraries for the scoring tests. Imported by tests only.
 */
import fc from 'fast-check';
import {
	ACTOR_KINDS,
	COLLABORATION_SOURCES,
	COMMITMENT_TYPES,
	ROLES,
	type ActorKindId,
	type RoleId
} from '../domain';
import { weightedMeanOfPresent } from './math';
import { resolveParameters } from './parameters';
import { canonicalSnapshot } from './snapshot';
import type { CriterionDefinition, Partner, PartnershipSnapshot } from './types';

export function makePartner(
	actorId: string,
	kind: ActorKindId,
	role: RoleId = 'partner',
	extra: Partial<Partner> = {}
): Partner {
	return {
		actorId,
		name: extra.name ?? actorId.toUpperCase(),
		kind,
		role,
		seatComune: null,
		ambitoIds: [],
		atsIds: [],
		...extra
	};
}

export function makeSnapshot(overrides: Partial<PartnershipSnapshot> = {}): PartnershipSnapshot {
	return {
		project: { id: 'prj', title: 'Progetto', start: null, end: null },
		partners: [],
		commitments: [],
		actions: [],
		territory: { comuni: [] },
		priorCollaborations: [],
		networks: [],
		externalTies: [],
		...overrides
	};
}

const ACTOR_POOL = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const ISTAT_POOL = ['015146', '015002', '016024', '019036', '012026', '097042'];
const AMBITO_POOL = ['amb-1', 'amb-2', 'amb-3'];
const ATS_POOL = ['ats-1', 'ats-2'];
const kindArb = fc.constantFrom(...ACTOR_KINDS.map((k) => k.id));
const roleArb = fc.constantFrom(...ROLES.map((r) => r.id));

const dateArb = fc
	.record({ year: fc.integer({ min: 2005, max: 2026 }), day: fc.integer({ min: 0, max: 364 }) })
	.map(({ year, day }) => new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10));

export const partnerArb = (actorId: string) =>
	fc.record({
		actorId: fc.constant(actorId),
		name: fc.constant(actorId.toUpperCase()),
		kind: kindArb,
		role: roleArb,
		seatComune: fc.option(fc.constantFrom(...ISTAT_POOL), { nil: null }),
		ambitoIds: fc.subarray(AMBITO_POOL),
		atsIds: fc.subarray(ATS_POOL)
	});

/** Random but well-formed snapshots over a small pool of ids, so that ties and overlaps occur. */
export const snapshotArb: fc.Arbitrary<PartnershipSnapshot> = fc
	.uniqueArray(fc.constantFrom(...ACTOR_POOL), { maxLength: ACTOR_POOL.length })
	.chain((ids) => {
		const idArb = fc.constantFrom(...ACTOR_POOL);
		return fc.record({
			project: fc.record({
				id: fc.constant('prj'),
				title: fc.constant('Progetto'),
				start: fc.option(dateArb, { nil: null }),
				end: fc.constant(null)
			}),
			partners: ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map(partnerArb)),
			commitments: fc.array(
				fc.record({
					actorId: idArb,
					type: fc.constantFrom(...COMMITMENT_TYPES.map((t) => t.id)),
					amountEur: fc.integer({ min: 0, max: 100_000 }),
					source: fc.constantFrom('public' as const, 'private' as const),
					beyondFunding: fc.boolean()
				}),
				{ maxLength: 10 }
			),
			actions: fc.array(
				fc.record({
					id: fc.string({ minLength: 1, maxLength: 3 }),
					title: fc.constantFrom('Sportello', 'Laboratorio', 'Rete', 'Formazione'),
					responsibleActorIds: fc.uniqueArray(idArb, { maxLength: 4 })
				}),
				{ maxLength: 6 }
			),
			territory: fc.record({
				comuni: fc.uniqueArray(
					fc.record({
						istat: fc.constantFrom(...ISTAT_POOL),
						name: fc.constantFrom('Milano', 'Crema', 'Lodi', 'Varese'),
						population: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
						ambitoId: fc.option(fc.constantFrom(...AMBITO_POOL), { nil: null }),
						atsId: fc.option(fc.constantFrom(...ATS_POOL), { nil: null })
					}),
					{ selector: (c) => c.istat, maxLength: ISTAT_POOL.length }
				)
			}),
			priorCollaborations: fc.array(
				fc.record({
					a: idArb,
					b: idArb,
					since: dateArb,
					until: fc.option(dateArb, { nil: null }),
					source: fc.constantFrom(...COLLABORATION_SOURCES.map((s) => s.id))
				}),
				{ maxLength: 8 }
			),
			networks: fc.uniqueArray(
				fc.record({
					id: fc.constantFrom('n1', 'n2', 'n3'),
					name: fc.constant('Rete'),
					memberActorIds: fc.uniqueArray(idArb, { maxLength: 3 }),
					externalMemberCount: fc.integer({ min: 0, max: 50 })
				}),
				{ selector: (n) => n.id, maxLength: 3 }
			),
			externalTies: fc.array(
				fc.record({
					partnerId: idArb,
					otherActorId: fc.constantFrom('x1', 'x2', 'x3', 'x4', 'a'),
					otherKind: kindArb
				}),
				{ maxLength: 8 }
			)
		});
	});

/** A permutation of a list, for order-independence properties. */
export function permutationArb<T>(items: readonly T[]): fc.Arbitrary<T[]> {
	return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}

/** Evaluate one criterion as the engine does, with subscores indexed by id for assertions. */
export function runCriterion(
	definition: CriterionDefinition,
	snapshot: PartnershipSnapshot,
	overrides?: Record<string, number>
) {
	const params = resolveParameters(definition, overrides);
	const evaluation = definition.evaluate(canonicalSnapshot(snapshot), params);
	const score = weightedMeanOfPresent(
		evaluation.subscores.map((s) => ({ value: s.score, weight: s.weight }))
	);
	const sub: Record<string, number | null> = Object.fromEntries(
		evaluation.subscores.map((s) => [s.id, s.score])
	);
	return { ...evaluation, score, sub };
}
