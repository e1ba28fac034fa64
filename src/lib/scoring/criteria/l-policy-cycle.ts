import { POLICY_AREA_BY_ID, POLICY_CYCLE_PHASES } from '../../domain';
import { listNames } from '../format';
import { towardTarget } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter } from '../parameters';
import { partnershipView } from '../partnership';
import type { CriterionDefinition, InputValue, Suggestion } from '../types';
import { criterionParts } from './parts';

const PARTS = criterionParts([
	{ id: 'phases', label: { it: 'Fasi coperte', en: 'Phases covered' }, weight: 'weightPhases' },
	{
		id: 'joint_phases',
		label: { it: 'Fasi condivise', en: 'Shared phases' },
		weight: 'weightJointPhases'
	},
	{ id: 'policy_areas', label: { it: 'Aree di policy', en: 'Policy areas' }, weight: 'weightAreas' }
]);

/**
 * L. Filiera e integrazione tra aree: joint work in every phase of the policy cycle and across
 * policy areas, as the 2023 transition document asks.
 */
export const policyCycleCriterion: CriterionDefinition = {
	id: 'L',
	key: 'policy_cycle',
	label: { it: 'Fasi e aree di policy', en: 'Policy phases and areas' },
	summary: {
		it: 'Se le azioni coprono le fasi della politica (analisi del bisogno, programmazione, progettazione, realizzazione, monitoraggio), se in ciascuna fase lavorano insieme più enti, e se il progetto tiene insieme più aree di policy invece di uno solo settore.',
		en: 'Whether the actions cover the phases of the policy (needs analysis, planning, design, delivery, monitoring), whether several bodies work together in each phase, and whether the project joins several policy areas rather than a single sector.'
	},
	actSource: {
		it: 'costruire in modo congiunto degli interventi di policy in tutte le fasi: l’individuazione del bisogno, la ricomposizione del quadro conoscitivo, la programmazione della risposta, la messa in opera e il monitoraggio. […] promuovendo l’integrazione concreta tra aree di policy',
		ref: 'Regione Lombardia, Linee di indirizzo: transizione 2021-2023 / 2025-2027 (2023)'
	},
	parameters: [
		parameter(
			'targetPhases',
			{ it: 'Fasi coperte per il punteggio pieno', en: 'Phases covered for a full score' },
			4,
			1,
			POLICY_CYCLE_PHASES.length
		),
		parameter(
			'targetAreas',
			{ it: 'Aree di policy per il punteggio pieno', en: 'Policy areas for a full score' },
			3,
			2,
			8
		),
		...PARTS.weightParameters
	],

	formula(params) {
		const p = readParameter(params, 'targetPhases');
		const a = readParameter(params, 'targetAreas');
		return {
			it: `Media pesata di: fasi = 100·min(1, fasi coperte dalle azioni / ${p}); fasi condivise = 100 · quota delle fasi coperte in cui almeno due enti diversi sono responsabili di azioni; aree = 100·min(1, (aree di policy − 1)/(${a} − 1)).`,
			en: `Weighted mean of: phases = 100·min(1, phases covered by the actions / ${p}); shared phases = 100 · share of the covered phases in which at least two different bodies are responsible for actions; areas = 100·min(1, (policy areas − 1)/(${a} − 1)).`
		};
	},

	evaluate(snapshot, params) {
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const view = partnershipView(snapshot);
		const withPhases = snapshot.actions.filter((a) => a.phases !== undefined);
		let phases: number | null = null;
		let joint: number | null = null;
		if (withPhases.length === 0)
			missing.push(snapshot.actions.length === 0 ? MISSING.actions : MISSING.phases);
		else {
			const entitiesByPhase = new Map<string, Set<string>>();
			for (const action of withPhases) {
				const keys = action.responsibleActorIds.flatMap((id) => view.byActor.get(id)?.key ?? []);
				for (const phase of action.phases ?? []) {
					const set = entitiesByPhase.get(phase) ?? new Set<string>();
					for (const key of keys) set.add(key);
					entitiesByPhase.set(phase, set);
				}
			}
			const covered = POLICY_CYCLE_PHASES.filter((p) => entitiesByPhase.has(p.id));
			const shared = covered.filter((p) => (entitiesByPhase.get(p.id)?.size ?? 0) >= 2);
			inputs.phasesCovered = covered.map((p) => p.id);
			inputs.phasesShared = shared.map((p) => p.id);
			phases = 100 * towardTarget(covered.length, readParameter(params, 'targetPhases'));
			joint = covered.length > 0 ? (100 * shared.length) / covered.length : 0;
			const absent = POLICY_CYCLE_PHASES.filter((p) => !entitiesByPhase.has(p.id));
			if (absent.length > 0) {
				suggestions.push({
					it: `Nessuna azione per le fasi: ${listNames(
						absent.map((p) => p.label.it.toLowerCase()),
						'it'
					)}.`,
					en: `No action for the phases: ${listNames(
						absent.map((p) => p.label.en.toLowerCase()),
						'en'
					)}.`
				});
			}
		}
		let areas: number | null = null;
		const declared = snapshot.project.policyAreas;
		if (declared === undefined) missing.push(MISSING.policyAreas);
		else {
			const known = [...new Set(declared)].filter((id) => POLICY_AREA_BY_ID[id] !== undefined);
			inputs.policyAreas = known;
			areas = 100 * towardTarget(known.length - 1, readParameter(params, 'targetAreas') - 1);
		}
		const explanation = {
			it: `${inputs.phasesCovered ? `Le azioni coprono ${(inputs.phasesCovered as string[]).length} fasi su ${POLICY_CYCLE_PHASES.length}, ${(inputs.phasesShared as string[]).length} condivise tra più enti.` : 'Fasi delle azioni non registrate.'} ${inputs.policyAreas ? `Aree di policy: ${(inputs.policyAreas as string[]).length}.` : 'Aree di policy non registrate.'}`,
			en: `${inputs.phasesCovered ? `The actions cover ${(inputs.phasesCovered as string[]).length} of ${POLICY_CYCLE_PHASES.length} phases, ${(inputs.phasesShared as string[]).length} shared by several bodies.` : 'Phases of the actions not recorded.'} ${inputs.policyAreas ? `Policy areas: ${(inputs.policyAreas as string[]).length}.` : 'Policy areas not recorded.'}`
		};
		const subscores = PARTS.subscores(params, { phases, joint_phases: joint, policy_areas: areas });
		return { subscores, missing, inputs, suggestions, explanation };
	}
};
