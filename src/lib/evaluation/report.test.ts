import { describe, expect, it } from 'vitest';
import { renderReportHtml } from './report';
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

	it('speaks English when asked', () => {
		expect(renderReportHtml(evaluationPage(), 'en')).toContain('Partnership evaluation report');
	});
});
