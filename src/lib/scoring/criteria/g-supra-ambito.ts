import type { ActorKindId } from '../../domain';
import { parameter, readParameter, weightParameter } from '../parameters';
import { MISSING } from '../missing';
import { towardTarget } from '../math';
import type { CriterionDefinition, InputValue, Subscore, Suggestion } from '../types';

/** ASST and Distretti list the Ambiti they serve, which says nothing about the project's reach. */
const SERVICE_AREA_KINDS = new Set<ActorKindId>(['asst', 'distretto']);

/** 0 for one unit, 1 at the target, linear between: a single Ambito has no supra-Ambito reach. */
function reachBeyondOne(count: number, target: number): number {
	return towardTarget(count - 1, target - 1);
}

/**
 * G. Respiro sovra-ambito: initiatives shareable beyond one Ambito are of greater regional
 * interest; the reach is read from the Ambiti and ATS of the target territory and of the partners.
 */
export const supraAmbitoCriterion: CriterionDefinition = {
	id: 'G',
	key: 'supra_ambito',
	label: { it: 'Respiro sovra-ambito', en: 'Reach beyond one Ambito' },
	actSource: {
		it: 'Le iniziative realizzate, potenzialmente condivisibili con altri contesti territoriali, saranno di particolare interesse regionale, rispetto a quelle il cui sviluppo si limiterà ad uno specifico ambito territoriale.',
		ref: 'DGR IX/2505 (2011), all. A, § 2.2.4 (e § 4: conoscenza condivisibile con altri ambiti)'
	},
	parameters: [
		parameter(
			'targetAmbiti',
			{ it: 'Ambiti distinti per il punteggio pieno', en: 'Distinct Ambiti for a full score' },
			3,
			2,
			30
		),
		parameter(
			'targetAts',
			{ it: 'ATS distinte per il punteggio pieno', en: 'Distinct ATS for a full score' },
			2,
			2,
			8
		),
		weightParameter('weightAmbiti', { it: 'Peso: Ambiti', en: 'Weight: Ambiti' }, 1),
		weightParameter('weightAts', { it: 'Peso: ATS', en: 'Weight: ATS' }, 0.5)
	],

	formula(params) {
		const a = readParameter(params, 'targetAmbiti');
		const t = readParameter(params, 'targetAts');
		return {
			it: `Media pesata di: Ambiti = 100·min(1, (A − 1)/(${a} − 1)), A Ambiti distinti del territorio destinatario e delle sedi dei partner (esclusi ASST e Distretti, che elencano gli Ambiti serviti); ATS = 100·min(1, (T − 1)/(${t} − 1)), T ATS distinte. Un progetto in un solo Ambito vale 0.`,
			en: `Weighted mean of: Ambiti = 100·min(1, (A − 1)/(${a} − 1)), A distinct Ambiti of the target territory and of the partners' seats (ASST and Distretti excluded, as they list the Ambiti they serve); ATS = 100·min(1, (T − 1)/(${t} − 1)), T distinct ATS. A project within a single Ambito scores 0.`
		};
	},

	evaluate(snapshot, params) {
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const targetAmbiti = readParameter(params, 'targetAmbiti');
		const targetAts = readParameter(params, 'targetAts');

		const territoryAmbiti = new Set<string>();
		const territoryAts = new Set<string>();
		for (const comune of snapshot.territory.comuni) {
			if (comune.ambitoId) territoryAmbiti.add(comune.ambitoId);
			if (comune.atsId) territoryAts.add(comune.atsId);
		}
		const ambiti = new Set(territoryAmbiti);
		const ats = new Set(territoryAts);
		for (const partner of snapshot.partners) {
			if (!SERVICE_AREA_KINDS.has(partner.kind)) for (const id of partner.ambitoIds) ambiti.add(id);
			for (const id of partner.atsIds) ats.add(id);
		}
		const sorted = (set: Set<string>) => [...set].sort();
		inputs.ambiti = sorted(ambiti);
		inputs.ats = sorted(ats);
		inputs.territoryAmbiti = territoryAmbiti.size;

		let ambitiScore: number | null = null;
		let atsScore: number | null = null;
		if (ambiti.size === 0 && ats.size === 0) {
			missing.push(MISSING.ambiti);
		} else {
			if (ambiti.size === 0) missing.push(MISSING.ambiti);
			else ambitiScore = 100 * reachBeyondOne(ambiti.size, targetAmbiti);
			if (ats.size === 0) missing.push(MISSING.ats);
			else atsScore = 100 * reachBeyondOne(ats.size, targetAts);
		}

		if (ambitiScore !== null && ambiti.size < targetAmbiti) {
			suggestions.push({
				it: `Il progetto tocca ${ambiti.size} ${ambiti.size === 1 ? 'Ambito' : 'Ambiti'} su ${targetAmbiti} attesi: estendere il territorio o coinvolgere partner di Ambiti vicini rende l’esperienza condivisibile oltre il singolo Ambito.`,
				en: `The project reaches ${ambiti.size} of ${targetAmbiti} expected Ambiti: widening the territory or involving partners from neighbouring Ambiti makes the experience shareable beyond one Ambito.`
			});
		}
		if (atsScore !== null && ats.size < targetAts) {
			suggestions.push({
				it: `Il progetto resta in ${ats.size} ATS: un partner o un territorio di un’altra ATS ne amplierebbe il respiro regionale.`,
				en: `The project stays within ${ats.size} ATS: a partner or territory in another ATS would widen its regional reach.`
			});
		}

		const subscores: Subscore[] = [
			{
				id: 'ambiti',
				label: { it: 'Ambiti', en: 'Ambiti' },
				score: ambitiScore,
				weight: readParameter(params, 'weightAmbiti')
			},
			{
				id: 'ats',
				label: { it: 'ATS', en: 'ATS' },
				score: atsScore,
				weight: readParameter(params, 'weightAts')
			}
		];
		return { subscores, missing, inputs, suggestions };
	}
};
