import { describe, expect, it } from 'vitest';
import { readTerritoryFiles } from '../server/territory/territory-files';
import { comuniInfo, groupsOf, membershipOf, type TerritoryInput } from './membership';

const comune = (istat: string, over: Partial<TerritoryInput['comuni'][number]> = {}) => ({
	istat,
	name: `C${istat}`,
	population: 100,
	ambitoId: null,
	distrettoId: null,
	asstCode: null,
	atsCode: null,
	...over
});
const input: TerritoryInput = {
	comuni: [
		comune('1', { ambitoId: 'ambito-a', atsCode: 'ATS1' }),
		comune('2', { ambitoId: 'ambito-a' }), // distretto lists it → ASST → ATS
		comune('3', { asstCode: 'ASST2' }), // own ASST → its ATS
		comune('4', { population: null }) // nothing known
	],
	ambiti: [{ id: 'ambito-a', name: 'Ambito A' }],
	distretti: [{ id: 'distretto-d', name: 'Distretto D', asstCode: 'ASST1', comuniIstat: ['2'] }],
	asst: [
		{ code: 'ASST1', name: 'ASST Uno', atsCode: 'ATS1' },
		{ code: 'ASST2', name: 'ASST Due', atsCode: 'ATS2' }
	],
	ats: [
		{ code: 'ATS1', name: 'ATS Uno' },
		{ code: 'ATS2', name: 'ATS Due' }
	]
};

describe('membership of Comuni in Ambiti, Distretti, ASST and ATS', () => {
	it('takes the row first, then the Distretto list, its ASST and that ASST’s ATS', () => {
		const info = comuniInfo(input);
		expect(Object.fromEntries(membershipOf(info, 'ambito'))).toEqual({
			'1': 'ambito-a',
			'2': 'ambito-a'
		});
		expect(Object.fromEntries(membershipOf(info, 'distretto'))).toEqual({ '2': 'distretto-d' });
		expect(Object.fromEntries(membershipOf(info, 'asst'))).toEqual({ '2': 'ASST1', '3': 'ASST2' });
		expect(Object.fromEntries(membershipOf(info, 'ats'))).toEqual({
			'1': 'ATS1',
			'2': 'ATS1',
			'3': 'ATS2'
		});
		expect(info[3]).toMatchObject({ ambito: null, distretto: null, asst: null, ats: null });
	});

	it('sums each group’s Comuni and residents', () => {
		expect(groupsOf(comuniInfo(input), 'ats')).toEqual([
			{ id: 'ATS2', name: 'ATS Due', comuni: ['3'], residents: 100 },
			{ id: 'ATS1', name: 'ATS Uno', comuni: ['1', '2'], residents: 200 }
		]);
	});

	it('on the real territory: the Cremasco has its 48 Comuni, 1,167 Comuni have an ATS', async () => {
		const info = comuniInfo(await readTerritoryFiles());
		expect(info).toHaveLength(1502);
		const cremasco = groupsOf(info, 'ambito').find(
			(g) => g.name === 'Ambito distrettuale Cremasco'
		);
		expect(cremasco?.comuni).toHaveLength(48);
		expect(cremasco?.comuni).toContain('019019'); // Casaletto di Sopra, inferred (SOURCES.md)
		// 1,167 stated in comuni.csv; the ASST Bergamo Est Distretti add none (their Comuni are in BG)
		expect(membershipOf(info, 'ats').size).toBe(1167);
		expect(groupsOf(info, 'ats')).toHaveLength(8);
	});
});
