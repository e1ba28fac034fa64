import {
	isCoDesignProcedureId,
	isLepsId,
	type CoDesignProcedureId,
	type LepsId,
	type LocalizedText
} from '../domain';
import type { PartnershipSnapshot } from './types';

/**
 * Project data the "what if" can pretend is declared (issue 16): «se il progetto dichiarasse i LEPS,
 * la co-progettazione, il cofinanziamento». Each replaces what the project declares today.
 */
export type Declaration =
	| { field: 'leps'; leps: LepsId[] }
	| { field: 'coDesign'; procedure: CoDesignProcedureId }
	| { field: 'cofinancing'; budgetEur: number; grantEur: number };

export type DeclarableField = Declaration['field'];
export const DECLARABLE_FIELDS = [
	'leps',
	'coDesign',
	'cofinancing'
] as const satisfies readonly DeclarableField[];

/** Largest amount a pretended budget may state (a Piano di Zona's whole budget is far below). */
export const MAX_DECLARED_EUR = 1e9;

/** Why a declaration cannot be tried, in words for the person who typed it; null when it can. */
export function declarationProblem(d: Declaration): LocalizedText | null {
	if (d.field === 'leps') {
		const unknown = d.leps.filter((id) => !isLepsId(id));
		if (d.leps.length === 0)
			return { it: 'Scegliere almeno un LEPS.', en: 'Choose at least one LEPS.' };
		if (unknown.length > 0)
			return {
				it: `LEPS sconosciuto: ${unknown.join(', ')}.`,
				en: `Unknown LEPS: ${unknown.join(', ')}.`
			};
		return null;
	}
	if (d.field === 'coDesign')
		return isCoDesignProcedureId(d.procedure)
			? null
			: {
					it: `Procedura sconosciuta: ${d.procedure}.`,
					en: `Unknown procedure: ${d.procedure}.`
				};
	const amount = (x: number) => Number.isFinite(x) && x >= 0 && x <= MAX_DECLARED_EUR;
	if (!amount(d.budgetEur) || d.budgetEur === 0)
		return {
			it: `Costo complessivo: un importo in euro maggiore di 0 e fino a ${MAX_DECLARED_EUR.toLocaleString('it-IT')}.`,
			en: `Total cost: an amount in EUR above 0 and up to ${MAX_DECLARED_EUR.toLocaleString('en-GB')}.`
		};
	if (!amount(d.grantEur) || d.grantEur > d.budgetEur)
		return {
			it: 'Contributo richiesto: un importo in euro tra 0 e il costo complessivo.',
			en: 'Grant requested: an amount in EUR between 0 and the total cost.'
		};
	return null;
}

/** The project as it would be with the declaration; the caller has checked it. */
export function declare(
	project: PartnershipSnapshot['project'],
	d: Declaration
): PartnershipSnapshot['project'] {
	if (d.field === 'leps') return { ...project, leps: [...new Set(d.leps)] };
	if (d.field === 'coDesign')
		return { ...project, coDesign: { procedure: d.procedure, date: project.start, act: null } };
	// The awarded grant is read before the requested one: the pretended figures replace both.
	return {
		...project,
		budgetEur: d.budgetEur,
		grantRequestedEur: d.grantEur,
		grantAwardedEur: null
	};
}
