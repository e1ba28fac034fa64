import { describe, expect, it } from 'vitest';
import { foldText, slugify } from './text';

describe('text folding', () => {
	it('removes accents, case and punctuation', () => {
		expect(foldText("Sant'Angelo  Lodigiano")).toBe('sant angelo lodigiano');
		expect(foldText('Cantù-Mariano Comense')).toBe('cantu mariano comense');
	});
	it('makes slugs usable in ids', () => {
		expect(slugify("Ambito di Como (Como-Campione d'Italia)")).toBe(
			'ambito-di-como-como-campione-d-italia'
		);
	});
});
