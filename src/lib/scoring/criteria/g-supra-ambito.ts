import { listNames } from '../format';
import { towardTarget } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter } from '../parameters';
import { targetAmbiti } from '../territory';
import type { CriterionDefinition, InputValue, Suggestion } from '../types';
import { criterionParts } from './parts';

const PARTS = criterionParts([
	{
		id: 'ambiti',
		label: { it: 'Ambiti della stessa ATS', en: 'Ambiti of the same ATS' },
		weight: 'weightAmbiti',
		weightLabel: { it: 'Peso: Ambiti della stessa ATS', en: 'Weight: Ambiti of the same ATS' }
	}
]);

/**
 * G. Respiro sovra-ambito: Ambiti of the same ATS planning and working together (§ 3.1), read from
 * the project's declared target territory. Reaching into another ATS is not a merit in itself, and
 * where partners are seated does not count.
 */
export const supraAmbitoCriterion: CriterionDefinition = {
	id: 'G',
	key: 'supra_ambito',
	label: { it: 'Respiro sovra-ambito', en: 'Reach beyond one Ambito' },
	summary: {
		it: 'Se il progetto è rivolto a più Ambiti della stessa ATS, come il § 3.1 incentiva. Si legge dal territorio dichiarato (Comuni e Ambiti destinatari), non dalle sedi dei partner; andare in un’altra ATS non è un merito di per sé.',
		en: 'Whether the project targets several Ambiti of the same ATS, as § 3.1 encourages. Read from the declared territory (target Comuni and Ambiti), not from where partners are seated; reaching into another ATS is no merit in itself.'
	},
	actSource: {
		it: 'Regione Lombardia incentiva la sperimentazione di una programmazione sociale condivisa tra più ambiti afferenti alla stessa Azienda sanitaria locale.',
		ref: 'DGR IX/2505 (2011), all. A, § 3.1'
	},
	parameters: [
		parameter(
			'targetAmbiti',
			{
				it: 'Ambiti della stessa ATS per il punteggio pieno',
				en: 'Ambiti of the same ATS for a full score'
			},
			3,
			2,
			30
		),
		...PARTS.weightParameters
	],
	retiredParameters: ['targetAts', 'weightAts'],

	formula(params) {
		const a = readParameter(params, 'targetAmbiti');
		return {
			it: `100·min(1, (A − 1)/(${a} − 1)), A il numero massimo di Ambiti destinatari che appartengono a una stessa ATS (Ambiti con ATS non registrata contati con il gruppo più numeroso). Un progetto in un solo Ambito vale 0.`,
			en: `100·min(1, (A − 1)/(${a} − 1)), A the largest number of target Ambiti belonging to one ATS (Ambiti with no recorded ATS counted with the largest group). A project in a single Ambito scores 0.`
		};
	},

	evaluate(snapshot, params) {
		const missing: string[] = [];
		const partial: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const target = readParameter(params, 'targetAmbiti');
		const ambiti = targetAmbiti(snapshot);
		if (ambiti.size === 0) {
			missing.push(MISSING.targetAmbiti);
			return { subscores: PARTS.subscores(params, {}), missing, inputs, suggestions };
		}
		const byAts = new Map<string, string[]>();
		const unknownAts: string[] = [];
		for (const [id, ats] of [...ambiti.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
			if (ats === null) unknownAts.push(id);
			else byAts.set(ats, [...(byAts.get(ats) ?? []), id]);
		}
		const groups = [...byAts.entries()].sort(
			(x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1)
		);
		const largest = (groups[0]?.[1].length ?? 0) + unknownAts.length;
		if (unknownAts.length > 0)
			partial.push(
				`ATS non registrata per: ${unknownAts.join(', ')} / ATS not recorded for: ${unknownAts.join(', ')}`
			);
		inputs.targetAmbiti = [...ambiti.keys()].sort();
		inputs.ambitiInLargestAts = largest;
		if (groups.length > 1) inputs.otherAtsAmbiti = groups.slice(1).flatMap(([, ids]) => ids);
		const score = 100 * towardTarget(largest - 1, target - 1);
		if (largest < target) {
			suggestions.push({
				it: `Il progetto è rivolto a ${largest} ${largest === 1 ? 'Ambito' : 'Ambiti'} della stessa ATS su ${target} attesi: una programmazione condivisa con Ambiti vicini della stessa ATS ne amplierebbe il respiro.`,
				en: `The project targets ${largest} Ambiti of the same ATS out of ${target} expected: planning shared with neighbouring Ambiti of the same ATS would widen its reach.`
			});
		}
		const explanation = {
			it: `Il territorio destinatario comprende ${ambiti.size} ${ambiti.size === 1 ? 'Ambito' : 'Ambiti'}; ${largest} nella stessa ATS.${
				groups.length > 1
					? ` Gli Ambiti di altre ATS (${listNames(
							groups.slice(1).flatMap(([, ids]) => ids),
							'it'
						)}) non aggiungono punti.`
					: ''
			}`,
			en: `The target territory spans ${ambiti.size} Ambiti; ${largest} in the same ATS.${
				groups.length > 1
					? ` Ambiti of other ATS (${listNames(
							groups.slice(1).flatMap(([, ids]) => ids),
							'en'
						)}) add no points.`
					: ''
			}`
		};
		return {
			subscores: PARTS.subscores(params, { ambiti: score }),
			missing,
			inputs,
			suggestions,
			partial,
			explanation
		};
	}
};
