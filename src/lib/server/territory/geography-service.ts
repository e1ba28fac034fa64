import { coverageOf } from '../../geo/coverage';
import type { PartnershipSnapshot } from '../../scoring';
import { partnershipView } from '../../scoring/partnership';
import { comuniCoveredBy } from '../../scoring/territory';
import { resolveRubric, scoreProjects } from '../evaluation/scorecard-service';
import { partnershipSnapshot } from '../evaluation/snapshot-queries';
import { notFound } from '../errors';
import { activeProjectIds, comunePlaces } from './geography-queries';

/**
 * The geographic views' figures. Coverage is the scoring's own rule (scoring/territory.ts: a
 * partner covers its seat, and an acting Ambito, ASST or Distretto the Comuni of the Ambiti it
 * serves), so the map and the scorecard never disagree on which Comuni a partnership reaches.
 */
export function comuniCoveredByPartnership(snapshot: PartnershipSnapshot): Set<string> {
	const covered = new Set<string>();
	for (const entity of partnershipView(snapshot).entities)
		for (const istat of comuniCoveredBy(entity, snapshot.territory.comuni)) covered.add(istat);
	return covered;
}

export interface CoverageComune {
	istat: string;
	name: string;
	population: number | null;
	covered: boolean;
}
export interface PartnerSeat {
	actorId: string;
	name: string;
	kind: string;
	role: string;
	seatIstat: string | null;
}
export interface ProjectCoverage {
	projectId: string;
	comuni: CoverageComune[];
	partners: PartnerSeat[];
	coveredComuni: number;
	uncoveredComuni: number;
	coveredResidents: number;
	uncoveredResidents: number;
	/** covered residents ÷ residents of the target (null when none is known) */
	residentShare: number | null;
}

export async function projectCoverage(projectId: string): Promise<ProjectCoverage> {
	const snapshot = await partnershipSnapshot(projectId);
	if (!snapshot) throw notFound('Progetto', projectId);
	const target = snapshot.territory.comuni;
	const covered = comuniCoveredByPartnership(snapshot);
	const c = coverageOf(
		target.map((x) => x.istat),
		covered,
		new Map(target.map((x) => [x.istat, x.population]))
	);
	return {
		projectId,
		comuni: target
			.map((x) => ({
				istat: x.istat,
				name: x.name,
				population: x.population,
				covered: covered.has(x.istat)
			}))
			.sort((a, b) => a.name.localeCompare(b.name, 'it')),
		partners: snapshot.partners
			.map((p) => ({
				actorId: p.actorId,
				name: p.name,
				kind: p.kind,
				role: p.role,
				seatIstat: p.seatComune
			}))
			.sort((a, b) => a.name.localeCompare(b.name, 'it')),
		coveredComuni: c.totals.covered.comuni,
		uncoveredComuni: c.totals.uncovered.comuni,
		coveredResidents: c.totals.covered.residents,
		uncoveredResidents: c.totals.uncovered.residents,
		residentShare: c.residentShare
	};
}

export interface ComuneActivity {
	istat: string;
	/** active projects whose target territory includes the Comune */
	activeProjects: number;
	/** of those, the projects whose partnership covers it */
	coveringProjects: number;
	/** mean total score of those projects (null when none has a total) */
	meanScore: number | null;
}
export interface AmbitoActivity {
	id: string;
	name: string;
	activeProjects: number;
	residents: number;
	/** residents of its Comuni covered by at least one active project */
	coveredResidents: number;
	residentShare: number | null;
	meanScore: number | null;
}
export interface ActiveProject {
	id: string;
	title: string;
	total: number | null;
	/** the target Comuni (ISTAT codes) */
	comuni: string[];
	/** of those, the ones the partnership covers */
	covered: string[];
}
export interface RegionalActivity {
	date: string;
	activeProjects: number;
	projects: ActiveProject[];
	comuni: ComuneActivity[];
	ambiti: AmbitoActivity[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);

/** Every Comune and Ambito with the active projects aimed at it, their coverage and their scores. */
export async function regionalActivity(today: string): Promise<RegionalActivity> {
	const [ids, places, rubric] = await Promise.all([
		activeProjectIds(today),
		comunePlaces(),
		resolveRubric()
	]);
	// A project that cannot be scored is left out of the picture (the ranking lists it as a failure).
	const { scores: scored } = await scoreProjects(ids, rubric);
	const byComune = new Map<string, { projects: number; covering: number; scores: number[] }>();
	const byAmbito = new Map<string, { projects: Set<string>; scores: number[] }>();
	const coveredAnywhere = new Set<string>();
	const ambitoOf = new Map(places.map((p) => [p.istat, p.ambito?.id ?? null]));
	const projects: ActiveProject[] = [];
	for (const { projectId, snapshot, scorecard } of scored) {
		const covered = comuniCoveredByPartnership(snapshot);
		projects.push({
			id: projectId,
			title: snapshot.project.title,
			total: scorecard.total,
			comuni: snapshot.territory.comuni.map((c) => c.istat).sort(),
			covered: [...covered].sort()
		});
		const ambiti = new Set<string>();
		for (const c of snapshot.territory.comuni) {
			const a = byComune.get(c.istat) ?? { projects: 0, covering: 0, scores: [] };
			a.projects++;
			if (covered.has(c.istat)) {
				a.covering++;
				coveredAnywhere.add(c.istat);
			}
			if (scorecard.total !== null) a.scores.push(scorecard.total);
			byComune.set(c.istat, a);
			const ambito = ambitoOf.get(c.istat);
			if (ambito) ambiti.add(ambito);
		}
		for (const id of ambiti) {
			const a = byAmbito.get(id) ?? { projects: new Set(), scores: [] };
			a.projects.add(projectId);
			if (scorecard.total !== null) a.scores.push(scorecard.total);
			byAmbito.set(id, a);
		}
	}
	const ambitoTotals = new Map<string, AmbitoActivity>();
	for (const p of places) {
		if (!p.ambito) continue;
		const t = ambitoTotals.get(p.ambito.id) ?? {
			id: p.ambito.id,
			name: p.ambito.name,
			activeProjects: byAmbito.get(p.ambito.id)?.projects.size ?? 0,
			residents: 0,
			coveredResidents: 0,
			residentShare: null,
			meanScore: mean(byAmbito.get(p.ambito.id)?.scores ?? [])
		};
		t.residents += p.population ?? 0;
		if (coveredAnywhere.has(p.istat)) t.coveredResidents += p.population ?? 0;
		ambitoTotals.set(p.ambito.id, t);
	}
	return {
		date: today,
		activeProjects: scored.length,
		projects: projects.sort((a, b) => a.title.localeCompare(b.title, 'it')),
		comuni: places.map((p) => {
			const a = byComune.get(p.istat);
			return {
				istat: p.istat,
				activeProjects: a?.projects ?? 0,
				coveringProjects: a?.covering ?? 0,
				meanScore: mean(a?.scores ?? [])
			};
		}),
		ambiti: [...ambitoTotals.values()]
			.map((a) => ({
				...a,
				residentShare: a.residents > 0 ? a.coveredResidents / a.residents : null
			}))
			.sort((a, b) => a.name.localeCompare(b.name, 'it'))
	};
}
