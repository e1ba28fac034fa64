import { describe, expect, it } from 'vitest';
import { glossaryLinks } from './glossary-links';

describe('glossary links in the scorecard texts', () => {
	it('links Gini and the saturating curve in Italian, once each, and keeps the text whole', () => {
		const text =
			'equilibrio = 100·(1 − G), G indice di Gini; reti = 1 − e^(−n/2), poi 1 − e^(−R/8); ancora Gini.';
		const segments = glossaryLinks(text);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => s.href)).toEqual([
			{ text: 'indice di Gini', href: '/glossario#gini' },
			{ text: '1 − e^(−n/2)', href: '/glossario#saturazione' }
		]);
	});

	it('links the English words too, and leaves a text without jargon as it is', () => {
		expect(glossaryLinks('the Gini index and brokerage').filter((s) => s.href)).toEqual([
			{ text: 'Gini index', href: '/glossario#gini' },
			{ text: 'brokerage', href: '/glossario#intermediazione' }
		]);
		expect(glossaryLinks('Nessun termine tecnico.')).toEqual([{ text: 'Nessun termine tecnico.' }]);
	});
});
