import { CRITERION_BY_ID } from './criteria';
import { weightedMeanOfPresent } from './math';
import { resolveParameters } from './parameters';
import { validateRubric, type Rubric } from './rubrics';
import { canonicalSnapshot } from './snapshot';
import type { CriterionResult, PartnershipSnapshot, Scorecard } from './types';

export class InvalidRubricError extends Error {
	constructor(readonly errors: ReturnType<typeof validateRubric>) {
		super(`Invalid rubric: ${errors.map((e) => `${e.path}: ${e.message.en}`).join('; ')}`);
		this.name = 'InvalidRubricError';
	}
}

/**
 * Score one partnership on a rubric. Pure: no clock, no I/O; the same snapshot and rubric always
 * give the same scorecard, whatever the order of the snapshot's lists.
 * A criterion is assessable when at least one of its subscores is; the total is the weighted mean
 * of the assessable criteria, weights re-normalised over them, and null when none is.
 */
export function scorePartnership(snapshot: PartnershipSnapshot, rubric: Rubric): Scorecard {
	const errors = validateRubric(rubric);
	if (errors.length > 0) throw new InvalidRubricError(errors);

	const canonical = canonicalSnapshot(snapshot);
	const criteria: CriterionResult[] = rubric.criteria.map((entry) => {
		const definition = CRITERION_BY_ID.get(entry.id);
		if (!definition) throw new Error(`Unknown criterion ${entry.id}`); // unreachable after validation
		const params = resolveParameters(definition, entry.params);
		const evaluation = definition.evaluate(canonical, params);
		const score = weightedMeanOfPresent(
			evaluation.subscores.map((s) => ({ value: s.score, weight: s.weight }))
		);
		return {
			id: definition.id,
			label: definition.label,
			weight: entry.weight,
			score,
			assessable: score !== null,
			missing: [...new Set(evaluation.missing)],
			subscores: evaluation.subscores,
			inputs: evaluation.inputs,
			formula: definition.formula(params),
			suggestions: evaluation.suggestions,
			params
		};
	});

	const totalWeight = criteria.reduce((acc, c) => acc + c.weight, 0);
	const assessedWeight = criteria.reduce((acc, c) => acc + (c.assessable ? c.weight : 0), 0);
	return {
		projectId: snapshot.project.id,
		rubricId: rubric.id,
		rubricVersion: rubric.version,
		total: weightedMeanOfPresent(criteria.map((c) => ({ value: c.score, weight: c.weight }))),
		assessedWeightShare: totalWeight > 0 ? assessedWeight / totalWeight : 0,
		criteria
	};
}
