/** The fields of an actor the map edits (GraphQL `ActorInput`). */
export interface ActorFields {
	name: string;
	kind: string;
	taxCode: string | null;
	seatIstat: string | null;
	activeInAmbitoIds: string[];
	tags: string[];
	notes: string | null;
}

/** A change made from the map, with what is needed to take it back. */
export type MapEdit =
	| { type: 'createActor'; actorId: string; name: string }
	| { type: 'updateActor'; actorId: string; before: ActorFields; versionAfter: number }
	| { type: 'createCollaboration'; collaborationId: string; between: [string, string] };

export interface Operation {
	query: string;
	variables: Record<string, unknown>;
}

const DELETE_ACTOR = 'mutation ($id: ID!) { deleteActor(id: $id) }';
const UPDATE_ACTOR =
	'mutation ($input: UpdateActorInput!) { updateActor(input: $input) { id version } }';
const DELETE_COLLABORATION = 'mutation ($id: ID!) { deleteCollaboration(id: $id) }';

/** The GraphQL operation that undoes an edit: the same mutations the forms use, run backwards. */
export function inverseOf(edit: MapEdit): Operation {
	switch (edit.type) {
		case 'createActor':
			return { query: DELETE_ACTOR, variables: { id: edit.actorId } };
		case 'updateActor':
			return {
				query: UPDATE_ACTOR,
				variables: {
					input: { id: edit.actorId, expectedVersion: edit.versionAfter, ...edit.before }
				}
			};
		case 'createCollaboration':
			return { query: DELETE_COLLABORATION, variables: { id: edit.collaborationId } };
	}
}

/** The last changes, newest on top, bounded so a long session does not grow without limit. */
export class UndoStack {
	#edits: MapEdit[] = [];
	constructor(readonly limit = 20) {}
	push(edit: MapEdit): void {
		this.#edits.push(edit);
		if (this.#edits.length > this.limit) this.#edits.shift();
	}
	pop(): MapEdit | undefined {
		return this.#edits.pop();
	}
	peek(): MapEdit | undefined {
		return this.#edits.at(-1);
	}
	get size(): number {
		return this.#edits.length;
	}
}
