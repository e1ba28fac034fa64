import { describe, expect, it } from 'vitest';
import { fitLabel, layoutProjector, MIN_LABEL } from './projector';
import {
	ratableActors,
	resolveRef,
	roomActors,
	roomRelations,
	sameNameActor,
	type Room,
	type RoomContribution
} from './room';
import { contribution } from './test-support';

/** A room pre-loaded with `size` organisations in a chain, plus what participants added. */
function room(size: number, added: RoomContribution[] = []): Room {
	const seeded = Array.from({ length: size }, (_, i) =>
		contribution(
			`map:a${i}`,
			'actor',
			{ name: `Organizzazione numero ${i}`, existingActorId: `a${i}` },
			null
		)
	);
	const chain = Array.from({ length: size - 1 }, (_, i) =>
		contribution(
			`map:r${i}`,
			'relation',
			{ a: `map:a${i}`, b: `map:a${i + 1}`, existing: true },
			null
		)
	);
	return { workshop: null, participants: [], contributions: [...seeded, ...chain, ...added] };
}

const SCREEN = { width: 1400, height: 900, screenHeight: 1080 };
const lay = (r: Room) =>
	layoutProjector(r, roomActors(r), roomRelations(r), (ref) => resolveRef(r, ref), SCREEN);

describe('projector layout', () => {
	it('keeps labels at least 2.5% of the screen height, one per line, inside the area', () => {
		for (const size of [3, 20, 45, 162]) {
			const { nodes, fontSize } = lay(room(size));
			expect(fontSize / SCREEN.screenHeight).toBeGreaterThanOrEqual(0.025);
			expect(fontSize / SCREEN.screenHeight).toBeGreaterThanOrEqual(MIN_LABEL - 0.001);
			for (const side of ['start', 'end'] as const) {
				const ys = nodes
					.filter((p) => p.anchor === side)
					.map((p) => p.y)
					.sort((a, b) => a - b);
				for (let i = 1; i < ys.length; i++)
					expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(fontSize);
				for (const y of ys) {
					expect(y - fontSize / 2).toBeGreaterThanOrEqual(0);
					expect(y + fontSize / 2).toBeLessThanOrEqual(SCREEN.height);
				}
			}
		}
	});

	it('shows every actor of a workshop-sized map, larger when there are few', () => {
		const small = lay(room(8));
		const medium = lay(room(40));
		expect(small.nodes).toHaveLength(8);
		expect(medium.nodes).toHaveLength(40);
		expect(medium.hidden).toBe(0);
		expect(small.fontSize).toBeGreaterThan(medium.fontSize);
	});

	it('on a large pre-loaded map shows the neighbourhood under discussion', () => {
		const r = room(162, [
			contribution('rel-new-1', 'relation', { a: 'map:a100', b: 'map:a150' }, 'p1'),
			contribution('new-actor-1', 'actor', { name: 'Nuova cooperativa' }, 'p2')
		]);
		const { nodes, hidden } = lay(r);
		const shown = nodes.map((p) => p.actor.ref);
		expect(hidden).toBe(163 - nodes.length);
		expect(hidden).toBeGreaterThan(0);
		// The touched actors and their neighbours on the chain are on screen.
		for (const ref of ['new-actor-1', 'map:a100', 'map:a150', 'map:a99', 'map:a101', 'map:a151'])
			expect(shown).toContain(ref);
	});
});

describe('what a phone offers', () => {
	it('rates only the actors added here or brought into the discussion, not the whole map', () => {
		const r = room(150, [
			contribution('new-actor-2', 'actor', { name: 'Nuova associazione' }, 'p1'),
			contribution('rel-new-2', 'relation', { a: 'map:a3', b: 'new-actor-2' }, 'p1')
		]);
		expect(
			ratableActors(r)
				.map((a) => a.ref)
				.sort()
		).toEqual(['map:a3', 'new-actor-2']);
	});

	it('rates only what the facilitator chose, when they chose (even pre-loaded, untouched ones)', () => {
		const r = room(150, [
			contribution('new-actor-3', 'actor', { name: 'Nuova cooperativa' }, 'p1'),
			contribution('rel-new-3', 'relation', { a: 'map:a3', b: 'new-actor-3' }, 'p1')
		]);
		r.workshop = {
			id: 'w',
			code: 'ABCD2345',
			name: 'Tavolo',
			ambitoId: 'amb',
			step: 'influence',
			status: 'open',
			joiningOpen: true,
			ratedActors: ['new-actor-3', 'map:a120']
		};
		expect(
			ratableActors(r)
				.map((a) => a.ref)
				.sort()
		).toEqual(['map:a120', 'new-actor-3']);
	});

	it('finds the actor of the same name whatever the accents, case and spacing', () => {
		const actors = roomActors(
			room(3, [contribution('c1', 'actor', { name: 'Caritàs Cremasca' }, 'p')])
		);
		expect(sameNameActor(actors, '  caritas   CREMASCA ')?.ref).toBe('c1');
		expect(sameNameActor(actors, 'Caritas')).toBeNull();
	});
});

describe('fitLabel', () => {
	it('tells apart names that share a long beginning, within the characters given', () => {
		const names = [
			'Cooperativa sociale Il Girasole',
			'Cooperativa sociale Il Ponte',
			'Cooperativa sociale La Goccia',
			'Parrocchia di San Pietro – Camisano'
		];
		const labels = names.map((name) => fitLabel(name, 20));
		expect(new Set(labels).size).toBe(names.length);
		for (const [i, label] of labels.entries()) {
			expect(label.length).toBeLessThanOrEqual(20);
			expect(label).toContain('…');
			expect(label.endsWith(names[i]!.split(' ').at(-1)!)).toBe(true);
		}
		expect(labels[0]).toBe('Cooperativ… Girasole');
	});

	it('keeps short names whole and cuts a name with one long word at the end', () => {
		expect(fitLabel('RSA Villa Serena', 20)).toBe('RSA Villa Serena');
		expect(fitLabel('Associazione Sovracomunalissimamente', 20)).toBe('Associazione Sovrac…');
	});
});
