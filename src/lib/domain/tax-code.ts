import type { LocalizedText } from './registry';

/**
 * Italian tax codes as they appear in offices' spreadsheets.
 *
 * - `codice_fiscale_persona`: the 16-character alphanumeric codice fiscale of a natural person
 *   (RSSMRA85T10A562S). Digits may be replaced by letters (omocodia) when two people would
 *   otherwise share a code; the check character covers that too.
 * - `numeric`: the 11-digit codice fiscale of an organisation, which for bodies with a VAT number
 *   is the same as the partita IVA. Its last digit is a Luhn-like check digit.
 */
export type TaxCodeKind = 'codice_fiscale_persona' | 'numeric';

export type TaxCodeValidation =
	{ ok: true; normalized: string; kind: TaxCodeKind } | { ok: false; reason: LocalizedText };

/** Values of characters in odd positions (1st, 3rd, …, 15th) for the check character. */
const ODD_VALUES: Readonly<Record<string, number>> = (() => {
	// Digit d and the d-th letter share a value (0 and A → 1, 1 and B → 0, …).
	const byLetter = [
		1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
	];
	const table: Record<string, number> = {};
	byLetter.forEach((value, i) => {
		table[String.fromCharCode(65 + i)] = value;
		if (i < 10) table[String(i)] = value;
	});
	return table;
})();

/** Values of characters in even positions: digits are themselves, letters count from A = 0. */
function evenValue(char: string): number {
	const code = char.charCodeAt(0);
	return code >= 48 && code <= 57 ? code - 48 : code - 65;
}

/** The letters that stand for 0–9 in an omocodic codice fiscale. */
const OMOCODIA_LETTERS = 'LMNPQRSTUV';
const MONTH_LETTERS = 'ABCDEHLMPRST';
/** Positions (0-based) that hold digits in the original code and may hold omocodia letters. */
const DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
const PERSONAL_SHAPE =
	/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** The check character of the first 15 characters of a personal codice fiscale. */
export function personalCheckCharacter(first15: string): string {
	let sum = 0;
	for (let i = 0; i < 15; i++) {
		const char = first15[i]!;
		// Positions are counted from 1 in the standard: index 0 is position 1, an odd one.
		sum += i % 2 === 0 ? ODD_VALUES[char]! : evenValue(char);
	}
	return String.fromCharCode(65 + (sum % 26));
}

/** The check digit of the first 10 digits of a numeric codice fiscale / partita IVA. */
export function numericCheckDigit(first10: string): number {
	let sum = 0;
	for (let i = 0; i < 10; i++) {
		const digit = first10.charCodeAt(i) - 48;
		if (i % 2 === 0) {
			sum += digit;
		} else {
			const doubled = digit * 2;
			sum += doubled > 9 ? doubled - 9 : doubled;
		}
	}
	return (10 - (sum % 10)) % 10;
}

/** Undo omocodia so the date part can be checked: letters in digit positions back to digits. */
function decodeOmocodia(code: string): string {
	const chars = code.split('');
	for (const position of DIGIT_POSITIONS) {
		const letterIndex = OMOCODIA_LETTERS.indexOf(chars[position]!);
		if (letterIndex >= 0) chars[position] = String(letterIndex);
	}
	return chars.join('');
}

/**
 * Spreadsheets add spaces, dots and dashes, lower-case letters and an "IT" VAT prefix;
 * none of them are part of the code.
 */
export function normalizeTaxCode(value: string): string {
	const compact = value.toUpperCase().replace(/[\s.\-_/]/g, '');
	// "IT01234567890" is the EU VAT form of a partita IVA.
	return /^IT\d{11}$/.test(compact) ? compact.slice(2) : compact;
}

const reason = (it: string, en: string): TaxCodeValidation => ({ ok: false, reason: { it, en } });

export function validateTaxCode(value: string | null | undefined): TaxCodeValidation {
	const normalized = normalizeTaxCode(value ?? '');
	if (normalized === '') {
		return reason('Il codice fiscale è vuoto.', 'The tax code is empty.');
	}

	if (/^\d+$/.test(normalized)) {
		if (normalized.length !== 11) {
			return reason(
				`Il codice fiscale numerico / partita IVA deve avere 11 cifre, qui ne ha ${normalized.length}. Se il foglio di calcolo ha tolto uno zero iniziale, formatta la colonna come testo.`,
				`A numeric tax code / VAT number has 11 digits, this one has ${normalized.length}. If the spreadsheet dropped a leading zero, format the column as text.`
			);
		}
		if (/^0+$/.test(normalized)) {
			return reason('Il codice fiscale è composto solo da zeri.', 'The tax code is all zeros.');
		}
		const expected = numericCheckDigit(normalized.slice(0, 10));
		if (expected !== Number(normalized[10])) {
			return reason(
				"La cifra di controllo (l'ultima) non corrisponde: controlla di aver copiato bene il numero.",
				'The check digit (the last one) does not match: check the number was copied correctly.'
			);
		}
		return { ok: true, normalized, kind: 'numeric' };
	}

	if (normalized.length !== 16) {
		return reason(
			`Un codice fiscale deve avere 16 caratteri (persona) o 11 cifre (ente / partita IVA), qui ne ha ${normalized.length}.`,
			`A tax code has 16 characters (person) or 11 digits (organisation / VAT number), this one has ${normalized.length}.`
		);
	}
	if (!PERSONAL_SHAPE.test(normalized)) {
		return reason(
			'Il codice fiscale non ha la forma attesa (6 lettere, anno, mese, giorno, comune, carattere di controllo).',
			'The tax code does not have the expected shape (6 letters, year, month, day, place, check character).'
		);
	}
	const decoded = decodeOmocodia(normalized);
	const day = Number(decoded.slice(9, 11));
	// Women's codes add 40 to the day of birth.
	if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) {
		return reason(
			'Il giorno di nascita nel codice fiscale non è valido.',
			'The day of birth in the tax code is not valid.'
		);
	}
	if (!MONTH_LETTERS.includes(normalized[8]!)) {
		return reason(
			'Il mese di nascita nel codice fiscale non è valido.',
			'The month of birth in the tax code is not valid.'
		);
	}
	if (personalCheckCharacter(normalized.slice(0, 15)) !== normalized[15]) {
		return reason(
			"Il carattere di controllo (l'ultimo) non corrisponde: controlla di aver copiato bene il codice.",
			'The check character (the last one) does not match: check the code was copied correctly.'
		);
	}
	return { ok: true, normalized, kind: 'codice_fiscale_persona' };
}
