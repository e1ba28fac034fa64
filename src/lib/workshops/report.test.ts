import { describe, expect, it } from 'vitest';
import { disagreements, workshopReportContent, type ReportInput } from './report';
import type { RoomContribution } from './room';
import { contribution } from './test-support';

const c = (
	clientId: string,
	type: string,
	payload: unknown,
	by: string,
	status = 'pending'
): RoomContribution => contribution(clientId, type, payload, by, { status });

const contributions: RoomContribution[] = [
	c('a1', 'actor', { name: 'Centro Giovani', kind: 'aps' }, 'Anna', 'accepted'),
	c(
		'b1',
		'actor',
		{ name: 'Cooperativa Sole', kind: 'cooperativa_sociale_a' },
		'Bruno',
		'accepted'
	),
	c('r1', 'relation', { a: 'a1', b: 'b1', label: 'doposcuola', strength: 1 }, 'Anna', 'accepted'),
	c('r2', 'relation', { a: 'b1', b: 'a1', label: null, strength: 4 }, 'Bruno'),
	c('r3', 'relation', { a: 'a1', b: 'b1', label: 'mensa', strength: null }, 'Carla', 'rejected'),
	c('x1', 'rating', { actor: 'a1', value: 5 }, 'Anna'),
	c('x2', 'rating', { actor: 'a1', value: 1 }, 'Bruno'),
	c('x3', 'rating', { actor: 'b1', value: 3 }, 'Anna'),
	c('x4', 'rating', { actor: 'b1', value: 4 }, 'Bruno'),
	c('g1', 'note', { kind: 'goal', text: 'Un doposcuola in ogni Comune', actor: null }, 'Anna'),
	c('n1', 'note', { kind: 'note', text: 'Spazi liberi il sabato', actor: 'b1' }, 'Bruno')
];
const room = { workshop: null, participants: [], contributions };
const names: Record<string, string> = { a1: 'Centro Giovani', b1: 'Cooperativa Sole' };

describe('workshop report: disagreements between participants', () => {
	it('finds ratings far apart, one tie drawn with different strengths, and a tie turned down', () => {
		expect(disagreements(room, (ref) => names[ref] ?? '?')).toEqual([
			{
				kind: 'influence',
				actor: 'Centro Giovani',
				ratings: [
					{ by: 'Bruno', value: 1 },
					{ by: 'Anna', value: 5 }
				]
			},
			{
				kind: 'relation',
				a: 'Centro Giovani',
				b: 'Cooperativa Sole',
				drawn: [
					{ by: 'Anna', strength: 1 },
					{ by: 'Bruno', strength: 4 }
				]
			},
			{ kind: 'rejected', a: 'Centro Giovani', b: 'Cooperativa Sole', by: 'Carla' }
		]);
	});

	it('finds none when the room agrees (ratings 1 apart, same strength)', () => {
		const calm = contributions.filter((x) => !['x1', 'x2', 'r2', 'r3'].includes(x.clientId));
		expect(disagreements({ ...room, contributions: calm }, (ref) => names[ref] ?? '?')).toEqual([]);
	});
});

describe('workshop report content', () => {
	const input: ReportInput = {
		workshop: { name: 'Tavolo minori', code: 'ABCD2345', status: 'committed', createdAt: 0 },
		participants: [
			{ id: 'p-Anna', name: 'Anna', removed: false },
			{ id: 'p-Bruno', name: 'Bruno', removed: false },
			{ id: 'p-Carla', name: 'Carla', removed: true }
		],
		contributions,
		committed: {
			participantCount: 2,
			committedAt: 0,
			actorsAdded: 2,
			collaborationsAdded: 1,
			actorsRated: 2,
			notes: 2
		}
	};
	const content = workshopReportContent(input, 'it', '2026-01-01T00:00:00Z');
	const section = (title: string) => content.sections.find((s) => s.title === title)!;

	it('says the topic, the participants and the towers, highest first', () => {
		expect(content.facts).toContainEqual(['Partecipanti', '2']);
		expect(content.facts).toContainEqual(['Tema', 'Tavolo minori']);
		expect(section('Torri dell’influenza').table!.rows).toEqual([
			['Cooperativa Sole', '3,5', '2', '3–4'],
			['Centro Giovani', '3', '2', '1–5']
		]);
		expect(section('Obiettivi').list).toEqual(['Un doposcuola in ogni Comune (Anna)']);
		expect(section('Note').list).toEqual(['Spazi liberi il sabato (Bruno, Cooperativa Sole)']);
		expect(section('Salvato nella mappa').table!.rows[0]).toEqual(['Soggetti nuovi', '2']);
	});

	it('draws the map the room discussed as an SVG with every actor’s name', () => {
		expect(content.map?.svg).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>$/);
		expect(content.map?.svg).toContain('>Centro Giovani<');
		expect(content.map?.svg).toContain('>Cooperativa Sole<');
		// the same input draws the same map
		expect(workshopReportContent(input, 'it', '2026-01-01T00:00:00Z').map?.svg).toBe(
			content.map?.svg
		);
	});
});
