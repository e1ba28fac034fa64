import { MISSING, stated } from '../missing';
import type { CriterionDefinition, InputValue, Suggestion } from '../types';
import { criterionParts } from './parts';

const PARTS = criterionParts([
	{
		id: 'what',
		label: { it: 'Cosa si può trasferire', en: 'What can be transferred' },
		weight: 'weightWhat'
	},
	{
		id: 'documented',
		label: { it: 'Dove è documentato', en: 'Where it is documented' },
		weight: 'weightDocumented'
	}
]);

/**
 * I. Trasferibilità: what other Ambiti can take from the project (§ 2.2.4 «potenzialmente
 * condivisibili con altri contesti territoriali», § 4 «conoscenza condivisibile con altri ambiti»),
 * read from what the project declares. Not to be confused with reach beyond one Ambito (G).
 */
export const transferabilityCriterion: CriterionDefinition = {
	id: 'I',
	key: 'transferability',
	label: {
		it: 'Trasferibilità e conoscenza condivisibile',
		en: 'Transferability and shareable knowledge'
	},
	summary: {
		it: 'Che cosa del progetto possono riprendere altri Ambiti (un modello, uno strumento, un metodo) e dove è documentato perché lo possano fare. Si legge da quanto il progetto dichiara.',
		en: 'What other Ambiti can take up from the project (a model, a tool, a method) and where it is documented so they can. Read from what the project declares.'
	},
	actSource: {
		it: 'Le iniziative realizzate, potenzialmente condivisibili con altri contesti territoriali, saranno di particolare interesse regionale, rispetto a quelle il cui sviluppo si limiterà ad uno specifico ambito territoriale. […] sviluppare conoscenza condivisibile con altri ambiti territoriali',
		ref: 'DGR IX/2505 (2011), all. A, § 2.2.4 e § 4'
	},
	parameters: PARTS.weightParameters,

	formula() {
		return {
			it: 'Dalla trasferibilità dichiarata: cosa = 100 se descritto che cosa altri Ambiti possono riprendere, altrimenti 0; documentazione = 100 se è indicato dove è documentato, altrimenti 0. Non valutabile se il progetto non dichiara nulla sulla trasferibilità.',
			en: 'From the declared transferability: what = 100 if what other Ambiti can take up is described, else 0; documentation = 100 if where it is documented is stated, else 0. Not assessable when the project declares nothing about transferability.'
		};
	},

	evaluate(snapshot, params) {
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const declared = snapshot.project.transferability ?? null;
		if (declared === null) {
			missing.push(MISSING.transferability);
			return { subscores: PARTS.subscores(params, {}), missing, inputs, suggestions };
		}
		const what = stated(declared.what);
		const documented = stated(declared.documentedWhere);
		if (what) inputs.what = declared.what!.trim();
		if (documented) inputs.documentedWhere = declared.documentedWhere!.trim();
		if (!what)
			suggestions.push({
				it: 'Descrivere che cosa altri Ambiti possono riprendere dal progetto.',
				en: 'Describe what other Ambiti can take up from the project.'
			});
		if (!documented)
			suggestions.push({
				it: 'Indicare dove l’esperienza è documentata (rapporto, strumenti, pagina pubblica).',
				en: 'State where the experience is documented (report, tools, public page).'
			});
		const explanation = {
			it: `${what ? `Trasferibile: ${declared.what!.trim()}.` : 'Non è descritto che cosa sia trasferibile.'} ${documented ? `Documentato in: ${declared.documentedWhere!.trim()}.` : 'Non è indicato dove sia documentato.'}`,
			en: `${what ? `Transferable: ${declared.what!.trim()}.` : 'What is transferable is not described.'} ${documented ? `Documented in: ${declared.documentedWhere!.trim()}.` : 'Where it is documented is not stated.'}`
		};
		return {
			subscores: PARTS.subscores(params, {
				what: what ? 100 : 0,
				documented: documented ? 100 : 0
			}),
			missing,
			inputs,
			suggestions,
			explanation
		};
	}
};
