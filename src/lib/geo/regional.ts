/**
 * The regional view's measures: active projects, share of residents covered, mean score, either per
 * Comune or per Ambito (each Comune then carries its Ambito's value, so the Ambiti read as areas).
 */
export const REGIONAL_MEASURES = ['progetti', 'copertura', 'punteggio'] as const;
export type RegionalMeasure = (typeof REGIONAL_MEASURES)[number];
export const REGIONAL_LEVELS = ['comune', 'ambito'] as const;
export type RegionalLevel = (typeof REGIONAL_LEVELS)[number];

export interface RegionalData {
	comuni: ReadonlyArray<{
		istat: string;
		activeProjects: number;
		coveringProjects: number;
		meanScore: number | null;
	}>;
	ambiti: ReadonlyArray<{
		id: string;
		activeProjects: number;
		residentShare: number | null;
		meanScore: number | null;
	}>;
	projects: ReadonlyArray<{
		id: string;
		title: string;
		total: number | null;
		comuni: readonly string[];
	}>;
}
export interface PlaceOfComune {
	istat: string;
	ambito: { id: string } | null;
}

/**
 * ISTAT code → value. Per Comune, the share is 1 when an active project covers it and 0 when projects
 * aim at it but none covers it; a Comune no project aims at has no share and no score.
 */
export function regionalValues(
	data: RegionalData,
	places: readonly PlaceOfComune[],
	measure: RegionalMeasure,
	level: RegionalLevel
): Map<string, number> {
	const out = new Map<string, number>();
	if (level === 'ambito') {
		const byId = new Map(data.ambiti.map((a) => [a.id, a]));
		for (const p of places) {
			const a = p.ambito ? byId.get(p.ambito.id) : undefined;
			if (!a) continue;
			const v =
				measure === 'progetti'
					? a.activeProjects
					: measure === 'copertura'
						? a.residentShare
						: a.meanScore;
			if (v !== null) out.set(p.istat, v);
		}
		return out;
	}
	for (const c of data.comuni) {
		const v =
			measure === 'progetti'
				? c.activeProjects
				: c.activeProjects === 0
					? null
					: measure === 'copertura'
						? c.coveringProjects > 0
							? 1
							: 0
						: c.meanScore;
		if (v !== null) out.set(c.istat, v);
	}
	return out;
}

/** The active projects aimed at a Comune, or at any Comune of its Ambito (level "ambito"). */
export function projectsAt(
	data: RegionalData,
	places: readonly PlaceOfComune[],
	istat: string,
	level: RegionalLevel
): RegionalData['projects'] {
	const ambito = places.find((p) => p.istat === istat)?.ambito?.id ?? null;
	const area =
		level === 'ambito' && ambito
			? new Set(places.filter((p) => p.ambito?.id === ambito).map((p) => p.istat))
			: new Set([istat]);
	return data.projects.filter((p) => p.comuni.some((c) => area.has(c)));
}
