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
});
