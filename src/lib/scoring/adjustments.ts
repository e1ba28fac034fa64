import { finishScorecard } from './engine';
import { formatInteger, type Lang } from './format';
import { canonicalSnapshot } from './snapshot';
import type { CriterionId, PartnershipSnapshot, Scorecard } from './types';
import { isRoleId, ROLE_BY_ID, type LocalizedText } from '../domain';

/** An evaluator's own score for one criterion, with the reason that justifies it. */
export interface Adjustment {
	criterionId: CriterionId;
	score: number;
	reason: string;
	by: string;
	at: string;
}

export interface AdjustedCriterion {
	computedScore: number | null;
	adjustment: Adjustment | null;
}

/**
 * The scorecard an evaluator signs: computed scores, with adjusted criteria replaced by the
 * evaluator's score and the total recomputed with the same weights. Never mutates its input.
 */
export function applyAdjustments(
	scorecard: Scorecard,
	adjustments: readonly Adjustment[]
): Scorecard {
	const byId = new Map(adjustments.map((a) => [a.criterionId, a]));
	// An evaluator who scores a criterion judges that it applies, whatever the computation said.
	const criteria = scorecard.criteria.map((c) => {
		const adjustment = byId.get(c.id);
		return adjustment ? { ...c, score: adjustment.score, assessable: true, applicable: true } : c;
	});
	const rubric = {
		id: scorecard.rubricId,
		version: scorecard.rubricVersion,
		minAssessedShare: scorecard.comparabilityThreshold
	};
	return { ...scorecard, ...finishScorecard(scorecard.projectId, rubric, criteria) };
}

/** A short, stable fingerprint of what a scorecard was computed from. */
export function snapshotFingerprint(snapshot: PartnershipSnapshot): string {
	return fnv1a52(JSON.stringify(canonicalSnapshot(withoutCandidates(snapshot))));
}

/**
 * FNV-1a kept to 52 bits: enough to notice a change, no crypto needed in a pure module. Final
 * evaluations store it, so its value never changes; it is computed on two halves (20 and 32 bits) in
 * plain numbers, because the BigInt form allocated at every character: 6 % of the app's CPU under load.
 */
export function fnv1a52(text: string): string {
	// The 64-bit offset basis 0xcbf29ce484222325 to 52 bits; the prime 0x100000001b3 is 2^40 + 435.
	let hi = 0x29ce4;
	let lo = 0x84222325;
	for (let i = 0; i < text.length; i++) {
		lo = (lo ^ text.charCodeAt(i)) >>> 0;
		const low = lo * 435; // below 2^41: exact
		hi = (hi * 435 + Math.floor(low / 0x100000000) + ((lo & 0xfff) << 8)) & 0xfffff;
		lo = low >>> 0;
	}
	return (hi * 0x100000000 + lo).toString(36);
}

/** Suggestions' candidates are not evidence about the partnership: they do not count as a change. */
function withoutCandidates(snapshot: PartnershipSnapshot): PartnershipSnapshot {
	return { ...snapshot, candidates: [] };
}

/** A role by its name in the language ("aderente" → "Aderente" / "Supporter"), its id if unknown. */
const role = (id: string, lang: Lang) => (isRoleId(id) ? ROLE_BY_ID[id].label[lang] : id);

/** What changed in a partnership between two snapshots, in words, for "dati modificati dopo la valutazione". */
export function describeSnapshotChanges(
	before: PartnershipSnapshot,
	after: PartnershipSnapshot
): LocalizedText[] {
	const changes: LocalizedText[] = [];
	const partnersBefore = new Map(before.partners.map((p) => [p.actorId, p]));
	const partnersAfter = new Map(after.partners.map((p) => [p.actorId, p]));
	for (const [id, p] of partnersAfter) {
		const old = partnersBefore.get(id);
		if (!old)
			changes.push({
				it: `Nuovo partner: ${p.name} (${role(p.role, 'it')})`,
				en: `New partner: ${p.name} (${role(p.role, 'en')})`
			});
		else if (old.role !== p.role)
			changes.push({
				it: `${p.name}: ruolo da ${role(old.role, 'it')} a ${role(p.role, 'it')}`,
				en: `${p.name}: role from ${role(old.role, 'en')} to ${role(p.role, 'en')}`
			});
	}
	for (const [id, p] of partnersBefore)
		if (!partnersAfter.has(id))
			changes.push({ it: `Partner uscito: ${p.name}`, en: `Partner left: ${p.name}` });

	const actionsBefore = new Map(before.actions.map((a) => [a.id, a]));
	const actionsAfter = new Map(after.actions.map((a) => [a.id, a]));
	for (const [id, a] of actionsAfter) {
		const old = actionsBefore.get(id);
		if (!old) changes.push({ it: `Nuova azione: ${a.title}`, en: `New action: ${a.title}` });
		else if (
			[...old.responsibleActorIds].sort().join() !== [...a.responsibleActorIds].sort().join()
		)
			changes.push({
				it: `Azione "${a.title}": responsabili cambiati`,
				en: `Action "${a.title}": responsible partners changed`
			});
	}
	for (const [id, a] of actionsBefore)
		if (!actionsAfter.has(id))
			changes.push({ it: `Azione eliminata: ${a.title}`, en: `Action removed: ${a.title}` });

	const total = (s: PartnershipSnapshot, source: 'public' | 'private') =>
		s.commitments
			.filter((c) => c.source === source)
			.reduce(
				(sum, c) => sum + (c.amountEur !== null && Number.isFinite(c.amountEur) ? c.amountEur : 0),
				0
			);
	for (const source of ['public', 'private'] as const) {
		const [from, to] = [total(before, source), total(after, source)];
		if (Math.abs(from - to) >= 0.5) {
			const it = source === 'public' ? 'pubbliche' : 'private';
			changes.push({
				it: `Risorse ${it}: da ${formatInteger(from, 'it')} € a ${formatInteger(to, 'it')} €`,
				en: `${source} resources: from €${formatInteger(from, 'en')} to €${formatInteger(to, 'en')}`
			});
		}
	}
	const comuni = (s: PartnershipSnapshot) => new Set(s.territory.comuni.map((c) => c.istat));
	const [cb, ca] = [comuni(before), comuni(after)];
	if (cb.size !== ca.size || [...ca].some((x) => !cb.has(x)))
		changes.push({
			it: `Territorio: da ${cb.size} a ${ca.size} Comuni`,
			en: `Territory: from ${cb.size} to ${ca.size} Comuni`
		});
	const pairs = (s: PartnershipSnapshot) => s.priorCollaborations.length;
	if (pairs(before) !== pairs(after))
		changes.push({
			it: `Collaborazioni precedenti: da ${pairs(before)} a ${pairs(after)}`,
			en: `Earlier collaborations: from ${pairs(before)} to ${pairs(after)}`
		});
	const ties = (s: PartnershipSnapshot) => s.externalTies.length + s.networks.length;
	if (ties(before) !== ties(after))
		changes.push({
			it: `Reti e legami esterni: da ${ties(before)} a ${ties(after)}`,
			en: `Networks and outside ties: from ${ties(before)} to ${ties(after)}`
		});
	if (!changes.length && snapshotFingerprint(before) !== snapshotFingerprint(after))
		changes.push({
			it: 'Altri dati del partenariato sono cambiati',
			en: 'Other partnership data changed'
		});
	return changes;
}
