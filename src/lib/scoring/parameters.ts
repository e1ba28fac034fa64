import type { LocalizedText } from '../domain';
import type { CriterionDefinition, ParameterDefinition, ParameterValues } from './types';

/** Shorthand for declaring a parameter. */
export function parameter(
	id: string,
	label: LocalizedText,
	defaultValue: number,
	min: number,
	max: number
): ParameterDefinition {
	return { id, label, default: defaultValue, min, max };
}

/** A weight parameter for a subscore: 0 switches the subscore off. */
export function weightParameter(id: string, label: LocalizedText, defaultValue = 1) {
	return parameter(id, label, defaultValue, 0, 10);
}

/** Defaults overlaid with a rubric's values; unknown ids are ignored (validateRubric reports them). */
export function resolveParameters(
	definition: Pick<CriterionDefinition, 'parameters'>,
	overrides: ParameterValues | undefined
): ParameterValues {
	const values: ParameterValues = {};
	for (const p of definition.parameters) {
		const override = overrides?.[p.id];
		values[p.id] = override !== undefined && Number.isFinite(override) ? override : p.default;
	}
	return values;
}

/** Read a resolved parameter; a missing one is a programming error in a criterion. */
export function readParameter(params: ParameterValues, id: string): number {
	const value = params[id];
	if (value === undefined) throw new Error(`Unknown scoring parameter: ${id}`);
	return value;
}
