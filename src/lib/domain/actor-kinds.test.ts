import { describe, expect, it } from 'vitest';
import {
	ACTOR_KINDS,
	ACTOR_KIND_BY_ID,
	SOCIO_SANITARY_INTEGRATION_KINDS,
	coverageOfKind,
	isActorKindId,
	isPublicKind,
	type ActorKindId,
	isRepresentativeKind,
	kindsOfSector,
	sectorOfKind
} from './actor-kinds';
import { SECTORS, isSectorId } from './sectors';

describe('actor kinds', () => {
	it('have unique snake_case ids and both labels', () => {
		const ids = ACTOR_KINDS.map((kind) => kind.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const kind of ACTOR_KINDS) {
			expect(kind.id).toMatch(/^[a-z][a-z0-9_]*$/);
			expect(kind.label.it.length).toBeGreaterThan(0);
			expect(kind.label.en.length).toBeGreaterThan(0);
		}
	});

	it('count under a known sector, except "altro"', () => {
		for (const kind of ACTOR_KINDS) {
			if (kind.id === 'altro') expect(kind.sector).toBeNull();
			else expect(isSectorId(kind.sector)).toBe(true);
		}
	});

	it('leave no sector without a kind', () => {
		for (const sector of SECTORS) expect(kindsOfSector(sector.id).length).toBeGreaterThan(0);
	});

	it('place the Lombard bodies where the guidelines do', () => {
		expect(sectorOfKind('asst')).toBe('socio_sanitary');
		expect(sectorOfKind('casa_di_comunita')).toBe('socio_sanitary');
		expect(sectorOfKind('ambito')).toBe('public_institutional');
		expect(sectorOfKind('cooperativa_sociale_b')).toBe('third_sector');
		expect(sectorOfKind('fondazione_bancaria')).toBe('foundations');
		expect(sectorOfKind('centro_impiego')).toBe('education_work');
		expect(sectorOfKind('altro')).toBeNull();
	});

	it('mark representative bodies', () => {
		const representative = ACTOR_KINDS.filter((kind) => isRepresentativeKind(kind.id)).map(
			(kind) => kind.id
		);
		expect(representative.sort()).toEqual([
			'associazione_datoriale',
			'associazione_rappresentanza',
			'forum_terzo_settore',
			'organizzazione_sindacale',
			'rete_associativa'
		]);
	});

	it('give a coverage scope only to territorial bodies and to the Comuni’s own agencies', () => {
		for (const kind of ACTOR_KINDS) {
			if (coverageOfKind(kind.id) !== 'seat' && kind.id !== 'azienda_speciale') {
				expect(ACTOR_KIND_BY_ID[kind.id].isTerritorial, kind.id).toBe(true);
			}
		}
		expect(coverageOfKind('cooperativa_sociale_a')).toBe('seat');
		expect(coverageOfKind('ats')).toBe('ats');
		expect(coverageOfKind('azienda_speciale')).toBe('ambito');
	});

	it('hold the bodies real office lists name, each in its sector (issue 15)', () => {
		const expected: Array<[ActorKindId, string]> = [
			['provincia', 'public_institutional'],
			['citta_metropolitana', 'public_institutional'],
			['comunita_montana', 'public_institutional'],
			['unione_comuni', 'public_institutional'],
			['camera_commercio', 'public_institutional'],
			['consorzio_pubblico', 'public_institutional'],
			['prefettura', 'public_institutional'],
			['aler', 'public_institutional'],
			['csv', 'third_sector'],
			['consorzio_cooperative', 'third_sector'],
			['associazione_rappresentanza', 'social_partners'],
			['scuola', 'education_work'],
			['ente_religioso', 'third_sector'],
			['distretto', 'socio_sanitary']
		];
		for (const [kind, sector] of expected) expect(sectorOfKind(kind), kind).toBe(sector);
		// A Città metropolitana reaches as far as a Provincia; a CSV is no ODV, Confcooperative no company.
		expect(coverageOfKind('citta_metropolitana')).toBe(coverageOfKind('provincia'));
		expect(ACTOR_KIND_BY_ID.distretto.label.it).not.toMatch(/sociosanitario/i);
		expect(isPublicKind('consorzio_pubblico')).toBe(true);
		expect(isPublicKind('consorzio_cooperative')).toBe(false);
		expect(isPublicKind('csv')).toBe(false);
	});

	it('list the socio-sanitary integration kinds among known kinds', () => {
		for (const kind of SOCIO_SANITARY_INTEGRATION_KINDS) expect(isActorKindId(kind)).toBe(true);
		expect(isActorKindId('hospital')).toBe(false);
	});
});
