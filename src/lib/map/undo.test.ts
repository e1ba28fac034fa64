import { describe, expect, it } from 'vitest';
import { moneyCommitment } from '../../../tests/helpers/documents';
import { validateDocument } from '../domain/validation';
import { GraphQLRequestError, type RunOperation } from '../graphql-client';
import {
	UndoStack,
	deletedActorOf,
	readCurrentRelations,
	restoreDocument,
	sessionUndoStore,
	undoEdit,
	type ActorFields,
	type DeletedActorAnswer,
	type MapEdit
} from './undo';

const before: ActorFields = {
	name: 'ODV Aurora',
	kind: 'odv',
	taxCode: null,
	seatIstat: '019035',
	activeInAmbitoIds: [],
	tags: [],
	notes: null
};

/** A Storage in memory (sessionStorage's interface), optionally full. */
function memoryStorage(full = false): Storage {
	const data = new Map<string, string>();
	return {
		get length() {
			return data.size;
		},
		clear: () => data.clear(),
		getItem: (k) => data.get(k) ?? null,
		key: (i) => [...data.keys()][i] ?? null,
		removeItem: (k) => void data.delete(k),
		setItem: (k, v) => {
			if (full) throw new DOMException('quota', 'QuotaExceededError');
			data.set(k, v);
		}
	};
}

const AMBITO = 'ambito-x';

/** A stand-in for `gql`: records each operation's name and variables, answers with `answer(name)`. */
function recorder(answer: (name: string, variables: Record<string, unknown>) => unknown) {
	const sent: Array<{ name: string; variables: Record<string, unknown> }> = [];
	const request = (async (operation: object, variables: Record<string, unknown> = {}) => {
		const name = /(?:query|mutation) (\w+)/.exec(String(operation))![1]!;
		sent.push({ name, variables });
		return answer(name, variables);
	}) as unknown as RunOperation;
	return { request, sent };
}
/** What the server answers about an actor about to be deleted. */
const answer: DeletedActorAnswer = {
	actor: {
		id: 'act-1',
		...before,
		tags: ['minori'],
		fictional: true,
		version: 3,
		partnerships: [
			{
				id: 'ptn-1',
				role: 'partner',
				since: '2021-01-01',
				until: null,
				commitments: [moneyCommitment(1000)],
				project: {
					id: 'prj-1',
					actions: [
						{ id: 'azn-1', responsible: [{ id: 'act-1' }, { id: 'act-2' }] },
						{ id: 'azn-2', responsible: [{ id: 'act-2' }] }
					]
				}
			}
		],
		memberships: [{ since: '2019-01-01', until: null, network: { id: 'net-1' } }],
		collaborations: [
			{
				id: 'col-1',
				since: null,
				until: null,
				strength: 3,
				trust: null,
				value: 'scambio',
				source: 'declared',
				actorA: { id: 'act-2' },
				actorB: { id: 'act-1' }
			}
		]
	},
	agreements: [
		{ id: 'adp-1', signatories: [{ id: 'comune-1' }], adherents: [{ id: 'act-1' }] },
		{ id: 'adp-2', signatories: [{ id: 'comune-1' }], adherents: [] }
	]
};

describe('undo of one-step edits', () => {
	it('undoes a creation by deleting it', async () => {
		const { request, sent } = recorder(() => ({}));
		await undoEdit({ type: 'createActor', actorId: 'act-1', name: 'x' }, request);
		await undoEdit(
			{ type: 'createCollaboration', collaborationId: 'col-1', between: ['a', 'b'] },
			request
		);
		expect(sent).toEqual([
			{ name: 'DeleteActor', variables: { id: 'act-1' } },
			{ name: 'DeleteCollaboration', variables: { id: 'col-1' } }
		]);
	});

	it('undoes an update by writing the old fields at the new version', async () => {
		const { request, sent } = recorder(() => ({ updateActor: { id: 'act-1', version: 5 } }));
		await undoEdit(
			{ type: 'updateActor', actorId: 'act-1', before, versionBefore: 3, versionAfter: 4 },
			request
		);
		expect(sent).toEqual([
			{ name: 'UpdateActor', variables: { input: { id: 'act-1', expectedVersion: 4, ...before } } }
		]);
	});

	it('reports the version an undone update leaves, so older edits of the actor still apply', async () => {
		const { request } = recorder(() => ({ updateActor: { id: 'act-1', version: 5 } }));
		const rebase = await undoEdit(
			{ type: 'updateActor', actorId: 'act-1', before, versionBefore: 3, versionAfter: 4 },
			request
		);
		expect(rebase).toEqual({ actorId: 'act-1', from: 3, to: 5 });
	});
});

describe('undo of a deletion', () => {
	const deleted = deletedActorOf(answer, AMBITO);

	it('keeps the actor, its relations, and where it signed or was responsible', () => {
		expect(deleted.actor).toEqual({
			id: 'act-1',
			...before,
			tags: ['minori'],
			fictional: true,
			version: 3
		});
		expect(deleted.partnerships).toEqual([
			{
				id: 'ptn-1',
				actorId: 'act-1',
				projectId: 'prj-1',
				role: 'partner',
				since: '2021-01-01',
				until: null,
				commitments: answer.actor!.partnerships[0]!.commitments
			}
		]);
		expect(deleted.memberships).toEqual([
			{ actorId: 'act-1', networkId: 'net-1', since: '2019-01-01', until: null }
		]);
		expect(deleted.collaborations[0]).toMatchObject({
			id: 'col-1',
			actorAId: 'act-2',
			actorBId: 'act-1',
			strength: 3,
			source: 'declared'
		});
		expect(deleted.agreements).toEqual([{ id: 'adp-1', as: 'adherent' }]);
		expect(deleted.actions).toEqual([{ id: 'azn-1', projectId: 'prj-1' }]);
	});

	it('refuses to snapshot an actor that is gone', () => {
		expect(() => deletedActorOf({ actor: null, agreements: [] }, AMBITO)).toThrow(
			GraphQLRequestError
		);
	});

	it('reads the current agreements and actions before restoring, and nothing when there are none', async () => {
		const { request, sent } = recorder((name) =>
			name === 'CurrentAgreements' ? { agreements: [] } : { project: { actions: [] } }
		);
		expect(await readCurrentRelations(deleted, request)).toEqual({ agreements: [], actions: [] });
		expect(sent).toEqual([
			{ name: 'CurrentAgreements', variables: { ambitoId: AMBITO } },
			{ name: 'ProjectActions', variables: { id: 'prj-1' } }
		]);
		expect(
			await readCurrentRelations({ ...deleted, agreements: [], actions: [] }, request)
		).toBeNull();
		expect(sent).toHaveLength(2);
	});

	it('restores into the current agreements and actions, leaving out those deleted since', () => {
		const doc = restoreDocument(deleted, {
			agreements: [
				{
					id: 'adp-1',
					title: 'Accordo',
					ambitoId: AMBITO,
					start: null,
					end: null,
					fictional: true,
					signatories: [{ id: 'comune-1' }],
					// someone else adhered after the deletion: kept
					adherents: [{ id: 'act-9' }]
				}
			],
			actions: [
				{
					id: 'azn-1',
					projectId: 'prj-1',
					title: 'Azione',
					description: null,
					responsible: [{ id: 'act-2' }]
				}
			]
		});
		expect(doc.actors).toEqual([{ id: 'act-1', ...before, tags: ['minori'], fictional: true }]);
		expect(doc.agreements[0]!.adherentActorIds).toEqual(['act-9', 'act-1']);
		expect(doc.agreements[0]!.signatoryActorIds).toEqual(['comune-1']);
		expect(doc.actions[0]!.responsibleActorIds).toEqual(['act-2', 'act-1']);
		expect(doc.partnerships).toEqual(deleted.partnerships);
		expect(doc.collaborations).toEqual(deleted.collaborations);
		expect(validateDocument(doc)).toEqual([]);
		expect(restoreDocument(deleted, null).agreements).toEqual([]);
	});

	it('restores through one import and reports the restored version', async () => {
		const { request, sent } = recorder((name, variables) => {
			if (name === 'RestoreDocument') {
				const doc = JSON.parse((variables.input as { json: string }).json);
				expect(doc.actors[0].id).toBe('act-1');
				return { importDocument: { applied: true, problems: [] } };
			}
			if (name === 'ActorVersion') return { actor: { version: 1 } };
			return name === 'CurrentAgreements' ? { agreements: [] } : { project: { actions: [] } };
		});
		const edit: MapEdit = { type: 'deleteActor', actorId: 'act-1', name: 'ODV Aurora', deleted };
		expect(await undoEdit(edit, request)).toEqual({ actorId: 'act-1', from: 3, to: 1 });
		expect(sent.map((s) => s.name)).toEqual([
			'CurrentAgreements',
			'ProjectActions',
			'RestoreDocument',
			'ActorVersion'
		]);
	});

	it('says why a restore was refused', async () => {
		const { request } = recorder((name) =>
			name === 'RestoreDocument'
				? {
						importDocument: {
							applied: false,
							problems: [{ field: 'partnerships[0].projectId', message: 'does not exist' }]
						}
					}
				: {}
		);
		const edit: MapEdit = {
			type: 'deleteActor',
			actorId: 'act-1',
			name: 'x',
			deleted: { ...deleted, agreements: [], actions: [] }
		};
		await expect(undoEdit(edit, request)).rejects.toThrow(/partnerships\[0\]\.projectId/);
	});
});

describe('the undo stack', () => {
	it('keeps the newest edits, last in first out', () => {
		const stack = new UndoStack(2);
		stack.push({ type: 'createActor', actorId: '1', name: 'a' });
		stack.push({ type: 'createActor', actorId: '2', name: 'b' });
		stack.push({ type: 'createActor', actorId: '3', name: 'c' });
		expect(stack.size).toBe(2);
		expect(stack.pop()).toMatchObject({ actorId: '3' });
		expect(stack.pop()).toMatchObject({ actorId: '2' });
		expect(stack.pop()).toBeUndefined();
	});

	it('survives a reload of the same map, per Ambito and bounded', () => {
		const storage = memoryStorage();
		const first = new UndoStack(3, sessionUndoStore('a', storage));
		for (const id of ['1', '2', '3', '4'])
			first.push({ type: 'createActor', actorId: id, name: id });
		first.pop();

		const reloaded = new UndoStack(3, sessionUndoStore('a', storage));
		expect(reloaded.size).toBe(2);
		expect(reloaded.pop()).toMatchObject({ actorId: '3' });
		expect(new UndoStack(3, sessionUndoStore('b', storage)).size).toBe(0);
		// a smaller bound on reload keeps the newest
		expect(new UndoStack(1, sessionUndoStore('a', storage)).peek()).toMatchObject({ actorId: '2' });
	});

	it('ignores stored values it cannot undo, and a full storage', () => {
		const storage = memoryStorage();
		storage.setItem('trama:map-undo:a', 'not json');
		expect(new UndoStack(5, sessionUndoStore('a', storage)).size).toBe(0);
		storage.setItem(
			'trama:map-undo:a',
			JSON.stringify([
				{ type: 'dropTable' },
				{ type: 'updateActor', actorId: 'x', before, versionAfter: 2 },
				{ type: 'createActor', actorId: 'ok', name: 'ok' }
			])
		);
		const stack = new UndoStack(5, sessionUndoStore('a', storage));
		expect(stack.size).toBe(1);
		expect(stack.peek()).toMatchObject({ actorId: 'ok' });

		const full = new UndoStack(5, sessionUndoStore('a', memoryStorage(true)));
		full.push({ type: 'createActor', actorId: '1', name: 'a' });
		expect(full.size).toBe(1);
	});

	it('moves older updates of an actor to the version an undo left', () => {
		const storage = memoryStorage();
		const stack = new UndoStack(5, sessionUndoStore('a', storage));
		stack.push({ type: 'updateActor', actorId: 'x', before, versionBefore: 1, versionAfter: 2 });
		stack.push({ type: 'updateActor', actorId: 'y', before, versionBefore: 1, versionAfter: 2 });
		stack.rebase({ actorId: 'x', from: 2, to: 4 });
		const reloaded = new UndoStack(5, sessionUndoStore('a', storage));
		expect(reloaded.pop()).toMatchObject({ actorId: 'y', versionAfter: 2 });
		expect(reloaded.pop()).toMatchObject({ actorId: 'x', versionAfter: 4 });
	});
});
