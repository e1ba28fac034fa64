import type { LocalizedText } from '../../domain';
import { readParameter, weightParameter } from '../parameters';
import type { ParameterDefinition, ParameterValues, Subscore } from '../types';

/** One part of a criterion: a subscore, and the weight a rubric may give it. */
export interface PartDefinition<Id extends string = string> {
	id: Id;
	label: LocalizedText;
	/** Id of the part's weight parameter; absent, the part always weighs 1 (a criterion's only part). */
	weight?: string;
	/** Default of the weight parameter; 1 when absent. */
	defaultWeight?: number;
	/** Label of the weight parameter, where «Peso: <part>» would read wrong (e.g. a proper name). */
	weightLabel?: LocalizedText;
}

export interface CriterionParts<Id extends string> {
	/** One weight parameter per weighted part, in the order of the parts. */
	weightParameters: ParameterDefinition[];
	/** The subscores, in the order of the parts; a part left out has no score (not assessable). */
	subscores(params: ParameterValues, scores: Partial<Record<Id, number | null>>): Subscore[];
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * A criterion's parts declared once: its weight parameters and its subscores are both built from the
 * declaration, so a part's id, label and weight cannot drift apart.
 */
export function criterionParts<const Id extends string>(
	parts: readonly PartDefinition<Id>[]
): CriterionParts<Id> {
	return {
		weightParameters: parts.flatMap((part) =>
			part.weight === undefined
				? []
				: [
						weightParameter(
							part.weight,
							part.weightLabel ?? {
								it: `Peso: ${lowerFirst(part.label.it)}`,
								en: `Weight: ${lowerFirst(part.label.en)}`
							},
							part.defaultWeight ?? 1
						)
					]
		),
		subscores: (params, scores) =>
			parts.map((part) => ({
				id: part.id,
				label: part.label,
				score: scores[part.id] ?? null,
				weight: part.weight === undefined ? 1 : readParameter(params, part.weight)
			}))
	};
}
