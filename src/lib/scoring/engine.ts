import { CRITERION_BY_ID } from './criteria';
import { weightedMeanOfPresent } from './math';
import { resolveParameters } from './parameters';
import { comparabilityThreshold, validateRubric, type Rubric } from './rubrics';
import type { LocalizedText } from '../domain';
import type {
	CriterionDefinition,
	CriterionResult,
	ParameterValues,
	PartnershipSnapshot,
	Scorecard
} from './types';

export class InvalidRubricError extends Error {
	constructor(readonly errors: ReturnType<typeof validateRubric>) {
		super(`Invalid rubric: ${errors.map((e) => `${e.path}: ${e.message.en}`).join('; ')}`);
		this.name = 'InvalidRubricError';
	}
}

export function assertValidRubric(rubric: Rubric): void {
	const errors = validateRubric(rubric);
	if (errors.length > 0) throw new InvalidRubricError(errors);
}

const notAssessableText = (missing: readonly string[]) => ({
	it: `Non valutabile: manca ${missing.map((m) => m.split(' / ')[0]).join('; ') || 'un dato'}.`,
	en: `Not assessable: missing ${missing.map((m) => m.split(' / ')[1] ?? m).join('; ') || 'some data'}.`
});

/**
 * A criterion's formula in words depends only on its parameters, which a rubric fixes for every
 * project: written once per criterion and parameter values (about a third of a scorecard's text,
 * rewritten for each of a ranking's 3,000 projects), a copy of it per scorecard.
 */
const formulas = new Map<string, LocalizedText>();
const MAX_FORMULAS = 1000;
const numberKey = (value: number | undefined) => (Object.is(value, -0) ? '-0' : String(value));

function formulaOf(definition: CriterionDefinition, params: ParameterValues): LocalizedText {
	const key = [definition.id, ...definition.parameters.map((p) => numberKey(params[p.id]))].join(
		'|'
	);
	let formula = formulas.get(key);
	if (!formula) {
		if (formulas.size >= MAX_FORMULAS) formulas.clear();
		formula = definition.formula(params);
		formulas.set(key, formula);
	}
	return { ...formula };
}

/** Score every criterion of a rubric on a canonical snapshot (no validation, no candidates). */
export function computeScorecard(canonical: PartnershipSnapshot, rubric: Rubric): Scorecard {
	const criteria: CriterionResult[] = rubric.criteria.map((entry) => {
		const definition = CRITERION_BY_ID.get(entry.id);
		if (!definition) throw new Error(`Unknown criterion ${entry.id}`); // unreachable after validation
		const params = resolveParameters(definition, entry.params);
		const evaluation = definition.evaluate(canonical, params);
		const applicable = evaluation.applicable !== false;
		const score = applicable
			? weightedMeanOfPresent(
					evaluation.subscores.map((s) => ({ value: s.score, weight: s.weight }))
				)
			: null;
		const missing = [...new Set(evaluation.missing)];
		return {
			id: definition.id,
			label: definition.label,
			weight: entry.weight,
			score,
			assessable: score !== null,
			missing,
			subscores: evaluation.subscores,
			inputs: evaluation.inputs,
			formula: formulaOf(definition, params),
			suggestions: evaluation.suggestions,
			params,
			applicable,
			summary: definition.summary,
			explanation:
				score === null && applicable
					? notAssessableText(missing)
					: (evaluation.explanation ?? definition.summary),
			partial: [...new Set(evaluation.partial ?? [])],
			actSource: definition.actSource
		};
	});
	return finishScorecard(canonical.project.id, rubric, criteria);
}

/**
 * The total and its comparability from the criteria: the weighted mean of the applicable, assessed
 * criteria (weights re-normalised over them), the share of the applicable weight that was assessed,
 * and whether that share reaches the rubric's threshold. A criterion that does not apply to the
 * project (e.g. F for a poverty project) leaves both the total and the share.
 */
export function finishScorecard(
	projectId: string,
	rubric: Pick<Rubric, 'id' | 'version' | 'minAssessedShare'>,
	criteria: CriterionResult[]
): Scorecard {
	const applicable = criteria.filter((c) => c.applicable !== false);
	const applicableWeight = applicable.reduce((acc, c) => acc + c.weight, 0);
	const assessedWeight = applicable.reduce((acc, c) => acc + (c.score !== null ? c.weight : 0), 0);
	const total = weightedMeanOfPresent(
		applicable.map((c) => ({ value: c.score, weight: c.weight }))
	);
	const assessedWeightShare = applicableWeight > 0 ? assessedWeight / applicableWeight : 0;
	const threshold = comparabilityThreshold(rubric);
	return {
		projectId,
		rubricId: rubric.id,
		rubricVersion: rubric.version,
		total,
		assessedWeightShare,
		criteria,
		comparabilityThreshold: threshold,
		comparable: total !== null && assessedWeightShare >= threshold - 1e-12,
		notAssessed: applicable
			.filter((c) => c.score === null && c.weight > 0)
			.map((c) => ({ criterionId: c.id, label: c.label, missing: c.missing }))
	};
}
