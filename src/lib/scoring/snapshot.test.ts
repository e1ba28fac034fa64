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
