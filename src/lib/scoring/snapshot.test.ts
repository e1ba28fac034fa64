import { describe, expect, it } from 'vitest';
import { canonicalSnapshot } from './snapshot';
import { makePartner, makeSnapshot } from './test-support';

describe('canonicalSnapshot', () => {
	it('merges a partner listed twice, keeping the most engaged role and all its Ambiti', () => {
		const canonical = canonicalSnapshot(
			makeSnapshot({
				partners: [
					makePartner('b', 'odv', 'sostenitore', { ambitoIds: ['Y'] }),
					makePartner('a', 'comune'),
					makePartner('b', 'odv', 'partner', { ambitoIds: ['X'] })
				]
			})
		);
		expect(canonical.partners.map((p) => [p.actorId, p.role, p.ambitoIds])).toEqual([
			['a', 'partner', []],
			['b', 'partner', ['X', 'Y']]
		]);
	});

	it('resolves conflicting duplicates the same way whatever their order', () => {
		const ties = [
			{ partnerId: 'a', otherActorId: 'x', otherKind: 'odv' as const },
			{ partnerId: 'a', otherActorId: 'x', otherKind: 'aps' as const }
		];
		const one = canonicalSnapshot(makeSnapshot({ externalTies: ties }));
		const other = canonicalSnapshot(makeSnapshot({ externalTies: [...ties].reverse() }));
		expect(one.externalTies).toEqual(other.externalTies);
		expect(one.externalTies).toHaveLength(1);
	});

	it('orients collaboration pairs', () => {
		const canonical = canonicalSnapshot(
			makeSnapshot({
				priorCollaborations: [
					{ a: 'z', b: 'a', since: '2020-01-01', until: null, source: 'survey' }
				]
			})
		);
		expect(canonical.priorCollaborations[0]).toMatchObject({ a: 'a', b: 'z' });
	});

	it('reads null lists as empty, as Cypher returns them for an ASST with no Comuni mapped', () => {
		const raw = {
			project: { id: 'p', title: 'P', start: null, end: null },
			partners: [{ ...makePartner('asst', 'asst'), ambitoIds: null, atsIds: null }],
			commitments: null,
			actions: [{ id: 'a', title: 'x', responsibleActorIds: null }],
			territory: { comuni: null },
			priorCollaborations: null,
			networks: [{ id: 'n', name: 'N', memberActorIds: null, externalMemberCount: 0 }],
			externalTies: null
		} as unknown as Parameters<typeof canonicalSnapshot>[0];
		const canonical = canonicalSnapshot(raw);
		expect(canonical.partners[0]).toMatchObject({ ambitoIds: [], atsIds: [] });
		expect(canonical.actions[0]?.responsibleActorIds).toEqual([]);
		expect(canonical.networks[0]?.memberActorIds).toEqual([]);
		expect(canonical.territory.comuni).toEqual([]);
		expect(canonical.commitments).toEqual([]);
	});

	it('keeps optional fields absent when they were absent, so old snapshots keep their fingerprint', () => {
		const canonical = canonicalSnapshot(makeSnapshot({ partners: [makePartner('a', 'odv')] }));
		expect('sharedHistory' in canonical).toBe(false);
		expect('ambiti' in canonical.territory).toBe(false);
		expect('legalEntityId' in canonical.partners[0]!).toBe(false);
	});

	it('merges the declared members of a partner listed twice', () => {
		const canonical = canonicalSnapshot(
			makeSnapshot({
				partners: [
					makePartner('r', 'rete_territoriale', 'membro', {
						declaredMembers: [{ kind: 'odv', count: 10 }]
					}),
					makePartner('r', 'rete_territoriale', 'partner', {
						declaredMembers: [
							{ kind: 'odv', count: 12 },
							{ kind: 'comune', count: 3 }
						]
					})
				]
			})
		);
		expect(canonical.partners).toHaveLength(1);
		expect(canonical.partners[0]).toMatchObject({
			role: 'partner',
			declaredMembers: [
				{ kind: 'comune', count: 3 },
				{ kind: 'odv', count: 12 }
			]
		});
	});
});

describe('canonicalSnapshot order', () => {
	const SEP = '\u0000';
	const candidate = (actorId: string, kind: 'odv' | 'aps', name: string) => ({
		actorId,
		name,
		kind,
		seatComune: '015146'
	});
	// The order of the whole key, field by field joined by SEP, as the canonical form defines it.
	const byWholeKey = (cs: ReturnType<typeof candidate>[]) =>
		[...cs].sort((x, y) => {
			const kx = [x.actorId, x.kind, x.seatComune, x.name].join(SEP);
			const ky = [y.actorId, y.kind, y.seatComune, y.name].join(SEP);
			return kx < ky ? -1 : kx > ky ? 1 : 0;
		});

	it('orders by the whole key when one id is a prefix of another, whatever the input order', () => {
		// 'a' is a prefix of 'a\u0000a': the separator after 'a' meets the id's own U+0000, and the
		// kinds decide ('a…' of 'aps' before 'o' of 'odv').
		const cs = [
			candidate('a', 'odv', 'Uno'),
			candidate('a\u0000a', 'aps', 'Due'),
			candidate('ab', 'odv', 'Tre'),
			candidate('b', 'aps', 'Quattro')
		];
		const expected = byWholeKey(cs).map((c) => c.actorId);
		expect(expected).toEqual(['a\u0000a', 'a', 'ab', 'b']);
		for (const input of [cs, [...cs].reverse(), [cs[2]!, cs[0]!, cs[3]!, cs[1]!]])
			expect(
				canonicalSnapshot(makeSnapshot({ candidates: input })).candidates!.map((c) => c.actorId)
			).toEqual(expected);
	});
});
