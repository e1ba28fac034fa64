import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	applyAdjustments,
	describeSnapshotChanges,
	fnv1a52,
	snapshotFingerprint
} from './adjustments';
import { PROGRAMMAZIONE_2025_2027 } from './rubrics';
import { canonicalSnapshot } from './snapshot';
import { scorePartnership } from './score';
import type { PartnershipSnapshot } from './types';

const snapshot: PartnershipSnapshot = {
	project: { id: 'p', title: 'P', start: '2021-01-01', end: '2023-12-31' },
	partners: [
		{
			actorId: 'a',
			name: 'Comune A',
			kind: 'comune',
			role: 'capofila',
			seatComune: '019035',
			ambitoIds: ['amb'],
			atsIds: ['ats']
		},
		{
			actorId: 'b',
			name: 'Coop B',
			kind: 'cooperativa_sociale_a',
			role: 'partner',
			seatComune: '019035',
			ambitoIds: ['amb'],
			atsIds: ['ats']
		}
	],
	commitments: [
		{ actorId: 'a', type: 'money', amountEur: 1000, source: 'public', beyondFunding: false },
		{ actorId: 'b', type: 'staff_hours', amountEur: 500, source: 'private', beyondFunding: true }
	],
	actions: [{ id: 'x', title: 'Sportello', responsibleActorIds: ['a', 'b'] }],
	territory: {
		comuni: [{ istat: '019035', name: 'Crema', population: 34000, ambitoId: 'amb', atsId: 'ats' }]
	},
	priorCollaborations: [],
	networks: [],
	externalTies: []
};

describe('evaluator adjustments', () => {
	const card = scorePartnership(snapshot, PROGRAMMAZIONE_2025_2027);

	it('replace the adjusted criterion and recompute the total with the same weights', () => {
		const adjusted = applyAdjustments(card, [
			{ criterionId: 'C', score: 80, reason: 'storia nota', by: 'u', at: '2026-01-01' }
		]);
		expect(adjusted.criteria.find((c) => c.id === 'C')!.score).toBe(80);
		const present = adjusted.criteria.filter((c) => c.score !== null);
		const expected =
			present.reduce((s, c) => s + c.weight * c.score!, 0) /
			present.reduce((s, c) => s + c.weight, 0);
		expect(adjusted.total).toBeCloseTo(expected, 9);
		expect(card.criteria.find((c) => c.id === 'C')!.score).not.toBe(80); // input untouched
	});

	it('make a not-assessable criterion assessable when the evaluator scores it', () => {
		const notAssessable = card.criteria.find((c) => !c.assessable);
		if (!notAssessable) return expect(card.criteria.every((c) => c.assessable)).toBe(true);
		const adjusted = applyAdjustments(card, [
			{ criterionId: notAssessable.id, score: 50, reason: 'r', by: 'u', at: 't' }
		]);
		expect(adjusted.assessedWeightShare).toBeGreaterThan(card.assessedWeightShare);
	});
});

describe('data changes after an evaluation', () => {
	/** The fingerprint as it was first written (BigInt): final evaluations store its values. */
	const fnv1a52BigInt = (text: string) => {
		let hash = 0xcbf29ce484222325n;
		for (let i = 0; i < text.length; i++) {
			hash ^= BigInt(text.charCodeAt(i));
			hash = (hash * 0x100000001b3n) & 0xfffffffffffffn;
		}
		return hash.toString(36);
	};

	it('fingerprints as stored ones were: the same value as the first (BigInt) form, for any text', () => {
		expect(fnv1a52('{"project":"p"}')).toBe(fnv1a52BigInt('{"project":"p"}'));
		expect(fnv1a52('a')).toBe('ap6mcnqjkc');
		fc.assert(
			fc.property(fc.string({ minLength: 1, unit: 'binary' }), (text) => {
				expect(fnv1a52(text)).toBe(fnv1a52BigInt(text));
			}),
			{ numRuns: 2000 }
		);
		expect(snapshotFingerprint(snapshot)).toBe(
			fnv1a52BigInt(JSON.stringify(canonicalSnapshot({ ...snapshot, candidates: [] })))
		);
	});

	it('fingerprints ignore list order and suggestion candidates', () => {
		const reordered = {
			...snapshot,
			partners: [...snapshot.partners].reverse(),
			candidates: [{ actorId: 'z', name: 'Z', kind: 'odv' as const, seatComune: null }]
		};
		expect(snapshotFingerprint(reordered)).toBe(snapshotFingerprint(snapshot));
	});

	it('names new partners, changed roles, removed actions and resource changes', () => {
		const after: PartnershipSnapshot = {
			...snapshot,
			partners: [
				{ ...snapshot.partners[0]! },
				{ ...snapshot.partners[1]!, role: 'aderente' },
				{
					actorId: 'c',
					name: 'ODV C',
					kind: 'odv',
					role: 'partner',
					seatComune: null,
					ambitoIds: [],
					atsIds: []
				}
			],
			actions: [],
			commitments: [snapshot.commitments[0]!]
		};
		const changes = describeSnapshotChanges(snapshot, after).map((c) => c.it);
		expect(changes).toContain('Nuovo partner: ODV C (Partner)');
		expect(changes).toContain('Coop B: ruolo da Partner a Aderente');
		expect(changes).toContain('Azione eliminata: Sportello');
		expect(changes).toContain('Risorse private: da 500 € a 0 €');
		expect(snapshotFingerprint(after)).not.toBe(snapshotFingerprint(snapshot));
		expect(describeSnapshotChanges(snapshot, snapshot)).toEqual([]);
	});

	it('write amounts of euros grouped as each language does ("9.460 €", never "9460 €")', () => {
		const before = {
			...snapshot,
			commitments: [{ ...snapshot.commitments[0]!, amountEur: 9460 }]
		};
		const after = { ...snapshot, commitments: [] };
		const [change] = describeSnapshotChanges(before, after).filter((c) =>
			c.it.startsWith('Risorse')
		);
		expect(change?.it).toBe('Risorse pubbliche: da 9.460 € a 0 €');
		expect(change?.en).toBe('public resources: from €9,460 to €0');
	});
});
