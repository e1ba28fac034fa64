import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../tests/helpers/pdf-text';
import { evaluationPage } from '../../evaluation/test-support';
import { evaluationReportPdf } from './evaluation-report';

describe('evaluation report as PDF', () => {
	it('parses, and says the project, the evaluator by name and the statuses in Italian', async () => {
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
	});

	it('speaks English when asked', async () => {
		const { text } = await pdfText(await evaluationReportPdf(evaluationPage(), 'en'));
		expect(text.replace(/\s+/g, ' ')).toContain('Partnership evaluation report');
	});
});
