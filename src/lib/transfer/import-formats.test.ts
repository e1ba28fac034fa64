import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../server/transfer/import/parse-table';
import { importLimitLines } from '../server/transfer/import/limits';
import { IMPORT_FORMATS, acceptFor, importFormatNames, importFormatOf } from './import-formats';

const junk = new TextEncoder().encode('%PDF-1.7\n\0\0\0binary');

describe('IMPORT_FORMATS', () => {
	it('names the format of a file by its extension, in any case', () => {
		expect(importFormatOf('Rete del Cremasco.JSON')?.reads).toBe('document');
		expect(importFormatOf('enti.tsv')?.name).toBe('CSV');
		expect(importFormatOf('enti.xlsm')?.name).toBe('XLSX');
		expect(importFormatOf('enti.ods')).toBeUndefined();
		expect(importFormatOf('senza-estensione')).toBeUndefined();
	});

	it("gives the file pickers' accept= and the words of the limits and the help", () => {
		expect(acceptFor('table')).toBe('.csv,.txt,.tsv,.xlsx,.xlsm');
		expect(acceptFor('document')).toBe('.json');
		expect(importFormatNames('it')).toBe('CSV, XLSX o JSON');
		expect(importFormatNames('en')).toBe('CSV, XLSX or JSON');
		expect(importLimitLines('it')[0]).toMatch(/^File \(CSV, XLSX o JSON\): al massimo/);
		expect(importLimitLines('en')[0]).toMatch(/^Files \(CSV, XLSX or JSON\): at most/);
	});

	it('the table reader checks as a workbook exactly the extensions of the workbook formats', () => {
		for (const format of IMPORT_FORMATS.filter((f) => f.reads === 'table'))
			for (const extension of format.extensions) {
				const sniff = () => sniffFormat(junk, `enti.${extension}`);
				if (format.workbook) expect(sniff, extension).toThrow(/is not a readable/);
				else expect(sniff(), extension).toBe('text');
			}
	});
});
