import { describe, expect, it } from 'vitest';
import {
	emptyDocument,
	newActor,
	type ActorRecord,
	type TramaDocument
} from '../../../domain/model';
import { moneyCommitment } from '../../../../../tests/helpers/documents';
import { applyMergeDecisions, findPossibleDuplicates, normalizeActorName } from './duplicates';

const actor = (id: string, name: string, extra: Partial<ActorRecord> = {}): ActorRecord =>
	newActor({ id, name, kind: 'aps', seatIstat: '019035', ...extra });

describe('normalizeActorName', () => {
	it.each([
		['Il Sole Società Cooperativa Sociale Onlus', 'il sole'],
		['Cooperativa sociale Il Sole', 'il sole'],
		['IL SOLE soc. coop. a r.l.', 'il sole'],
		['Coop. Il Sole S.C.S.', 'il sole'],
		['Associazione Amici APS', 'associazione amici'],
		['Amici ODV - ETS', 'amici'],
		['Rossi S.r.l.', 'rossi'],
		// A name made only of legal forms is kept, not emptied.
		['Cooperativa sociale', 'cooperativa sociale']
	])('%s → %s', (name, expected) => {
		expect(normalizeActorName(name)).toBe(expected);
	});
});

describe('findPossibleDuplicates', () => {
	const existing = [
		{
			id: 'e1',
			name: 'Il Sole Società Cooperativa Sociale Onlus',
			kind: 'cooperativa_sociale_a',
			taxCode: '00743110157',
			seatIstat: '013041'
		},
		{ id: 'e2', name: 'Associazione Amici', kind: 'aps', taxCode: null, seatIstat: '019035' }
	];

	it('pairs incoming actors with existing ones by tax code or by name in the same Comune', () => {
		const incoming = [
			actor('i1', 'Coop Sole', { taxCode: '00743110157', seatIstat: null }),
			actor('i2', 'Associazione Amici APS'),
			actor('i3', 'Associazione Amici APS', { seatIstat: '097042' }), // other Comune
			actor('e2', 'Associazione Amici') // the same actor re-imported
		];
		expect(findPossibleDuplicates(incoming, existing)).toEqual([
			{ incomingId: 'i1', otherId: 'e1', otherIsExisting: true, reason: 'same_tax_code' },
			{ incomingId: 'i2', otherId: 'e2', otherIsExisting: true, reason: 'same_name_same_comune' }
		]);
	});

	it('finds duplicates within the file, each pair once, tax code first', () => {
		const incoming = [
			actor('a', 'Amici ODV', { taxCode: '12345678903' }),
			actor('b', 'Amici O.D.V.', { taxCode: '12345678903' }),
			actor('c', 'Amici')
		];
		expect(findPossibleDuplicates(incoming, [])).toEqual([
			{ incomingId: 'b', otherId: 'a', otherIsExisting: false, reason: 'same_tax_code' },
			{ incomingId: 'c', otherId: 'a', otherIsExisting: false, reason: 'same_name_same_comune' },
			{ incomingId: 'c', otherId: 'b', otherIsExisting: false, reason: 'same_name_same_comune' }
		]);
	});
});

describe('applyMergeDecisions', () => {
	function document(): TramaDocument {
		return {
			...emptyDocument(),
			actors: [
				actor('a', 'Amici ODV', { tags: ['giovani'] }),
				actor('b', 'Amici O.D.V.', { taxCode: '12345678903', tags: ['famiglie'], kind: 'odv' }),
				actor('c', 'Coop Nuova')
			],
			partnerships: [
				{
					id: 'p1',
					actorId: 'a',
					projectId: 'x',
					role: 'partner',
					since: null,
					until: null,
					commitments: [moneyCommitment(1)]
				},
				{
					id: 'p2',
					actorId: 'b',
					projectId: 'x',
					role: 'partner',
					since: null,
					until: null,
					commitments: [
						{
							type: 'staff_hours',
							amount: 5,
							valueEur: null,
							source: 'private',
							beyondFunding: false,
							description: null
						}
					]
				},
				{
					id: 'p3',
					actorId: 'c',
					projectId: 'x',
					role: 'capofila',
					since: null,
					until: null,
					commitments: []
				}
			],
			actions: [
				{
					id: 'x1',
					projectId: 'x',
					title: 'T',
					description: null,
					responsibleActorIds: ['a', 'b', 'c']
				}
			],
			collaborations: [
				{
					id: 'c1',
					actorAId: 'a',
					actorBId: 'b',
					since: null,
					until: null,
					strength: 3,
					trust: null,
					value: null,
					source: 'declared'
				},
				{
					id: 'c2',
					actorAId: 'b',
					actorBId: 'c',
					since: null,
					until: null,
					strength: 2,
					trust: null,
					value: null,
					source: 'declared'
				}
			]
		};
	}

	it('merges within the document: fills gaps, rewrites references, combines partnerships', () => {
		const input = document();
		const before = structuredClone(input);
		const merged = applyMergeDecisions(input, [{ incomingId: 'b', mergeIntoId: 'a' }]);
		expect(input).toEqual(before); // the input is not changed
		expect(merged.actors.map((a) => a.id)).toEqual(['a', 'c']);
		expect(merged.actors[0]).toMatchObject({
			taxCode: '12345678903',
			tags: ['giovani', 'famiglie'],
			kind: 'aps'
		});
		expect(merged.partnerships.map((p) => [p.id, p.actorId, p.commitments.length])).toEqual([
			['p1', 'a', 2],
			['p3', 'c', 0]
		]);
		expect(merged.actions[0]!.responsibleActorIds).toEqual(['a', 'c']);
		// a–b became a–a and is dropped; b–c became a–c.
		expect(merged.collaborations.map((c) => [c.id, c.actorAId, c.actorBId])).toEqual([
			['c2', 'a', 'c']
		]);
	});

	it('merging into an existing actor drops the incoming record and points references to it', () => {
		const merged = applyMergeDecisions(document(), [
			{ incomingId: 'c', mergeIntoId: 'existing-1' },
			{ incomingId: 'b', mergeIntoId: 'c' } // chains are followed: b → c → existing-1
		]);
		expect(merged.actors.map((a) => a.id)).toEqual(['a']);
		expect(merged.partnerships.map((p) => p.actorId)).toEqual(['a', 'existing-1']);
		expect(merged.actions[0]!.responsibleActorIds).toEqual(['a', 'existing-1']);
	});

	it('refuses a cycle', () => {
		expect(() =>
			applyMergeDecisions(document(), [
				{ incomingId: 'a', mergeIntoId: 'b' },
				{ incomingId: 'b', mergeIntoId: 'a' }
			])
		).toThrow(/cycle/);
	});
});
