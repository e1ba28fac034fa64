import { describe, expect, it } from 'vitest';
import { completionOf, completionRows, gapsByName } from './completion';

const unit = (name: string) => ({ id: name.toLowerCase(), name });
const place = (istat: string, name: string, a: boolean, d: boolean, s: boolean) => ({
	istat,
	name,
	population: 1000,
	ambito: a ? unit('Ambito Uno') : null,
	distretto: d ? unit('Distretto Uno') : null,
	asst: s ? unit('ASST Uno') : null,
	ats: null
});

describe('completing the territory', () => {
	it('classes a Comune by how many of Ambito, Distretto and ASST are known', () => {
		expect(completionOf(place('1', 'A', true, true, true))).toBe('complete');
		expect(completionOf(place('1', 'A', false, true, false))).toBe('partial');
		expect(completionOf(place('1', 'A', false, false, false))).toBe('missing');
	});

	it('lists the incomplete Comuni by name, pre-filled with what is known', () => {
		expect(
			completionRows([
				place('3', 'Zelo', false, false, false),
				place('2', 'Agrate', true, true, true),
				place('1', 'Bollate', true, false, true)
			])
		).toEqual([
			['1', 'Bollate', 'Ambito Uno', '', 'ASST Uno'],
			['3', 'Zelo', '', '', '']
		]);
	});

	it('lists what is missing by name as an Italian reader sorts, not in the database order', () => {
		const named = (names: string[]) =>
			names.map((name, i) => ({ id: `x${i}`, istat: `${i}`, name }));
		// code-point order would put Cantù after Canzo and "sala" after "Zelo"
		const gaps = gapsByName({
			comuniWithoutAmbito: named(['Canzo', 'Zelo', 'Cantù', 'sala', 'Cantello']),
			ambitiWithoutComuni: named(['Ambito di Zogno', "Ambito dell'Alto Garda", 'Ambito di Ísola']),
			caseWithoutComune: named(['Casa di Comunità di Vimercate', 'Casa di Comunità di Agrate'])
		});
		expect(gaps.comuniWithoutAmbito.map((c) => c.name)).toEqual([
			'Cantello',
			'Cantù',
			'Canzo',
			'sala',
			'Zelo'
		]);
		expect(gaps.ambitiWithoutComuni.map((a) => a.name)).toEqual([
			"Ambito dell'Alto Garda",
			'Ambito di Ísola',
			'Ambito di Zogno'
		]);
		expect(gaps.caseWithoutComune.map((h) => h.name)).toEqual([
			'Casa di Comunità di Agrate',
			'Casa di Comunità di Vimercate'
		]);
	});

	it('keeps namesakes apart by their code', () => {
		const gaps = gapsByName({
			comuniWithoutAmbito: [
				{ istat: '098002', name: 'Castiglione' },
				{ istat: '012001', name: 'Castiglione' }
			],
			ambitiWithoutComuni: [],
			caseWithoutComune: []
		});
		expect(gaps.comuniWithoutAmbito.map((c) => c.istat)).toEqual(['012001', '098002']);
	});
});
