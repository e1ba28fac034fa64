import { isCoDesignProcedureId, isRoleId } from '$lib/domain';
import { m } from '$lib/paraglide/messages';
import { parseItalianNumber } from '$lib/server/transfer/import/values';
import { WHAT_IF_ROLE_PREFIX, type WhatIfTried } from '$lib/evaluation/what-if';
import type { WhatIfEditInput } from '$lib/graphql/graphql';

/**
 * The what-if form as edits: candidates added, partners removed, roles changed (`role:<id>`, empty
 * = unchanged), and project data pretended declared (LEPS, co-design procedure, cost and grant).
 * A refusal names the field in the current language.
 */
export function whatIfEditsFromForm(
	form: FormData
): { edits: WhatIfEditInput[]; tried: WhatIfTried } | { error: string; tried: WhatIfTried } {
	const all = (key: string) => form.getAll(key).map(String);
	const one = (key: string) => String(form.get(key) ?? '').trim();
	const roles: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		const role = String(value);
		if (key.startsWith(WHAT_IF_ROLE_PREFIX) && role !== '')
			roles[key.slice(WHAT_IF_ROLE_PREFIX.length)] = role;
	}
	const tried: WhatIfTried = {
		added: all('add'),
		removed: all('remove'),
		roles,
		leps: all('leps'),
		coDesign: one('coDesign'),
		budget: one('budget'),
		grant: one('grant')
	};
	const removed = new Set(tried.removed);
	const edits: WhatIfEditInput[] = [
		...tried.added.map((actorId) => ({ kind: 'addCandidate', actorId })),
		...tried.removed.map((actorId) => ({ kind: 'removePartner', actorId })),
		...Object.entries(roles)
			.filter(([actorId, role]) => !removed.has(actorId) && isRoleId(role))
			.map(([actorId, role]) => ({ kind: 'changeRole', actorId, role }))
	];
	if (tried.leps.length > 0) edits.push({ kind: 'declare', field: 'leps', values: tried.leps });
	if (isCoDesignProcedureId(tried.coDesign))
		edits.push({ kind: 'declare', field: 'coDesign', values: [tried.coDesign] });
	if (tried.budget !== '' || tried.grant !== '') {
		const amount = (raw: string, field: string): { error: string } | { value: number } => {
			const value = parseItalianNumber(raw);
			return value === null || value < 0
				? { error: m.evalWhatIfAmountInvalid({ field, value: raw }) }
				: { value };
		};
		if (tried.budget === '' || tried.grant === '')
			return { error: m.evalWhatIfCofinancingBoth(), tried };
		const budget = amount(tried.budget, m.evalWhatIfBudget());
		if ('error' in budget) return { error: budget.error, tried };
		const grant = amount(tried.grant, m.evalWhatIfGrant());
		if ('error' in grant) return { error: grant.error, tried };
		edits.push({
			kind: 'declare',
			field: 'cofinancing',
			budgetEur: budget.value,
			grantEur: grant.value
		});
	}
	if (edits.length === 0) return { error: m.evalWhatIfNothing(), tried };
	return { edits, tried };
}
