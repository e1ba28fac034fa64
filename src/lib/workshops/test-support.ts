import type { RoomContribution } from './room';

let clock = 0;

/**
 * A contribution as the room holds it, for tests: sent by participant `by` (id `p-<by>`; `null` for
 * what the room was seeded with), pending and one tick after the previous one unless `extra` says.
 */
export function contribution(
	clientId: string,
	type: string,
	payload: unknown,
	by: string | null,
	extra: Partial<RoomContribution> = {}
): RoomContribution {
	return {
		id: `id-${clientId}`,
		clientId,
		type,
		payloadJson: JSON.stringify(payload),
		participantId: by === null ? null : `p-${by}`,
		participantName: by ?? '',
		at: ++clock,
		status: 'pending',
		mergedInto: null,
		...extra
	};
}
