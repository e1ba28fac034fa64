import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../tests/helpers/pdf-text';
import { evaluationPage } from '../../evaluation/test-support';
import { evaluationReportPdf } from './evaluation-report';

/** The first report of a process projects the 1,502 Comuni once (a few seconds on a loaded machine). */
const FIRST_MAP = 30_000;

describe('evaluation report as PDF', () => {
	it(
		'parses, and says the project, the evaluator by name and the statuses in Italian',
		async () => {
			const { pages, text } = await pdfText(await evaluationReportPdf(evaluationPage(), 'it'));
			expect(pages).toBeGreaterThan(0);
			const flat = text.replace(/\s+/g, ' ');
			expect(flat).toContain('Progetto <Uno> & co');
			expect(flat).toContain('Rapporto di valutazione del partenariato');
			expect(flat).toContain('Resa definitiva da Giulia Bianchi');
			expect(flat).toContain('da 40,0 a 55,0, da Giulia Bianchi');
			expect(flat).toContain('Definitiva (57,5)');
			expect(flat).toContain('Dati modificati dopo la valutazione');
			expect(flat).not.toMatch(/\bu1\b/);
			expect(flat).toMatch(/Pagina 1 di \d/);
		},
		FIRST_MAP
	);

	it(
		'speaks English when asked',
		async () => {
			const { text } = await pdfText(await evaluationReportPdf(evaluationPage(), 'en'));
			expect(text.replace(/\s+/g, ' ')).toContain('Partnership evaluation report');
		},
		FIRST_MAP
	);

	it(
		'draws the covered and uncovered Comuni as a picture, with legend and the boundaries’ CC BY 4.0 attribution (issue 17)',
		async () => {
			const bytes = await evaluationReportPdf(evaluationPage(), 'it');
			const flat = (await pdfText(bytes)).text.replace(/\s+/g, ' ');
			expect(flat).toContain('Comuni coperti e non coperti: Progetto <Uno> & co');
			expect(flat).toContain('Altri Comuni (fuori dal territorio del progetto)');
			expect(flat).toContain('Confini comunali: ISTAT, elaborazione Openpolis (CC BY 4.0)');
			// The picture: vector shapes filled with the coverage colours, one per Comune drawn.
			const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
			const fills: string[] = [];
			for (let n = 1; n <= doc.numPages; n++) {
				const ops = await (await doc.getPage(n)).getOperatorList();
				ops.fnArray.forEach((fn, i) => {
					if (fn === OPS.setFillRGBColor) fills.push(String(ops.argsArray[i]).toLowerCase());
				});
			}
			await doc.destroy();
			const covered = fills.filter((f) => f.includes('0072b2')).length;
			const context = fills.filter((f) => f.includes('eeeeee')).length;
			expect(covered).toBeGreaterThanOrEqual(2);
			expect(context).toBeGreaterThan(10);
		},
		FIRST_MAP
	);
});
