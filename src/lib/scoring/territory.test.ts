import { describe, expect, it } from 'vitest';
import { partnershipView } from './partnership';
import { canonicalSnapshot } from './snapshot';
import { coverageOfTerritory, targetAmbiti } from './territory';
import { makePartner, makeProject, makeSnapshot } from './test-support';
import type { Partner, PartnershipSnapshot, TerritoryComune } from './types';

const comuni: TerritoryComune[] = [
	{ istat: '019036', name: 'Crema', population: 34000, ambitoId: 'cremasco', atsId: 'val-padana' },
	{
		istat: '019002',
		name: 'Agnadello',
		population: 3700,
		ambitoId: 'cremasco',
		atsId: 'val-padana'
	},
	{ istat: '098031', name: 'Lodi', population: 45000, ambitoId: 'lodi', atsId: 'milano' }
];

const coverage = (partners: Partner[], extra: Partial<PartnershipSnapshot> = {}) => {
	const snapshot = canonicalSnapshot(makeSnapshot({ partners, territory: { comuni }, ...extra }));
	return coverageOfTerritory(partnershipView(snapshot).entities, comuni);
};

describe('coverageOfTerritory', () => {
	it('covers the seat of any partner, not the rest of its Ambito', () => {
		const result = coverage([
			makePartner('coop', 'cooperativa_sociale_a', 'partner', {
				seatComune: '019036',
				ambitoIds: ['cremasco']
			})
		]);
		expect(result.get('019036')).toEqual(['coop']);
		expect(result.get('019002')).toEqual([]);
	});

	it('covers the Comuni of an Ambito or ASST partner’s remit only when it acts in the project', () => {
		const ambito = makePartner('amb', 'ambito', 'capofila', { ambitoIds: ['cremasco'] });
		expect(coverage([ambito]).get('019002')).toEqual([]);
		const acting = coverage([ambito], {
			actions: [{ id: 'a', title: 'Sportello', responsibleActorIds: ['amb'] }]
		});
		expect(acting.get('019002')).toEqual(['amb']);
		expect(acting.get('098031')).toEqual([]);
	});

	it('never extends a Provincia, ATS or Regione beyond its seat', () => {
		const partners = [
			makePartner('pv', 'provincia', 'capofila', { seatComune: '019036' }),
			makePartner('cm', 'citta_metropolitana', 'partner', { seatComune: '098031' }),
			makePartner('ats', 'ats', 'partner', { atsIds: ['milano'] }),
			makePartner('rl', 'regione', 'partner')
		];
		const result = coverage(partners, {
			actions: [{ id: 'a', title: 'Coordinamento', responsibleActorIds: ['pv', 'cm', 'ats', 'rl'] }]
		});
		expect(result.get('019036')).toEqual(['pv']);
		expect(result.get('098031')).toEqual(['cm']);
		expect(result.get('019002')).toEqual([]);
	});
});

describe('targetAmbiti', () => {
	it('joins the Ambiti of the Comuni, the listed Ambiti and the declared ones, keeping a known ATS', () => {
		const result = targetAmbiti(
			makeSnapshot({
				project: makeProject({ targetAmbitoIds: ['lodi', 'soresina'] }),
				territory: { comuni, ambiti: [{ id: 'soresina', name: 'Soresina', atsId: 'val-padana' }] }
			})
		);
		expect([...result.entries()]).toEqual([
			['cremasco', 'val-padana'],
			['lodi', 'milano'],
			['soresina', 'val-padana']
		]);
	});
});
