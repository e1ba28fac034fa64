import { LEPS_BY_ID } from '../../domain';
import { listNames } from '../format';
import { towardTarget } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter } from '../parameters';
import type { CriterionDefinition, InputValue, Suggestion } from '../types';
import { criterionParts } from './parts';

const PARTS = criterionParts([{ id: 'leps', label: { it: 'LEPS serviti', en: 'LEPS served' } }]);

/**
 * J. LEPS: whether the project serves the livelli essenziali delle prestazioni sociali that the
 * 2025-2027 planning must put first.
 */
export const lepsCriterion: CriterionDefinition = {
	id: 'J',
	key: 'leps',
	label: { it: 'LEPS serviti', en: 'LEPS served' },
	summary: {
		it: 'Se il progetto contribuisce ai Livelli essenziali delle prestazioni sociali (servizio sociale professionale, PUA, pronto intervento sociale, dimissioni protette, prevenzione dell’allontanamento, garanzia infanzia…), che la programmazione 2025-2027 deve garantire per primi.',
		en: 'Whether the project contributes to the essential levels of social services (professional social work, single access points, social emergency service, protected discharge, preventing removal from the family, child guarantee…), which 2025-2027 planning must secure first.'
	},
	actSource: {
		it: 'La nuova programmazione sarà perciò chiamata ad inquadrare le azioni riferite a singole aree di intervento e riconducibili ai bisogni territoriali individuati come prioritarie, nel più ampio contesto dei nuovi standard a livello organizzativo e degli obiettivi di servizio',
		ref: 'Regione Lombardia, Linee di indirizzo: transizione 2021-2023 / 2025-2027 (2023), LEPS'
	},
	parameters: [
		parameter(
			'targetLeps',
			{ it: 'LEPS serviti per il punteggio pieno', en: 'LEPS served for a full score' },
			1,
			1,
			5
		)
	],

	formula(params) {
		const t = readParameter(params, 'targetLeps');
		return {
			it: `100·min(1, LEPS serviti dichiarati / ${t}). Non valutabile se il progetto non ha registrato i LEPS; un elenco vuoto vale 0.`,
			en: `100·min(1, declared LEPS served / ${t}). Not assessable when the project has not recorded its LEPS; an empty list scores 0.`
		};
	},

	evaluate(snapshot, params) {
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const leps = snapshot.project.leps;
		if (leps === undefined) {
			missing.push(MISSING.leps);
			return { subscores: PARTS.subscores(params, {}), missing, inputs, suggestions };
		}
		const known = [...new Set(leps)].filter((id) => LEPS_BY_ID[id] !== undefined);
		inputs.leps = known;
		const labels = (lang: 'it' | 'en') =>
			listNames(
				known.map((id) => LEPS_BY_ID[id]!.label[lang]),
				lang,
				8
			);
		if (known.length === 0) {
			suggestions.push({
				it: 'Il progetto non dichiara alcun LEPS: collegarne le azioni ai LEPS che serve (es. PUA, pronto intervento sociale) ne mostra la priorità.',
				en: 'The project declares no LEPS: linking its actions to the LEPS it serves (e.g. access points, social emergency) shows its priority.'
			});
		}
		return {
			subscores: PARTS.subscores(params, {
				leps: 100 * towardTarget(known.length, readParameter(params, 'targetLeps'))
			}),
			missing,
			inputs,
			suggestions,
			explanation:
				known.length === 0
					? {
							it: 'Il progetto dichiara di non servire alcun LEPS.',
							en: 'The project declares it serves no LEPS.'
						}
					: {
							it: `Il progetto serve: ${labels('it')}.`,
							en: `The project serves: ${labels('en')}.`
						}
		};
	}
};
