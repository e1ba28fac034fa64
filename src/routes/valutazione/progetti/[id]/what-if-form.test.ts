import { describe, expect, it } from 'vitest';
import { whatIfEditsFromForm } from './what-if-form';

const formOf = (entries: Array<[string, string]>) => {
	const form = new FormData();
	for (const [k, v] of entries) form.append(k, v);
	return form;
};

describe('the what-if form', () => {
	it('turns roles, LEPS, co-design and Italian amounts into edits; unchanged roles are not sent', () => {
		const asked = whatIfEditsFromForm(
			formOf([
				['role:a1', 'sostenitore'],
				['role:a2', ''],
				['leps', 'pronto_intervento_sociale'],
				['leps', 'dimissioni_protette'],
				['coDesign', 'co_progettazione'],
				['budget', '200.000'],
				['grant', '150.000,50']
			])
		);
		expect('edits' in asked && asked.edits).toEqual([
			{ kind: 'changeRole', actorId: 'a1', role: 'sostenitore' },
			{
				kind: 'declare',
				field: 'leps',
				values: ['pronto_intervento_sociale', 'dimissioni_protette']
			},
			{ kind: 'declare', field: 'coDesign', values: ['co_progettazione'] },
			{ kind: 'declare', field: 'cofinancing', budgetEur: 200_000, grantEur: 150_000.5 }
		]);
		expect(asked.tried.roles).toEqual({ a1: 'sostenitore' });
	});

	it('a removed partner’s role change is dropped; cost without grant and words for euros are refused by name', () => {
		const removed = whatIfEditsFromForm(
			formOf([
				['remove', 'a1'],
				['role:a1', 'partner']
			])
		);
		expect('edits' in removed && removed.edits).toEqual([{ kind: 'removePartner', actorId: 'a1' }]);
		const half = whatIfEditsFromForm(formOf([['budget', '1000']]));
		expect('error' in half && half.error).toContain('sia il costo complessivo sia il contributo');
		const words = whatIfEditsFromForm(
			formOf([
				['budget', 'molti'],
				['grant', '10']
			])
		);
		expect('error' in words && words.error).toContain('Costo complessivo (€): «molti»');
		const nothing = whatIfEditsFromForm(formOf([['coDesign', '']]));
		expect('error' in nothing && nothing.error).toContain('almeno una modifica');
	});
});
