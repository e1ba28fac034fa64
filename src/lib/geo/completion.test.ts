import { describe, expect, it } from 'vitest';
import { completionOf, completionRows } from './completion';

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
});
