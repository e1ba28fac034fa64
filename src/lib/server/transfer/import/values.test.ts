import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Parsed } from './problems';
import {
	parseDate,
	parseItalianNumber,
	parseScale,
	parseTaxCode,
	parseYesNo,
	resolveActorKind,
	resolveCollaborationSource,
	resolveCommitmentType,
	resolveFundingSource,
	resolveRole
} from './values';

describe('parseItalianNumber', () => {
	it.each([
		['1.234,50 €', 1234.5],
		['€ 1.234,50', 1234.5],
		['1234,5', 1234.5],
		['1 234,50', 1234.5],
		['1\u00a0234,50\u00a0€', 1234.5],
		['1.500', 1500],
		['1.234.567', 1234567],
		['1,234.50', 1234.5],
		['1.5', 1.5],
		['0,75', 0.75],
		['-12', -12],
		['(1.000,00)', -1000],
		['12 EUR', 12],
		['5000', 5000]
	])('%s → %d', (input, expected) => {
		expect(parseItalianNumber(input)).toBe(expected);
	});

	it.each(['abc', '', '1,2,3', '12a', '1.23.4', '€'])('%s is not a number', (input) => {
		expect(parseItalianNumber(input)).toBeNull();
	});

	it('reads back any amount formatted the Italian way, with or without currency', () => {
		const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });
		const grouped = new Intl.NumberFormat('it-IT', {
			minimumFractionDigits: 2,
			maximumFractionDigits: 2,
			useGrouping: 'always'
		} as Intl.NumberFormatOptions);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
				const value = cents / 100;
				expect(parseItalianNumber(euro.format(value))).toBeCloseTo(value, 2);
				expect(parseItalianNumber(grouped.format(value))).toBeCloseTo(value, 2);
			})
		);
	});

	it('reads back integers written with dots as thousands separators', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (n) => {
				const withDots = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
				expect(parseItalianNumber(withDots)).toBe(n);
			})
		);
	});
});

describe('parseDate', () => {
	it.each([
		['31/12/2023', 'start', '2023-12-31'],
		['1/2/2024', 'start', '2024-02-01'],
		['31-12-23', 'start', '2023-12-31'],
		['31.12.2023', 'start', '2023-12-31'],
		['2023-12-31', 'start', '2023-12-31'],
		['2023-12-31T00:00:00', 'start', '2023-12-31'],
		['45291', 'start', '2023-12-31'], // Excel serial
		['2023', 'start', '2023-01-01'],
		['2023', 'end', '2023-12-31'],
		['02/2024', 'end', '2024-02-29'],
		['31 dicembre 2023', 'start', '2023-12-31'],
		['marzo 2022', 'start', '2022-03-01']
	] as const)('%s (%s) → %s', (input, bound, expected) => {
		expect(parseDate(input, bound)).toBe(expected);
	});

	it.each(['31/02/2023', '2023-13-01', 'ieri', '12/31/2023', '1234'])(
		'%s is not a date',
		(input) => {
			expect(parseDate(input)).toBeNull();
		}
	);

	it('reads back every calendar date written dd/mm/yyyy', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
				(d) => {
					const iso = d.toISOString().slice(0, 10);
					const [y, m, day] = iso.split('-');
					expect(parseDate(`${day}/${m}/${y}`)).toBe(iso);
				}
			)
		);
	});
});

describe('actor kinds from Italian labels', () => {
	it.each([
		['Cooperativa sociale di tipo A', 'cooperativa_sociale_a'],
		['coop. soc. B', 'cooperativa_sociale_b'],
		['Coop. Sociale tipo B a r.l.', 'cooperativa_sociale_b'],
		['Società cooperativa sociale A', 'cooperativa_sociale_a'],
		['ODV', 'odv'],
		['O.d.V.', 'odv'],
		['Organizzazione di volontariato', 'odv'],
		['Associazione di promozione sociale', 'aps'],
		['APS', 'aps'],
		['Sindacato', 'organizzazione_sindacale'],
		['CGIL', 'organizzazione_sindacale'],
		['Parrocchia', 'ente_religioso'],
		['Oratorio', 'ente_religioso'],
		['Comune', 'comune'],
		['Fondazione di comunità', 'fondazione_comunita'],
		['Fondazione bancaria', 'fondazione_bancaria'],
		['Fondazione', 'fondazione'],
		['Consorzio di cooperative sociali', 'consorzio_cooperative'],
		['Impresa sociale', 'impresa_sociale'],
		['S.r.l.', 'impresa'],
		['Azienda speciale consortile', 'azienda_speciale'],
		['ASST', 'asst'],
		['ATS', 'ats'],
		["Centro per l'impiego", 'centro_impiego'],
		['Istituto comprensivo', 'scuola'],
		['Università', 'universita'],
		['Rete territoriale di conciliazione', 'rete_conciliazione'],
		['Forum del Terzo Settore', 'forum_terzo_settore'],
		['Associazione di famiglie', 'associazione_famiglie'],
		['Gruppo informale di cittadini', 'gruppo_informale'],
		['Confcommercio', 'associazione_datoriale'],
		['RSA', 'ente_sociosanitario_privato'],
		['Ufficio di Piano', 'ambito'],
		['Altro', 'altro'],
		// Every registry label and id resolves to itself.
		['Parrocchia / ente religioso / oratorio', 'ente_religioso'],
		// Kinds real office lists use (issue 15).
		['Provincia', 'provincia'],
		['Città metropolitana di Milano', 'citta_metropolitana'],
		['Comunità montana', 'comunita_montana'],
		['Unione di Comuni', 'unione_comuni'],
		['Unione dei Comuni Lombarda', 'unione_comuni'],
		['CCIAA', 'camera_commercio'],
		['Camera di commercio', 'camera_commercio'],
		['Centro servizi per il volontariato', 'csv'],
		['CSV', 'csv'],
		['Confcooperative', 'associazione_rappresentanza'],
		['Associazione di rappresentanza delle cooperative', 'associazione_rappresentanza'],
		['Legacoop Lombardia', 'associazione_rappresentanza'],
		['Confartigianato Imprese', 'associazione_rappresentanza'],
		['Consorzio pubblico', 'consorzio_pubblico'],
		['Consorzio intercomunale', 'consorzio_pubblico'],
		['Consorzio di cooperative', 'consorzio_cooperative'],
		['Istituto scolastico', 'scuola'],
		['Prefettura', 'prefettura'],
		['ALER', 'aler'],
		['ASL', 'ats'],
		['Distretto', 'distretto'],
		['cooperativa_sociale_b', 'cooperativa_sociale_b']
	])('%s → %s', (input, expected) => {
		const result = resolveActorKind(input);
		expect(result.ok && result.value).toBe(expected);
	});

	it('a social cooperative of unstated type is A with a warning', () => {
		const result = resolveActorKind('Cooperativa sociale');
		expect(result).toMatchObject({
			ok: true,
			value: 'cooperativa_sociale_a',
			warning: { code: 'DEFAULT_USED' }
		});
	});

	it('an unknown kind becomes "altro" with a warning naming the value', () => {
		const result = resolveActorKind('Circolo bocciofilo');
		expect(result).toMatchObject({ ok: true, value: 'altro', warning: { code: 'UNKNOWN_VALUE' } });
		if (result.ok) expect(result.warning?.message.it).toContain('Circolo bocciofilo');
	});
});

describe('roles, resources, sources, yes/no, scales, tax codes', () => {
	it.each([
		['capofila', 'capofila'],
		['Ente capofila', 'capofila'],
		['Capofila: sì', 'capofila'],
		['Capofila: no', 'partner'],
		['Partner', 'partner'],
		['partner operativo', 'partner'],
		['aderente', 'aderente'],
		['Adesione', 'aderente'],
		['sostenitore', 'sostenitore'],
		['Lead partner', 'capofila'],
		// Every role real office lists use (issue 15).
		['Promotore', 'promotore'],
		['Ente promotore', 'promotore'],
		['Co-promotore', 'co_promotore'],
		['copromotore', 'co_promotore'],
		['Membro', 'membro'],
		['membro della rete', 'membro'],
		['Comune coinvolto', 'comune_coinvolto'],
		['Ente finanziatore', 'ente_finanziatore'],
		['Finanziatore', 'ente_finanziatore']
	])('role %s → %s', (input, expected) => {
		const result = resolveRole(input);
		expect(result.ok && result.value).toBe(expected);
	});

	it('an unknown role is an error', () => {
		expect(resolveRole('referente tecnico')).toMatchObject({ ok: false, code: 'UNKNOWN_VALUE' });
	});

	it('a misspelt role stops with "forse intendevi" naming the closest role', () => {
		const result = resolveRole('capofla');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message.it).toContain('Forse intendevi "capofila"?');
		const other = resolveRole('sostentore');
		if (!other.ok) expect(other.message.it).toContain('Forse intendevi "sostenitore"?');
		expect(other.ok).toBe(false);
	});

	it("a role read from a phrase says so as a warning; the role's own name does not", () => {
		expect(resolveRole('Ente co-promotore')).toMatchObject({
			ok: true,
			value: 'co_promotore',
			warning: { code: 'MAPPED_VALUE' }
		});
		expect(resolveRole('Partner')).toEqual({ ok: true, value: 'partner' });
	});

	/** What a value reader makes of the words offices write: [reader, cell, value]. */
	const readings: Array<[string, string, unknown]> = [
		['resource', 'Risorse economiche', 'money'],
		['resource', 'Cofinanziamento', 'money'],
		['resource', 'Ore di personale', 'staff_hours'],
		['resource', 'Personale', 'staff_hours'],
		['resource', 'Spazi', 'spaces'],
		['resource', 'Beni e servizi in natura', 'in_kind'],
		['funding source', 'Pubblica', 'public'],
		['funding source', 'privata', 'private'],
		['funding source', 'Terzo settore', 'private'],
		['collaboration source', 'Questionario', 'survey'],
		['collaboration source', 'Laboratorio', 'workshop'],
		['collaboration source', 'progetto condiviso', 'shared_project'],
		['collaboration source', 'Dichiarata', 'declared'],
		['yes/no', 'sì', true],
		['yes/no', 'SI', true],
		['yes/no', 'x', true],
		['yes/no', '✓', true],
		['yes/no', 'no', false],
		['yes/no', '0', false],
		['scale', '4', 4],
		['scale', '4/5', 4],
		['scale', 'alta', 4],
		['scale', 'molto alta', 5],
		['scale', '3,4', 3]
	];
	const readers: Record<string, (raw: string) => Parsed<unknown>> = {
		resource: resolveCommitmentType,
		'funding source': resolveFundingSource,
		'collaboration source': resolveCollaborationSource,
		'yes/no': parseYesNo,
		scale: parseScale
	};
	it.each(readings)('%s %s → %s', (reader, input, expected) => {
		const result = readers[reader]!(input);
		expect(result.ok && result.value).toBe(expected);
	});

	it('scale values outside 1–5 are out of range', () => {
		expect(parseScale('7')).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
		expect(parseScale('tanta')).toMatchObject({ ok: false, code: 'BAD_NUMBER' });
	});

	it('restores the leading zeros a numeric column dropped, with a warning', () => {
		expect(parseTaxCode('743110157')).toMatchObject({
			ok: true,
			value: '00743110157',
			warning: { code: 'TAX_CODE_FIXED' }
		});
		expect(parseTaxCode('743110158')).toMatchObject({ ok: false, code: 'BAD_TAX_CODE' });
	});
});
