import { describe, expect, it } from 'vitest';
import { UndoStack, inverseOf, type ActorFields } from './undo';

const before: ActorFields = {
	name: 'ODV Aurora',
	kind: 'odv',
	taxCode: null,
	seatIstat: '019035',
	activeInAmbitoIds: [],
	tags: [],
	notes: null
};

describe('undo', () => {
	it('undoes a creation by deleting it', () => {
		const op = inverseOf({ type: 'createActor', actorId: 'act-1', name: 'x' });
		expect(op.query).toContain('deleteActor');
		expect(op.variables).toEqual({ id: 'act-1' });
		expect(
			inverseOf({ type: 'createCollaboration', collaborationId: 'col-1', between: ['a', 'b'] })
				.query
		).toContain('deleteCollaboration');
	});

	it('undoes an update by writing the old fields at the new version', () => {
		const op = inverseOf({ type: 'updateActor', actorId: 'act-1', before, versionAfter: 4 });
		expect(op.variables).toEqual({ input: { id: 'act-1', expectedVersion: 4, ...before } });
	});

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
});
