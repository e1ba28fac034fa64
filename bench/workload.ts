/**
 * What the in-process benchmarks ask, shared by bench/run.ts and bench/scoring-search.ts so that
 * both time the same work: the regional plan at a scale, and the actor searches.
 */
import { REGIONAL_PLAN, type RegionalPlan } from './generate';

/** The regional plan at a fraction of its size (BENCH_SCALE), for quicker runs. */
export function scaledPlan(scale: number): RegionalPlan {
	if (scale === 1) return REGIONAL_PLAN;
	const s = (n: number) => Math.max(1, Math.round(n * scale));
	return {
		...REGIONAL_PLAN,
		thirdSector: s(REGIONAL_PLAN.thirdSector),
		companies: s(REGIONAL_PLAN.companies),
		foundations: s(REGIONAL_PLAN.foundations),
		socialPartners: s(REGIONAL_PLAN.socialPartners),
		networks: s(REGIONAL_PLAN.networks),
		projects: s(REGIONAL_PLAN.projects),
		collaborations: s(REGIONAL_PLAN.collaborations)
	};
}

/** Actor searches: prefix, fuzzy, multi-word; the in-process and the HTTP benchmarks ask the same. */
export const SEARCH_TERMS = [
	'cooperativa',
	'arcobaleno',
	'parrocchia san',
	'odv',
	'aps',
	'fondazione comunita',
	'sindacato',
	'coperativa',
	'il ponte',
	'bergamo',
	'milano',
	'crema',
	'brescia',
	'residenza',
	'oratorio',
	'associazione artigiani',
	'impresa sociale',
	'girasole',
	'consorzio',
	'la quercia'
];

/** The 20 searches with their filters: some by sector, some by the largest Ambito. */
export const searchFilters = (ambitoId: string) =>
	SEARCH_TERMS.map((search, i) => ({
		search,
		...(i % 4 === 1 ? { sectors: ['third_sector' as const] } : {}),
		...(i % 5 === 2 ? { ambitoId } : {})
	}));
