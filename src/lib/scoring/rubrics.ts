import type { LocalizedText } from '../domain';
import { CRITERION_BY_ID } from './criteria';
import type { CriterionId } from './types';

/**
 * Weights and thresholds as data: the database stores rubrics versioned, and an evaluator can
 * change them without touching code. Criterion ids are plain strings here because stored rubrics
 * arrive untyped; validateRubric checks them.
 */
export interface Rubric {
	id: string;
	version: number;
	name: LocalizedText;
	criteria: Array<{ id: string; weight: number; params?: Record<string, number> }>;
	/**
	 * Share of the applicable weight that must be assessed for a total to be comparable with others
	 * (0..1); absent: DEFAULT_COMPARABILITY_THRESHOLD. Below it the total is "non confrontabile".
	 */
	minAssessedShare?: number;
}

export const DEFAULT_COMPARABILITY_THRESHOLD = 0.7;

export function comparabilityThreshold(rubric: Pick<Rubric, 'minAssessedShare'>): number {
	const value = rubric.minAssessedShare;
	return typeof value === 'number' && Number.isFinite(value)
		? value
		: DEFAULT_COMPARABILITY_THRESHOLD;
}

export interface RubricError {
	/** Where the problem is, e.g. 'criteria[2].params.partnersScale'. */
	path: string;
	message: LocalizedText;
}

/** A preset's criteria from criterion id → weight, in the order written. */
const weighted = (weights: Partial<Record<CriterionId, number>>): Rubric['criteria'] =>
	Object.entries(weights).map(([id, weight]) => ({ id, weight }));

/**
 * The 2012-2014 experimental projects (DGR IX/2505): the four partnership criteria of § 2.2.4, the
 * integration of resources (§ 2.2.4), Ambiti of the same ATS working together (§ 3.1), sustainability
 * beyond the funding and knowledge other Ambiti can share (§ 4). Version 2: scoring v2 (issue 16).
 */
export const SPERIMENTAZIONI_2012_2014: Rubric = {
	id: 'sperimentazioni-2012-2014',
	version: 2,
	name: {
		it: 'Sperimentazioni di welfare 2012-2014 (DGR IX/2505)',
		en: 'Welfare experiments 2012-2014 (DGR IX/2505)'
	},
	criteria: weighted({ A: 20, B: 20, C: 15, D: 10, E: 15, G: 5, H: 10, I: 5 }),
	minAssessedShare: DEFAULT_COMPARABILITY_THRESHOLD
};

/**
 * The 2025-2027 planning cycle (2023 transition document): the partnership criteria plus LEPS served,
 * co-programming and co-design with the Third Sector, joint work across phases and policy areas, and
 * sociosanitary integration where the policy areas call for it. Version 2: scoring v2 (issue 16).
 */
export const PROGRAMMAZIONE_2025_2027: Rubric = {
	id: 'programmazione-2025-2027',
	version: 2,
	name: {
		it: 'Programmazione sociale 2025-2027',
		en: 'Social planning 2025-2027'
	},
	criteria: weighted({
		A: 10,
		B: 10,
		C: 5,
		D: 5,
		E: 10,
		F: 15,
		G: 5,
		H: 5,
		I: 5,
		J: 10,
		K: 10,
		L: 10
	}),
	minAssessedShare: DEFAULT_COMPARABILITY_THRESHOLD
};

export const RUBRIC_PRESETS: readonly Rubric[] = [
	SPERIMENTAZIONI_2012_2014,
	PROGRAMMAZIONE_2025_2027
];

const error = (path: string, it: string, en: string): RubricError => ({
	path,
	message: { it, en }
});

/** All problems of a rubric, each with its path; an empty list means the rubric is usable. */
export function validateRubric(rubric: Rubric): RubricError[] {
	const errors: RubricError[] = [];
	if (typeof rubric.id !== 'string' || rubric.id.trim() === '') {
		errors.push(error('id', 'Identificativo mancante.', 'Missing id.'));
	}
	if (!Number.isInteger(rubric.version) || rubric.version < 1) {
		errors.push(
			error('version', 'La versione deve essere un intero ≥ 1.', 'Version must be an integer ≥ 1.')
		);
	}
	if (!Array.isArray(rubric.criteria) || rubric.criteria.length === 0) {
		errors.push(error('criteria', 'Nessun criterio.', 'No criteria.'));
		return errors;
	}

	const seen = new Set<string>();
	let weightSum = 0;
	rubric.criteria.forEach((entry, index) => {
		const at = `criteria[${index}]`;
		const definition = CRITERION_BY_ID.get(entry.id);
		if (!definition) {
			errors.push(
				error(
					`${at}.id`,
					`Criterio sconosciuto: «${entry.id}».`,
					`Unknown criterion: “${entry.id}”.`
				)
			);
		} else if (seen.has(entry.id)) {
			errors.push(
				error(`${at}.id`, `Criterio ripetuto: ${entry.id}.`, `Criterion listed twice: ${entry.id}.`)
			);
		}
		seen.add(entry.id);

		if (typeof entry.weight !== 'number' || !Number.isFinite(entry.weight) || entry.weight < 0) {
			errors.push(
				error(
					`${at}.weight`,
					'Il peso deve essere un numero finito ≥ 0.',
					'Weight must be a finite number ≥ 0.'
				)
			);
		} else {
			weightSum += entry.weight;
		}

		if (!definition || entry.params === undefined) return;
		for (const [paramId, value] of Object.entries(entry.params)) {
			const paramPath = `${at}.params.${paramId}`;
			const parameter = definition.parameters.find((p) => p.id === paramId);
			// Stored rubrics may carry parameters an earlier version of the criterion had: ignored.
			if (!parameter && definition.retiredParameters?.includes(paramId)) continue;
			if (!parameter) {
				errors.push(
					error(
						paramPath,
						`Parametro sconosciuto per il criterio ${definition.id}.`,
						`Unknown parameter for criterion ${definition.id}.`
					)
				);
			} else if (typeof value !== 'number' || !Number.isFinite(value)) {
				errors.push(
					error(paramPath, 'Il valore deve essere un numero.', 'Value must be a number.')
				);
			} else if (value < parameter.min || value > parameter.max) {
				errors.push(
					error(
						paramPath,
						`Valore ${value} fuori dall’intervallo [${parameter.min}, ${parameter.max}].`,
						`Value ${value} outside [${parameter.min}, ${parameter.max}].`
					)
				);
			}
		}
	});

	if (
		rubric.minAssessedShare !== undefined &&
		(typeof rubric.minAssessedShare !== 'number' ||
			!Number.isFinite(rubric.minAssessedShare) ||
			rubric.minAssessedShare < 0 ||
			rubric.minAssessedShare > 1)
	) {
		errors.push(
			error(
				'minAssessedShare',
				'La soglia di confrontabilità deve essere tra 0 e 1.',
				'The comparability threshold must be between 0 and 1.'
			)
		);
	}
	if (weightSum <= 0) {
		errors.push(
			error(
				'criteria',
				'La somma dei pesi deve essere maggiore di zero.',
				'Weights must sum to more than zero.'
			)
		);
	}
	return errors;
}
