import {
	ROLE_BY_ID,
	SOCIO_SANITARY_INTEGRATION_KINDS,
	isRepresentativeKind,
	sectorOfKind,
	type ActorKindId,
	type LocalizedText,
	type RoleId
} from '../domain';
import { usableCandidates } from './candidates';
import { integrationCalledFor } from './criteria/f-socio-sanitary';
import { assertValidRubric, computeScorecard } from './engine';
import { formatNumber, listNames, type Lang } from './format';
import { partnershipView } from './partnership';
import type { Rubric } from './rubrics';
import { declarationProblem, declare, type Declaration } from './what-if-declare';
import { canonicalSnapshot } from './snapshot';
import { comuniCoveredBy } from './territory';
import type {
	Candidate,
	CandidateImpact,
	CriterionId,
	Partner,
	PartnershipSnapshot,
	Scorecard
} from './types';

/** A change to try on a partnership before saving anything. */
export type SnapshotEdit =
	| { kind: 'addPartner'; partner: Partner; responsibleFor?: string[] }
	| { kind: 'addCandidate'; actorId: string; role?: RoleId; responsibleFor?: string[] }
	| { kind: 'removePartner'; actorId: string }
	| { kind: 'changeRole'; actorId: string; role: RoleId }
	| ({ kind: 'declare' } & Declaration);

/** An edit that cannot be applied, with a message for the person who asked. */
export class WhatIfError extends Error {
	constructor(readonly detail: LocalizedText) {
		super(detail.en);
		this.name = 'WhatIfError';
	}
}

function partnerFromCandidate(
	snapshot: PartnershipSnapshot,
	candidate: Candidate,
	role: RoleId
): Partner {
	const seat = snapshot.territory.comuni.find((c) => c.istat === candidate.seatComune);
	return {
		actorId: candidate.actorId,
		name: candidate.name,
		kind: candidate.kind,
		role,
		seatComune: candidate.seatComune,
		ambitoIds: candidate.ambitoIds ?? (seat?.ambitoId ? [seat.ambitoId] : []),
		atsIds: candidate.atsIds ?? (seat?.atsId ? [seat.atsId] : [])
	};
}

function addResponsibility(
	snapshot: PartnershipSnapshot,
	actorId: string,
	actionIds: readonly string[]
) {
	const unknown = actionIds.filter((id) => !snapshot.actions.some((a) => a.id === id));
	if (unknown.length > 0) {
		throw new WhatIfError({
			it: `Azione inesistente: ${unknown.join(', ')}.`,
			en: `No such action: ${unknown.join(', ')}.`
		});
	}
	snapshot.actions = snapshot.actions.map((a) =>
		actionIds.includes(a.id) && !a.responsibleActorIds.includes(actorId)
			? { ...a, responsibleActorIds: [...a.responsibleActorIds, actorId] }
			: a
	);
}

/** The snapshot with the edits applied in order; never mutates its input. */
export function applyEdits(
	snapshot: PartnershipSnapshot,
	edits: readonly SnapshotEdit[]
): PartnershipSnapshot {
	const next: PartnershipSnapshot = {
		...snapshot,
		partners: [...snapshot.partners],
		actions: [...snapshot.actions],
		commitments: [...snapshot.commitments],
		candidates: [...(snapshot.candidates ?? [])]
	};
	const has = (id: string) => next.partners.some((p) => p.actorId === id);
	const mustHave = (id: string) => {
		if (!has(id))
			throw new WhatIfError({
				it: `Il soggetto ${id} non è tra i partner.`,
				en: `${id} is not a partner.`
			});
	};
	for (const edit of edits) {
		if (edit.kind === 'addPartner' || edit.kind === 'addCandidate') {
			const id = edit.kind === 'addPartner' ? edit.partner.actorId : edit.actorId;
			if (has(id))
				throw new WhatIfError({
					it: `Il soggetto ${id} è già tra i partner.`,
					en: `${id} is already a partner.`
				});
			let partner: Partner;
			if (edit.kind === 'addPartner') partner = { ...edit.partner };
			else {
				const candidate = next.candidates!.find((c) => c.actorId === id);
				if (!candidate)
					throw new WhatIfError({
						it: `Candidato sconosciuto: ${id}.`,
						en: `Unknown candidate: ${id}.`
					});
				if (candidate.fictional) {
					throw new WhatIfError({
						it: `${candidate.name} è un soggetto fittizio (dati dimostrativi): non si può proporre.`,
						en: `${candidate.name} is fictional (demo data): it cannot be proposed.`
					});
				}
				partner = partnerFromCandidate(next, candidate, edit.role ?? 'partner');
			}
			if (!ROLE_BY_ID[partner.role])
				throw new WhatIfError({
					it: `Ruolo sconosciuto: ${partner.role}.`,
					en: `Unknown role: ${partner.role}.`
				});
			next.partners.push(partner);
			next.candidates = next.candidates!.filter((c) => c.actorId !== id);
			if (edit.responsibleFor?.length) addResponsibility(next, id, edit.responsibleFor);
		} else if (edit.kind === 'removePartner') {
			mustHave(edit.actorId);
			next.partners = next.partners.filter((p) => p.actorId !== edit.actorId);
			next.commitments = next.commitments.filter((c) => c.actorId !== edit.actorId);
			next.actions = next.actions.map((a) => ({
				...a,
				responsibleActorIds: a.responsibleActorIds.filter((id) => id !== edit.actorId)
			}));
		} else if (edit.kind === 'declare') {
			const problem = declarationProblem(edit);
			if (problem) throw new WhatIfError(problem);
			next.project = declare(next.project, edit);
		} else {
			mustHave(edit.actorId);
			if (!ROLE_BY_ID[edit.role])
				throw new WhatIfError({
					it: `Ruolo sconosciuto: ${edit.role}.`,
					en: `Unknown role: ${edit.role}.`
				});
			next.partners = next.partners.map((p) =>
				p.actorId === edit.actorId ? { ...p, role: edit.role } : p
			);
		}
	}
	return next;
}

export interface WhatIfResult {
	snapshot: PartnershipSnapshot;
	before: Scorecard;
	after: Scorecard;
	/** Per criterion of the rubric: its score before and after, and the change (null if either is). */
	criteria: Array<{
		criterionId: CriterionId;
		label: LocalizedText;
		before: number | null;
		after: number | null;
		delta: number | null;
	}>;
	totalDelta: number | null;
}

const delta = (before: number | null, after: number | null) =>
	before === null || after === null ? null : after - before;

function compare(before: Scorecard, after: Scorecard) {
	return {
		criteria: after.criteria.map((c) => {
			const old = before.criteria.find((x) => x.id === c.id)?.score ?? null;
			return {
				criterionId: c.id,
				label: c.label,
				before: old,
				after: c.score,
				delta: delta(old, c.score)
			};
		}),
		totalDelta: delta(before.total, after.total)
	};
}

/**
 * "What if": the scorecard after the edits, beside the one before and the change per criterion.
 * Pure; the UI calls it to show the effect of adding or removing a partner, changing a role or
 * pretending the project declared what it does not (LEPS, co-design, co-financing).
 */
export function whatIf(
	snapshot: PartnershipSnapshot,
	rubric: Rubric,
	edits: readonly SnapshotEdit[]
): WhatIfResult {
	assertValidRubric(rubric);
	const canonical = canonicalSnapshot(snapshot);
	const edited = canonicalSnapshot(applyEdits(canonical, edits));
	const before = computeScorecard(canonical, rubric);
	const after = computeScorecard(edited, rubric);
	return { snapshot: edited, before, after, ...compare(before, after) };
}

const NETWORK_KINDS = new Set<ActorKindId>([
	'rete_conciliazione',
	'rete_territoriale',
	'rete_associativa',
	'forum_terzo_settore'
]);
const INTEGRATION = new Set<ActorKindId>(SOCIO_SANITARY_INTEGRATION_KINDS);

/** Candidates most likely to matter, by what the partnership lacks; cheap, so rescoring stays bounded. */
function relevantCandidates(canonical: PartnershipSnapshot, limit: number): Candidate[] {
	const view = partnershipView(canonical);
	const sectors = new Set(view.core.flatMap((e) => e.members.map((m) => sectorOfKind(m.kind))));
	const covered = new Set(
		view.entities.flatMap((e) => [...comuniCoveredBy(e, canonical.territory.comuni)])
	);
	const needsIntegration =
		(integrationCalledFor(canonical)?.length ?? 0) > 0 &&
		!view.core.some((e) => e.members.some((m) => INTEGRATION.has(m.kind)));
	return usableCandidates(canonical)
		.map((c) => {
			let relevance = 0;
			if (!sectors.has(sectorOfKind(c.kind))) relevance += 2;
			if (
				c.seatComune !== null &&
				canonical.territory.comuni.some((x) => x.istat === c.seatComune) &&
				!covered.has(c.seatComune)
			)
				relevance += 2;
			if (isRepresentativeKind(c.kind)) relevance += 1;
			if (needsIntegration && INTEGRATION.has(c.kind)) relevance += 2;
			if (NETWORK_KINDS.has(c.kind)) relevance += 1;
			return { c, relevance };
		})
		.filter((x) => x.relevance > 0)
		.sort(
			(x, y) =>
				y.relevance - x.relevance ||
				(x.c.name < y.c.name ? -1 : x.c.name > y.c.name ? 1 : x.c.actorId < y.c.actorId ? -1 : 1)
		)
		.slice(0, limit)
		.map((x) => x.c);
}

/**
 * How much each relevant candidate would change the total if it joined as a partner sharing one
 * existing action (the one with the fewest responsible bodies): at most `limit` rescorings.
 */
export function candidateImpacts(
	canonical: PartnershipSnapshot,
	rubric: Rubric,
	before: Scorecard,
	limit: number
): CandidateImpact[] {
	const view = partnershipView(canonical);
	const loneliest = [...canonical.actions].sort((a, b) => {
		const size = (x: typeof a) =>
			new Set(x.responsibleActorIds.map((id) => view.byActor.get(id)?.key ?? id)).size;
		return size(a) - size(b) || (a.id < b.id ? -1 : 1);
	})[0];
	return relevantCandidates(canonical, limit)
		.map((candidate) => {
			const edited = canonicalSnapshot(
				applyEdits(canonical, [
					{
						kind: 'addCandidate',
						actorId: candidate.actorId,
						role: 'partner',
						...(loneliest ? { responsibleFor: [loneliest.id] } : {})
					}
				])
			);
			const { criteria, totalDelta } = compare(before, computeScorecard(edited, rubric));
			return {
				actorId: candidate.actorId,
				name: candidate.name,
				kind: candidate.kind,
				totalDelta,
				criteria: criteria.map((c) => ({ criterionId: c.criterionId, delta: c.delta }))
			};
		})
		.sort(
			(a, b) =>
				(b.totalDelta ?? -Infinity) - (a.totalDelta ?? -Infinity) || (a.name < b.name ? -1 : 1)
		);
}

const signed = (value: number, lang: Lang) =>
	`${value >= 0 ? '+' : '−'}${formatNumber(Math.abs(value), lang, 1)}`;

/** The scorecard with candidate impacts, and each suggestion naming candidates saying what each is worth. */
export function attachCandidateImpacts(
	canonical: PartnershipSnapshot,
	rubric: Rubric,
	card: Scorecard,
	limit: number
): Scorecard {
	const impacts = candidateImpacts(canonical, rubric, card, limit);
	const byId = new Map(impacts.map((i) => [i.actorId, i]));
	const criteria = card.criteria.map((c) => ({
		...c,
		suggestions: c.suggestions.map((s) => {
			const named = (s.actorIds ?? [])
				.flatMap((id) => byId.get(id) ?? [])
				.filter((i) => i.totalDelta !== null);
			if (named.length === 0) return s;
			const text = (lang: Lang) =>
				listNames(
					named.map((i) => `${i.name} ${signed(i.totalDelta!, lang)}`),
					lang,
					5
				);
			return {
				...s,
				it: `${s.it} Effetto sul totale se entrassero come partner: ${text('it')}.`,
				en: `${s.en} Effect on the total if they joined as partners: ${text('en')}.`,
				impacts: named.map((i) => ({ actorId: i.actorId, totalDelta: i.totalDelta }))
			};
		})
	}));
	return { ...card, criteria, candidateImpacts: impacts };
}
