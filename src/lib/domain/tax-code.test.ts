import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	normalizeTaxCode,
	numericCheckDigit,
	personalCheckCharacter,
	validateTaxCode
} from './tax-code';

describe('validateTaxCode: 16-character codice fiscale', () => {
	it.each([
		// Widely published examples whose check characters were verified by hand with the tables.
		['RSSMRA85T10A562S', 'RSSMRA85T10A562S'],
		['MRTMTT25D09F205Z', 'MRTMTT25D09F205Z'],
		// A woman (day + 40) and spacing/lower case as typed in a spreadsheet.
		['bncLRA 90A41 F205I', 'BNCLRA90A41F205I'],
		// Omocodia: the last digit of the place code 2 → N, so the check character changes too.
		['RSSMRA85T10A56NH', 'RSSMRA85T10A56NH'],
		// Omocodia across every digit position (8→U, 5→R, 1→M, 0→L, 5→R, 6→S, 2→N).
		['RSSMRAURTMLARSNL', 'RSSMRAURTMLARSNL']
	])('%s is valid', (input, normalized) => {
		expect(validateTaxCode(input)).toEqual({
			ok: true,
			normalized,
			kind: 'codice_fiscale_persona'
		});
	});

	it('computes check characters with the odd/even tables', () => {
		expect(personalCheckCharacter('RSSMRA85T10A562')).toBe('S');
		expect(personalCheckCharacter('RSSMRA85T10A56N')).toBe('H');
		expect(personalCheckCharacter('BNCLRA90A41F205')).toBe('I');
		expect(personalCheckCharacter('RSSMRAURTMLARSN')).toBe('L');
	});

	it.each([
		['RSSMRA85T10A562T', 'carattere di controllo'],
		['RSSMRA85T10A562', '16 caratteri'],
		['RSSMRA85Z10A562S', 'forma attesa'], // Z is not a month letter
		['RSSMRA85T35A562S', 'giorno'], // day 35 is neither a man's nor a woman's day
		['1234567890ABCDEF', 'forma attesa'],
		['', 'vuoto']
	])('%s is invalid (%s)', (input, fragment) => {
		const result = validateTaxCode(input);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.reason.it).toContain(fragment);
			expect(result.reason.en.length).toBeGreaterThan(0);
		}
	});

	it('any single-character change of a valid code is caught', () => {
		const valid = 'RSSMRA85T10A562S';
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 15 }), fc.constantFrom(...alphabet), (i, c) => {
				fc.pre(valid[i] !== c);
				const changed = valid.slice(0, i) + c + valid.slice(i + 1);
				// Within the characters a position allows, both tables give distinct values, so a single
				// substitution always changes the sum mod 26 (or breaks the shape).
				expect(validateTaxCode(changed).ok).toBe(false);
			})
		);
	});
});

describe('validateTaxCode: 11-digit numeric codice fiscale / partita IVA', () => {
	it.each([
		'00743110157',
		'06363391001',
		'80012000826',
		'02121151001',
		'12345678903',
		'IT 00743110157',
		'007.4311.0157'
	])('%s is valid', (input) => {
		const result = validateTaxCode(input);
		expect(result).toEqual({ ok: true, normalized: normalizeTaxCode(input), kind: 'numeric' });
	});

	it('computes the check digit', () => {
		expect(numericCheckDigit('0074311015')).toBe(7);
		expect(numericCheckDigit('1234567890')).toBe(3);
	});

	it.each([
		['00743110158', 'cifra di controllo'],
		['0074311015', '11 cifre'],
		['00000000000', 'zeri']
	])('%s is invalid (%s)', (input, fragment) => {
		const result = validateTaxCode(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason.it).toContain(fragment);
	});

	const validPartitaIva = fc
		.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })
		.map((digits) => digits.join(''))
		.filter((first10) => !/^0+$/.test(first10))
		.map((first10) => first10 + String(numericCheckDigit(first10)));

	it('every generated code with its computed check digit is valid', () => {
		fc.assert(
			fc.property(validPartitaIva, (code) => {
				expect(validateTaxCode(code)).toEqual({ ok: true, normalized: code, kind: 'numeric' });
			})
		);
	});

	it('altering one digit of a valid partita IVA makes it invalid', () => {
		fc.assert(
			fc.property(
				validPartitaIva,
				fc.integer({ min: 0, max: 10 }),
				fc.integer({ min: 1, max: 9 }),
				(code, position, delta) => {
					const digit = (Number(code[position]) + delta) % 10;
					const altered = code.slice(0, position) + digit + code.slice(position + 1);
					expect(validateTaxCode(altered).ok).toBe(false);
				}
			)
		);
	});
});
