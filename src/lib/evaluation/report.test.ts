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

	it('lays the corresponsibility matrix with partners down and numbered actions across (fits A4)', () => {
		const page = evaluationPage();
		const many = Array.from({ length: 20 }, (_, i) => ({
			...page.project.partnerships[0]!,
			id: `p${i}`,
			actor: { ...page.project.partnerships[0]!.actor!, id: `a${i}`, name: `Partner ${i + 1}` }
		}));
		const wide = renderReportHtml(
			{ ...page, project: { ...page.project, partnerships: many } },
			'it',
			'2025-02-01T09:00:00Z'
		);
		const section = wide.slice(wide.indexOf('<h2>Matrice di corresponsabilità</h2>'));
		const matrix = section.slice(section.indexOf('<table>'), section.indexOf('</table>'));
		const head = matrix.slice(0, matrix.indexOf('</thead>'));
		// Two actions: three columns however many partners; the actions are named above by number.
		expect(head.match(/<t[hd]>/g)).toHaveLength(3);
		expect(matrix.match(/<tr>/g)).toHaveLength(21);
		expect(section).toMatch(/<strong>Azione 1:<\/strong> Sportello/);
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
