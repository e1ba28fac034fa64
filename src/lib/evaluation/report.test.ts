import { describe, expect, it } from 'vitest';
import { PRINT_SCRIPT, REPORT_CSP, renderReportHtml } from './report';
import { evaluationPage } from './test-support';

describe('printable report', () => {
	const html = renderReportHtml(evaluationPage(), 'it', '2025-02-01T09:00:00Z');

	it('is a standalone A4 document in Italian, flagged fictional, with no script', () => {
		expect(html).toMatch(/^<!doctype html>/);
		expect(html).toContain('<html lang="it">');
		expect(html).toContain('size: A4');
		expect(html).toContain('dati fittizi');
		expect(html).not.toMatch(/<script/i);
	});

	it('escapes every user-typed text', () => {
		expect(html).toContain('Progetto &lt;Uno&gt; &amp; co');
		expect(html).toContain('Le azioni &lt;condivise&gt; sono reali');
		expect(html).not.toContain('<condivise>');
	});

	it('shows the adjustment with its reason, the warning, coverage and the audit trail', () => {
		expect(html).toContain('Corretto dal valutatore');
		expect(html).toContain('Dati modificati dopo la valutazione');
		expect(html).toContain('Partner uscito: Impresa Srl');
		expect(html).toMatch(/Comuni non coperti \(1\):<\/strong> Bagnolo Cremasco/);
		expect(html).toMatch(/Comuni coperti \(1\):<\/strong> Crema/);
		expect(html).toContain('Correzione del punteggio');
		expect(html).toContain('n.v.');
	});

	it('names people, not ids, and says statuses in words with Italian numbers', () => {
		expect(html).toContain('Resa definitiva da Giulia Bianchi');
		expect(html).toContain('<td>Giulia Bianchi</td>');
		expect(html).not.toContain('u1');
		expect(html).toContain('<td>Bozza</td><td>Definitiva (57,5)</td>');
	});

	it('as a print view, leads back and to the PDF, and prints with the one script its CSP allows', () => {
		const view = renderReportHtml(evaluationPage(), 'it', undefined, {
			back: '/valutazione/progetti/p1?griglia=g',
			pdf: '/valutazione/progetti/p1/rapporto.pdf?griglia=g'
		});
		expect(view).toContain('href="/valutazione/progetti/p1?griglia=g">← Torna alla valutazione');
		expect(view).toContain('href="/valutazione/progetti/p1/rapporto.pdf?griglia=g" download');
		expect(view).toContain('<button type="button" id="print">Stampa</button>');
		expect(view.match(/<script>/g)).toHaveLength(1);
		expect(view).toContain(`<script>${PRINT_SCRIPT}</script>`);
		expect(REPORT_CSP).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
		expect(view).toContain('@media print { .bar { display: none; } }');
	});

	it('speaks English when asked', () => {
		expect(renderReportHtml(evaluationPage(), 'en')).toContain('Partnership evaluation report');
	});
});
