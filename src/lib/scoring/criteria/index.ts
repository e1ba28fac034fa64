import type { CriterionDefinition, CriterionId } from '../types';
import { breadthCriterion } from './a-breadth';
import { coresponsibilityCriterion } from './b-coresponsibility';
import { testedPartnershipCriterion } from './c-tested-partnership';
import { outreachCriterion } from './d-outreach';
import { resourcesCriterion } from './e-resources';
import { socioSanitaryCriterion } from './f-socio-sanitary';
import { supraAmbitoCriterion } from './g-supra-ambito';
import { sustainabilityCriterion } from './h-sustainability';
import { transferabilityCriterion } from './i-transferability';
import { lepsCriterion } from './j-leps';
import { coDesignCriterion } from './k-co-design';
import { policyCycleCriterion } from './l-policy-cycle';

/** Every scoring criterion, in display order. Adding a criterion is adding one entry here. */
export const CRITERIA: readonly CriterionDefinition[] = [
	breadthCriterion,
	coresponsibilityCriterion,
	testedPartnershipCriterion,
	outreachCriterion,
	resourcesCriterion,
	socioSanitaryCriterion,
	supraAmbitoCriterion,
	sustainabilityCriterion,
	transferabilityCriterion,
	lepsCriterion,
	coDesignCriterion,
	policyCycleCriterion
];

export const CRITERION_BY_ID: ReadonlyMap<string, CriterionDefinition> = new Map(
	CRITERIA.map((criterion) => [criterion.id, criterion])
);

export function isCriterionId(value: unknown): value is CriterionId {
	return typeof value === 'string' && CRITERION_BY_ID.has(value);
}
