import type { ActorKindId } from '../domain';
import { listNames, type Lang } from './format';
import type { Candidate, PartnershipSnapshot, Suggestion } from './types';

/** Candidates that may be suggested: real (never fictional) actors not already in the partnership. */
export function usableCandidates(snapshot: PartnershipSnapshot): Candidate[] {
	const partners = new Set(snapshot.partners.map((p) => p.actorId));
	return (snapshot.candidates ?? []).filter(
		(c) => c.fictional !== true && !partners.has(c.actorId)
	);
}

export function candidatesOfKinds(
	snapshot: PartnershipSnapshot,
	kinds: Iterable<ActorKindId>
): Candidate[] {
	const wanted = new Set(kinds);
	return usableCandidates(snapshot).filter((c) => wanted.has(c.kind));
}

/** " Candidati: A, B e C." when there are any, for appending to a suggestion. */
export function candidateSentence(candidates: readonly Candidate[], lang: Lang): string {
	if (candidates.length === 0) return '';
	const names = listNames(
		candidates.map((c) => c.name),
		lang
	);
	return lang === 'it'
		? ` Candidati sul territorio: ${names}.`
		: ` Candidates in the territory: ${names}.`;
}

/** A suggestion naming candidates, with their ids so the UI can link them and show their impact. */
export function withCandidates(
	text: { it: string; en: string },
	candidates: readonly Candidate[]
): Suggestion {
	return {
		it: text.it + candidateSentence(candidates, 'it'),
		en: text.en + candidateSentence(candidates, 'en'),
		...(candidates.length > 0 ? { actorIds: candidates.map((c) => c.actorId) } : {})
	};
}
