// Records and documents for tests that import a document of their own (import-write, export-import):
// every field filled with its neutral value, so that a test names only what it is about.
import {
	emptyDocument,
	newActor,
	type ActorRecord,
	type CommitmentRecord,
	type FundingSourceId,
	type NetworkRecord,
	type TramaDocument
} from '../../src/lib/domain';

/** A demo-flagged APS (`fictional`), so that a test's actors never pass for real ones. */
export const actorRecord = (id: string, over: Partial<ActorRecord> = {}): ActorRecord =>
	newActor({ id, name: `APS ${id}`, kind: 'aps', fictional: true, ...over });

export const networkRecord = (id: string): NetworkRecord => ({
	id,
	name: `Rete ${id}`,
	description: null,
	ambitoId: null,
	linkedNetworkIds: [],
	fictional: true
});

/** Money committed for the funding period only, valued at its amount, with no description. */
export const moneyCommitment = (
	amount: number,
	source: FundingSourceId = 'private'
): CommitmentRecord => ({
	type: 'money',
	amount,
	valueEur: amount,
	source,
	beyondFunding: false,
	description: null
});

/** A document holding only what `over` gives it. */
export const testDocument = (over: Partial<TramaDocument>): TramaDocument => ({
	...emptyDocument(),
	...over
});
