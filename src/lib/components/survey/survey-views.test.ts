/**
 * The survey's results and comparison views rendered on the server (Svelte's `render`), Italian:
 * plain words, numbers written the Italian way, names and never ids, hidden figures said as hidden.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { shownText as text } from '../test-support';
import { compareRounds, computeSurveyResults } from '$lib/surveys/metrics';
import { AFTER, ROUND } from '$lib/surveys/test-support';
import SurveyComparison from './SurveyComparison.svelte';
import SurveyResults from './SurveyResults.svelte';

describe('SurveyResults', () => {
	const html = render(SurveyResults, { props: { results: computeSurveyResults(ROUND) } }).body;
	const shown = text(html);

	it('writes the network in words and Italian numbers', () => {
		expect(shown).toContain('Questionari completati 3 su 5 (60%)');
		expect(shown).toContain('Densità 50%');
		// Centralisation 5/12 = 41,7%; mean trust 185/3 = 61,7 → "62 su 100".
		expect(shown).toContain('Centralizzazione 41,7%');
		expect(shown).toContain('Fiducia media 62 su 100');
	});

	it('gives each organisation by name, and says the places to talk about', () => {
		// Alfa: trust 500/9 = 55,6 → 56; value 200/3 → 67; rated by 3; ties strongest first.
		expect(shown).toContain(
			'Alfa 56 su 100 67 su 100 3 enti coalizione: 1 · cooperazione: 1 · conoscenza e scambio di informazioni: 1'
		);
		expect(shown).toContain('Delta 100 su 100 nessuna risposta 1 ente');
		expect(shown).toContain('Beta dice «collaborazione piena», Cedro dice «cooperazione»');
		expect(shown).toContain('Beta dice «nessun rapporto», Delta dice «coordinamento»');
		for (const id of ['>a<', '>b<', 's1']) expect(html).not.toContain(id);
	});

	it('says hidden, not "no answer", for a figure too few raters stand behind', () => {
		const anonymous = text(
			render(SurveyResults, {
				props: { results: computeSurveyResults({ ...ROUND, anonymous: true }) }
			}).body
		);
		expect(anonymous).toContain('Cedro nascosto nascosto 2 enti');
		expect(anonymous).toContain('Delta nascosto nessuna risposta 1 ente');
		expect(anonymous).toContain('un valore espresso da meno di 3 enti resta nascosto');
		expect(anonymous).toContain('chi ha detto cosa non viene mostrato');
		expect(anonymous).not.toContain('dice «');
	});
});

describe('SurveyComparison', () => {
	const shown = text(
		render(SurveyComparison, { props: { comparison: compareRounds(ROUND, AFTER) } }).body
	);

	it('sets the rounds side by side and lists the ties gained and lost', () => {
		expect(shown).toContain('Questionari completati 3 su 5 (60%) 5 su 5 (100%)');
		expect(shown).toContain(
			'Legami nati (2) Beta e Delta: ora «conoscenza e scambio di informazioni»'
		);
		expect(shown).toContain('Cedro e Delta: ora «cooperazione»');
		expect(shown).toContain('Legami persi (1) Alfa e Cedro: prima «cooperazione»');
	});

	it('gives trust and value before, after and the change, a dash where a side is missing', () => {
		// Alfa: trust 55,6 → 50 (change −5,6 → "-6"); value 66,7 → none.
		expect(shown).toContain('Alfa 56 su 100 50 su 100 -6 67 su 100 – –');
	});
});
