/**
 * The relational survey's results (issue 19, «Results»): pure functions from one round's answers to
 * the figures the results page shows, and from two rounds to their comparison. No I/O.
 *
 * How a tie is read (docs/surveys.md says the same for the people who read the results):
 * - Each side of a pair may say a level. A side "answered" when it gave an answer about the other;
 *   a respondent who completed the questionnaire and left an organisation of the list out said
 *   "nessun rapporto" (0): they went through the whole list, as in roster surveys where an
 *   organisation not picked is no partner.
 * - Both sides answered: the lower level. This is the "strong" (conservative) symmetrisation of
 *   valued network data (Wasserman & Faust 1994; sna::symmetrize and ergm's rule "strong",
 *   which takes the minimum of ordered values): a tie is as close as both agree it is.
 * - Only one side answered (the other did not respond): that side's level. This is the
 *   "reconstruction" of ties to non-respondents from what respondents said (Stork & Richards 1992;
 *   Huisman 2009, compared with other treatments in Krause, Huisman, Steglich & Snijders 2020),
 *   so that a low response rate does not erase the ties of those who did not answer.
 * - Neither side answered: no tie is known (read as 0, "nessun rapporto").
 * A tie counts for density and centralisation from level 1 (conoscenza / scambio di informazioni).
 *
 * Trust and value received: each rater's items about an organisation are averaged (items left blank
 * are left out; a level-0 answer carries no rating), then the raters' means are averaged, so each
 * rater weighs the same however many items they filled; a mean m on the 1–4 scale is shown as
 * (m − 1) / 3 · 100. Anonymous rounds: a figure resting on fewer than ANONYMITY_MIN_RESPONDENTS
 * raters is null and `withheld`; the network's mean then leaves out the ratings of organisations
 * whose own figure is withheld (otherwise it could be subtracted back to them), and the
 * disagreements (who said what) are not given at all. The network's shape (ties, density,
 * centralisation) is not withheld: the issue draws the survey's ties on the map.
 */
import {
	ANONYMITY_MIN_RESPONDENTS,
	TRUST_ITEMS,
	VALUE_ITEMS,
	type CollaborationLevel,
	type Disagreement,
	type FourPoint,
	type NetworkResult,
	type OrganisationResult,
	type SurveyComparison,
	type SurveyResults,
	type SurveyRound,
	type TieAnswer,
	type TieChange
} from './types';

/** Two sides whose levels are this far apart or more are a place to talk (the issue). */
export const DISAGREEMENT_GAP = 2;

type Org = { id: string; name: string };

/** One pair of the list, as read for the network. */
interface ReadTie {
	a: Org;
	b: Org;
	/** What each side said; null when it did not answer. */
	aSays: CollaborationLevel | null;
	bSays: CollaborationLevel | null;
	level: CollaborationLevel;
}

const collator = new Intl.Collator('it', { sensitivity: 'base' });
/** People read organisations by name; the id only breaks ties between equal names. */
const byName = (x: Org, y: Org) => collator.compare(x.name, y.name) || (x.id < y.id ? -1 : 1);

/** A mean on the 1–4 scale as 0–100. */
const toPercent = (mean: number) => ((mean - 1) / 3) * 100;

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** The organisations of the list, each once, in name order. */
export function organisationsOf(round: SurveyRound): Org[] {
	const seen = new Map<string, Org>();
	for (const org of round.organisations) if (!seen.has(org.id)) seen.set(org.id, org);
	return [...seen.values()].sort(byName);
}

/** The answers that count, one per ordered pair (a later answer replaces an earlier one). */
export function answersByPair(
	round: SurveyRound,
	ids: ReadonlySet<string>
): Map<string, TieAnswer> {
	const answers = new Map<string, TieAnswer>();
	for (const answer of round.answers) {
		if (answer.fromOrgId === answer.toOrgId) continue;
		if (!ids.has(answer.fromOrgId) || !ids.has(answer.toOrgId)) continue;
		answers.set(`${answer.fromOrgId}\u0000${answer.toOrgId}`, answer);
	}
	return answers;
}

/** Every pair of the list read as one tie (see the rule at the top of the file). */
export function readTies(round: SurveyRound, orgs: readonly Org[]): ReadTie[] {
	const answers = answersByPair(round, new Set(orgs.map((o) => o.id)));
	const completed = new Set(
		round.respondents.filter((r) => r.status === 'completed').map((r) => r.orgId)
	);
	const says = (from: Org, to: Org): CollaborationLevel | null =>
		answers.get(`${from.id}\u0000${to.id}`)?.level ?? (completed.has(from.id) ? 0 : null);
	const ties: ReadTie[] = [];
	for (let i = 0; i < orgs.length; i++) {
		for (let j = i + 1; j < orgs.length; j++) {
			const a = orgs[i]!;
			const b = orgs[j]!;
			const aSays = says(a, b);
			const bSays = says(b, a);
			const level =
				aSays === null
					? (bSays ?? 0)
					: bSays === null
						? aSays
						: (Math.min(aSays, bSays) as CollaborationLevel);
			ties.push({ a, b, aSays, bSays, level });
		}
	}
	return ties;
}

/** Each rater's mean of the given items about each organisation: target id → rater means. */
function ratingsReceived(
	round: SurveyRound,
	ids: ReadonlySet<string>,
	items: readonly string[],
	pick: (answer: TieAnswer) => Partial<Record<string, FourPoint>>
): Map<string, number[]> {
	const received = new Map<string, number[]>();
	for (const answer of answersByPair(round, ids).values()) {
		if (answer.level === 0) continue;
		const given = items
			.map((item) => pick(answer)[item])
			.filter((v): v is FourPoint => v !== undefined);
		if (given.length === 0) continue;
		const list = received.get(answer.toOrgId) ?? [];
		list.push(mean(given));
		received.set(answer.toOrgId, list);
	}
	return received;
}

/** Freeman's degree centralisation of an undirected graph: 1 for a star, 0 when all degrees match. */
export function degreeCentralisation(degrees: readonly number[]): number {
	const n = degrees.length;
	if (n < 3) return 0;
	const max = Math.max(...degrees);
	const sum = degrees.reduce((s, d) => s + (max - d), 0);
	// The star maximises the sum: (n − 1) for the centre's excess over each of n − 1 leaves of degree 1.
	return sum / ((n - 1) * (n - 2));
}

/** Ties (level ≥ 1) over the n(n − 1)/2 possible pairs; 0 below two organisations. */
export function density(ties: number, organisations: number): number {
	return organisations < 2 ? 0 : ties / ((organisations * (organisations - 1)) / 2);
}

export function computeSurveyResults(round: SurveyRound): SurveyResults {
	const orgs = organisationsOf(round);
	const ids = new Set(orgs.map((o) => o.id));
	const ties = readTies(round, orgs);
	const trust = ratingsReceived(round, ids, TRUST_ITEMS, (a) => a.trust);
	const value = ratingsReceived(round, ids, VALUE_ITEMS, (a) => a.value);
	const raters = ratersReceived(round, ids);

	// Shown only when enough raters stand behind it (anonymous rounds); null also when no one rated.
	const shown = (ratings: number[] | undefined) =>
		ratings !== undefined && (!round.anonymous || ratings.length >= ANONYMITY_MIN_RESPONDENTS);
	let withheld = false;
	const organisations: OrganisationResult[] = orgs.map((org) => {
		const t = trust.get(org.id);
		const v = value.get(org.id);
		const trustWithheld = t !== undefined && !shown(t);
		const valueWithheld = v !== undefined && !shown(v);
		withheld ||= trustWithheld || valueWithheld;
		const tiesByLevel: OrganisationResult['tiesByLevel'] = [0, 0, 0, 0, 0];
		for (const tie of ties)
			if (tie.level > 0 && (tie.a.id === org.id || tie.b.id === org.id))
				tiesByLevel[tie.level - 1]!++;
		return {
			orgId: org.id,
			name: org.name,
			trustReceived: shown(t) ? toPercent(mean(t!)) : null,
			valueReceived: shown(v) ? toPercent(mean(v!)) : null,
			ratedBy: raters.get(org.id) ?? 0,
			trustWithheld,
			valueWithheld,
			tiesByLevel
		};
	});

	// The network's mean pools every rating of the organisations whose own figure is shown.
	const networkMean = (received: Map<string, number[]>) => {
		const pooled = [...received.values()].filter(shown).flat();
		if (pooled.length < [...received.values()].flat().length) withheld = true;
		return pooled.length ? toPercent(mean(pooled)) : null;
	};
	const meanTrust = networkMean(trust);
	const meanValue = networkMean(value);

	const degree = new Map(orgs.map((org) => [org.id, 0]));
	let tieCount = 0;
	for (const tie of ties) {
		if (tie.level === 0) continue;
		tieCount++;
		degree.set(tie.a.id, degree.get(tie.a.id)! + 1);
		degree.set(tie.b.id, degree.get(tie.b.id)! + 1);
	}
	const respondents = new Set(round.respondents.map((r) => r.orgId));
	const completed = new Set(
		round.respondents.filter((r) => r.status === 'completed').map((r) => r.orgId)
	);
	const network: NetworkResult = {
		organisations: orgs.length,
		respondents: respondents.size,
		completed: completed.size,
		responseRate: respondents.size === 0 ? 0 : completed.size / respondents.size,
		density: density(tieCount, orgs.length),
		degreeCentralisation: degreeCentralisation([...degree.values()]),
		meanTrust,
		meanValue
	};

	const disagreements: Disagreement[] = round.anonymous
		? []
		: ties
				.filter(
					(t) =>
						t.aSays !== null && t.bSays !== null && Math.abs(t.aSays - t.bSays) >= DISAGREEMENT_GAP
				)
				.sort(
					(x, y) =>
						Math.abs(y.aSays! - y.bSays!) - Math.abs(x.aSays! - x.bSays!) ||
						byName(x.a, y.a) ||
						byName(x.b, y.b)
				)
				.map((t) => ({
					a: { id: t.a.id, name: t.a.name, saysLevel: t.aSays! },
					b: { id: t.b.id, name: t.b.name, saysLevel: t.bSays! }
				}));

	return { network, organisations, disagreements, withheld, anonymous: round.anonymous };
}

/** How many distinct organisations gave each organisation any trust or value item. */
function ratersReceived(round: SurveyRound, ids: ReadonlySet<string>): Map<string, number> {
	const raters = new Map<string, number>();
	for (const answer of answersByPair(round, ids).values()) {
		if (answer.level === 0) continue;
		const rated = [...Object.values(answer.trust), ...Object.values(answer.value)].some(
			(v) => v !== undefined
		);
		if (rated) raters.set(answer.toOrgId, (raters.get(answer.toOrgId) ?? 0) + 1);
	}
	return raters;
}

/**
 * Two rounds of the same network. Only organisations on both lists are compared (a tie to an
 * organisation that joined or left says nothing about how the partnership changed): a tie is gained
 * when it was read as 0 before and 1 or more after, lost the other way round.
 */
export function compareRounds(before: SurveyRound, after: SurveyRound): SurveyComparison {
	const resultsBefore = computeSurveyResults(before);
	const resultsAfter = computeSurveyResults(after);
	const beforeIds = new Set(before.organisations.map((o) => o.id));
	const common = organisationsOf(after).filter((o) => beforeIds.has(o.id));
	// Read on the common list, both rounds pair up in the same order (names from the later round).
	const tiesBefore = readTies(before, common);
	const tiesAfter = readTies(after, common);
	const gained: TieChange[] = [];
	const lost: TieChange[] = [];
	tiesAfter.forEach((tie, i) => {
		const levelBefore = tiesBefore[i]!.level;
		const change = {
			a: { id: tie.a.id, name: tie.a.name },
			b: { id: tie.b.id, name: tie.b.name },
			levelBefore,
			levelAfter: tie.level
		};
		if (levelBefore === 0 && tie.level > 0) gained.push(change);
		if (levelBefore > 0 && tie.level === 0) lost.push(change);
	});

	const orgBefore = new Map(resultsBefore.organisations.map((o) => [o.orgId, o]));
	const orgAfter = new Map(resultsAfter.organisations.map((o) => [o.orgId, o]));
	return {
		before: resultsBefore.network,
		after: resultsAfter.network,
		withheld: resultsBefore.withheld || resultsAfter.withheld,
		gained,
		lost,
		organisations: common.map((org) => ({
			orgId: org.id,
			name: org.name,
			trustBefore: orgBefore.get(org.id)!.trustReceived,
			trustAfter: orgAfter.get(org.id)!.trustReceived,
			valueBefore: orgBefore.get(org.id)!.valueReceived,
			valueAfter: orgAfter.get(org.id)!.valueReceived
		}))
	};
}
