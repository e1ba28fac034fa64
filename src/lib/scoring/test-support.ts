/**
 * Builders and fast-check arbitraries for the scoring tests (the one place generators live).
 * Imported by tests only.
 */
import fc from 'fast-check';
import {
	ACTOR_KINDS,
	CO_DESIGN_PROCEDURES,
	COLLABORATION_SOURCES,
	COMMITMENT_TYPES,
	FUNDERS,
	LEPS,
	POLICY_AREAS,
	POLICY_CYCLE_PHASES,
	ROLES,
	SHARED_HISTORY_KINDS,
	type ActorKindId,
	type RoleId
} from '../domain';
import { CRITERIA } from './criteria';
import { weightedMeanOfPresent } from './math';
import { resolveParameters } from './parameters';
import { canonicalSnapshot } from './snapshot';
import type { Rubric } from './rubrics';
import { scorePartnership } from './score';
import type {
	Commitment,
	CriterionDefinition,
	Partner,
	PartnershipSnapshot,
	Scorecard
} from './types';

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

/** A project with no dates and nothing declared, but for what `extra` says. */
export function makeProject(
	extra: Partial<PartnershipSnapshot['project']> = {}
): PartnershipSnapshot['project'] {
	return { id: 'prj', title: 'Progetto', start: null, end: null, ...extra };
}

export function makeSnapshot(overrides: Partial<PartnershipSnapshot> = {}): PartnershipSnapshot {
	return {
		project: makeProject(),
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

export function commitment(
	actorId: string,
	amountEur: number | null,
	source: 'public' | 'private' = 'private',
	extra: Partial<Commitment> = {}
): Commitment {
	return { actorId, type: 'money', amountEur, source, beyondFunding: false, ...extra };
}

export const ACTOR_POOL = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
export const ISTAT_POOL = ['015146', '015002', '016024', '019036', '012026', '097042'];
export const AMBITO_POOL = ['amb-1', 'amb-2', 'amb-3'];
export const ATS_POOL = ['ats-1', 'ats-2'];
export const kindArb = fc.constantFrom(...ACTOR_KINDS.map((k) => k.id));
export const roleArb = fc.constantFrom(...ROLES.map((r) => r.id));
export const signingRoleArb = fc.constantFrom(
	...ROLES.filter((r) => r.engagement === 'signing').map((r) => r.id)
);

export const dateArb = fc
	.record({ year: fc.integer({ min: 2005, max: 2026 }), day: fc.integer({ min: 0, max: 364 }) })
	.map(({ year, day }) => new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10));

const textArb = fc.option(fc.constantFrom('', 'Sportello unico', 'Fondo di comunità'), {
	nil: null
});

/** The territory-related fields of a partner, shared by partners and added partners in properties. */
export const placeArb = fc.record({
	seatComune: fc.option(fc.constantFrom(...ISTAT_POOL), { nil: null }),
	ambitoIds: fc.subarray(AMBITO_POOL),
	atsIds: fc.subarray(ATS_POOL)
});

export const declaredMembersArb = fc.array(
	fc.record({ kind: kindArb, count: fc.integer({ min: 0, max: 80 }) }),
	{ maxLength: 3 }
);

export const partnerArb = (actorId: string) =>
	fc
		.record(
			{
				actorId: fc.constant(actorId),
				name: fc.constant(actorId.toUpperCase()),
				kind: kindArb,
				role: roleArb,
				place: placeArb,
				legalEntityId: fc.option(fc.constantFrom(...ACTOR_POOL), { nil: null }),
				declaredMembers: declaredMembersArb
			},
			{ requiredKeys: ['actorId', 'name', 'kind', 'role', 'place'] }
		)
		.map(({ place, ...rest }): Partner => ({ ...rest, ...place }));

const projectArb = fc.record(
	{
		id: fc.constant('prj'),
		title: fc.constant('Progetto'),
		start: fc.option(dateArb, { nil: null }),
		end: fc.option(dateArb, { nil: null }),
		fundingEnd: fc.option(dateArb, { nil: null }),
		budgetEur: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }),
		grantRequestedEur: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
		grantAwardedEur: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
		funder: fc.option(fc.constantFrom(...FUNDERS.map((f) => f.id)), { nil: null }),
		policyAreas: fc.subarray(
			POLICY_AREAS.map((a) => a.id),
			{ maxLength: 4 }
		),
		leps: fc.subarray(
			LEPS.map((l) => l.id),
			{ maxLength: 3 }
		),
		targetAmbitoIds: fc.subarray(AMBITO_POOL),
		coDesign: fc.option(
			fc.record({
				procedure: fc.constantFrom(...CO_DESIGN_PROCEDURES.map((p) => p.id)),
				date: fc.option(dateArb, { nil: null })
			}),
			{ nil: null }
		),
		sustainability: fc.option(
			fc.record({
				what: textArb,
				carriedByActorIds: fc.subarray(ACTOR_POOL, { maxLength: 3 }),
				resources: textArb,
				committedUntil: fc.option(dateArb, { nil: null })
			}),
			{ nil: null }
		),
		transferability: fc.option(fc.record({ what: textArb, documentedWhere: textArb }), {
			nil: null
		})
	},
	{ requiredKeys: ['id', 'title', 'start', 'end'] }
);

/** Random but well-formed snapshots over small pools of ids, so that ties, overlaps and gaps occur. */
export const snapshotArb: fc.Arbitrary<PartnershipSnapshot> = fc
	.uniqueArray(fc.constantFrom(...ACTOR_POOL), { maxLength: ACTOR_POOL.length })
	.chain((ids) => {
		const idArb = fc.constantFrom(...ACTOR_POOL);
		return fc.record(
			{
				project: projectArb,
				partners: ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map(partnerArb)),
				commitments: fc.array(
					fc.record({
						actorId: idArb,
						type: fc.constantFrom(...COMMITMENT_TYPES.map((t) => t.id)),
						amountEur: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null, freq: 4 }),
						source: fc.constantFrom('public' as const, 'private' as const),
						beyondFunding: fc.boolean()
					}),
					{ maxLength: 10 }
				),
				actions: fc.array(
					fc.record(
						{
							id: fc.string({ minLength: 1, maxLength: 3 }),
							title: fc.constantFrom('Sportello', 'Laboratorio', 'Rete', 'Formazione'),
							responsibleActorIds: fc.uniqueArray(idArb, { maxLength: 4 }),
							phases: fc.subarray(
								POLICY_CYCLE_PHASES.map((p) => p.id),
								{ maxLength: 3 }
							)
						},
						{ requiredKeys: ['id', 'title', 'responsibleActorIds'] }
					),
					{ maxLength: 6 }
				),
				territory: fc.record(
					{
						comuni: fc.uniqueArray(
							fc.record({
								istat: fc.constantFrom(...ISTAT_POOL),
								name: fc.constantFrom('Milano', 'Crema', 'Lodi', 'Varese'),
								population: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
								ambitoId: fc.option(fc.constantFrom(...AMBITO_POOL), { nil: null }),
								atsId: fc.option(fc.constantFrom(...ATS_POOL), { nil: null })
							}),
							{ selector: (c) => c.istat, maxLength: ISTAT_POOL.length }
						),
						ambiti: fc.uniqueArray(
							fc.record({
								id: fc.constantFrom(...AMBITO_POOL),
								name: fc.constant('Ambito'),
								atsId: fc.option(fc.constantFrom(...ATS_POOL), { nil: null })
							}),
							{ selector: (a) => a.id, maxLength: AMBITO_POOL.length }
						)
					},
					{ requiredKeys: ['comuni'] }
				),
				priorCollaborations: fc.array(
					fc.record(
						{
							a: idArb,
							b: idArb,
							since: dateArb,
							until: fc.option(dateArb, { nil: null }),
							source: fc.constantFrom(...COLLABORATION_SOURCES.map((s) => s.id)),
							level: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
							trust: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
							value: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null })
						},
						{ requiredKeys: ['a', 'b', 'since', 'until', 'source'] }
					),
					{ maxLength: 8 }
				),
				sharedHistory: fc.array(
					fc.record({
						kind: fc.constantFrom(...SHARED_HISTORY_KINDS.map((k) => k.id)),
						actorIds: fc.uniqueArray(idArb, { maxLength: 4 }),
						since: fc.option(dateArb, { nil: null }),
						until: fc.option(dateArb, { nil: null })
					}),
					{ maxLength: 3 }
				),
				networks: fc.uniqueArray(
					fc
						.record(
							{
								id: fc.constantFrom('n1', 'n2', 'n3'),
								name: fc.constant('Rete'),
								memberActorIds: fc.uniqueArray(idArb, { maxLength: 3 }),
								externalMemberCount: fc.integer({ min: 0, max: 50 }),
								memberSince: fc.array(fc.option(dateArb, { nil: null }), {
									minLength: 3,
									maxLength: 3
								})
							},
							{ requiredKeys: ['id', 'name', 'memberActorIds', 'externalMemberCount'] }
						)
						.map(({ memberSince, ...n }) =>
							memberSince === undefined
								? n
								: {
										...n,
										memberships: n.memberActorIds.map((actorId, i) => ({
											actorId,
											since: memberSince[i] ?? null,
											until: null
										}))
									}
						),
					{ selector: (n) => n.id, maxLength: 3 }
				),
				externalTies: fc.array(
					fc.record(
						{
							partnerId: idArb,
							otherActorId: fc.constantFrom('x1', 'x2', 'x3', 'x4', 'a'),
							otherKind: kindArb,
							since: fc.option(dateArb, { nil: null })
						},
						{ requiredKeys: ['partnerId', 'otherActorId', 'otherKind'] }
					),
					{ maxLength: 8 }
				),
				candidates: fc.uniqueArray(
					fc.record({
						actorId: fc.constantFrom('k1', 'k2', 'k3', 'k4'),
						name: fc.constantFrom('Cand Uno', 'Cand Due'),
						kind: kindArb,
						seatComune: fc.option(fc.constantFrom(...ISTAT_POOL), { nil: null }),
						fictional: fc.boolean()
					}),
					{ selector: (c) => c.actorId, maxLength: 4 }
				)
			},
			{
				requiredKeys: [
					'project',
					'partners',
					'commitments',
					'actions',
					'territory',
					'priorCollaborations',
					'networks',
					'externalTies'
				]
			}
		);
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
	const score =
		evaluation.applicable === false
			? null
			: weightedMeanOfPresent(
					evaluation.subscores.map((s) => ({ value: s.score, weight: s.weight }))
				);
	const sub: Record<string, number | null> = Object.fromEntries(
		evaluation.subscores.map((s) => [s.id, s.score])
	);
	return { ...evaluation, score, sub };
}

/** `runCriterion` of one criterion on snapshots built over a test file's base (project, partners). */
export const criterionOn =
	(definition: CriterionDefinition, base: Partial<PartnershipSnapshot>) =>
	(overrides: Partial<PartnershipSnapshot> = {}) =>
		runCriterion(definition, makeSnapshot({ ...base, ...overrides }));

/** Every criterion at equal weight, so that each one's score can be compared in properties. */
export const ALL_CRITERIA: Rubric = {
	id: 'all',
	version: 1,
	name: { it: 'tutti', en: 'all' },
	criteria: CRITERIA.map((c) => ({ id: c.id, weight: 1 }))
};
export const scoreAll = (s: PartnershipSnapshot) => scorePartnership(s, ALL_CRITERIA);
export const criterionOf = (card: Scorecard, id: string) => card.criteria.find((c) => c.id === id)!;
export const subscoreOf = (card: Scorecard, id: string, subId: string) =>
	criterionOf(card, id).subscores.find((s) => s.id === subId)!.score;
/** Property runs score hundreds of partnerships; on a shared 2-core machine they need more than 5 s. */
export const PROPERTY_LIMIT = 60_000;

/** The snapshot with every piece of shared history removed (collaborations, groups, network dates). */
export const noHistory = (s: PartnershipSnapshot): PartnershipSnapshot => {
	const { sharedHistory: _dropped, ...rest } = s;
	return {
		...rest,
		priorCollaborations: [],
		networks: s.networks.map(({ memberships: _m, ...n }) => n)
	};
};
