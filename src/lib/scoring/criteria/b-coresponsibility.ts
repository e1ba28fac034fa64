import { listNames } from '../format';
import { normalisedGini, percent, round, sum } from '../math';
import { MISSING } from '../missing';
import { partnershipView } from '../partnership';
import type { CriterionDefinition, InputValue, Suggestion } from '../types';
import { criterionParts } from './parts';
import { commitmentFacts } from './resources-facts';

const PARTS = criterionParts([
	{
		id: 'responsible_partners',
		label: { it: 'Partner responsabili di azioni', en: 'Partners responsible for actions' },
		weight: 'weightResponsiblePartners'
	},
	{
		id: 'shared_actions',
		label: { it: 'Azioni condivise', en: 'Shared actions' },
		weight: 'weightSharedActions'
	},
	{
		id: 'resource_balance',
		label: { it: 'Equilibrio delle risorse', en: 'Balance of resources' },
		weight: 'weightResourceBalance'
	}
]);

/**
 * B. Corresponsabilità: does each operating entity carry actions, are actions carried jointly by
 * different entities, and are resources committed evenly rather than by one? One legal entity counts
 * once; the balance is judged only when every commitment has a value and at least two entities commit.
 */
export const coresponsibilityCriterion: CriterionDefinition = {
	id: 'B',
	key: 'coresponsibility',
	label: { it: 'Corresponsabilità', en: 'Shared responsibility' },
	summary: {
		it: 'Se i partner operativi si prendono ciascuno una parte delle azioni, se le azioni sono condivise tra enti diversi e se le risorse sono messe in modo equilibrato, non da uno solo.',
		en: 'Whether the operating partners each take on part of the actions, whether actions are shared between different bodies, and whether resources are committed in a balanced way rather than by one.'
	},
	actSource: {
		it: 'corresponsabilità degli attori rispetto alle azioni condivise nel progetto',
		ref: 'DGR IX/2505 (2011), all. A, § 2.2.4'
	},
	parameters: PARTS.weightParameters,

	formula() {
		return {
			it: 'Sugli enti operativi (partner raggruppati per soggetto giuridico; capofila, promotori, partner e chi ha un’azione o un impegno): media pesata di partner responsabili = 100 · quota degli enti operativi responsabili di almeno un’azione; azioni condivise = 100 · quota delle azioni con almeno due enti responsabili; equilibrio delle risorse = 100 · (1 − G), G indice di Gini (normalizzato n/(n−1)) del valore impegnato da ciascun ente operativo, calcolato solo se tutti gli impegni hanno un valore e almeno due enti ne hanno.',
			en: 'Over the operating entities (partners grouped by legal body; lead, promoters, partners and anyone with an action or commitment): weighted mean of responsible partners = 100 · share of operating entities responsible for at least one action; shared actions = 100 · share of actions with at least two responsible entities; balance of resources = 100 · (1 − G), G the Gini index (normalised n/(n−1)) of the value each operating entity commits, computed only when every commitment has a value and at least two entities commit.'
		};
	},

	evaluate(snapshot, params) {
		const view = partnershipView(snapshot);
		const core = view.core;
		const missing: string[] = [];
		const partial: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = { operationalPartners: core.length };
		const enough = core.length >= 2;
		if (view.entities.length === 0) missing.push(MISSING.partners);
		else if (!enough) missing.push(MISSING.twoOperationalPartners);

		let responsibleShare: number | null = null;
		let sharedShare: number | null = null;
		if (snapshot.actions.length === 0) {
			missing.push(MISSING.actions);
		} else if (enough) {
			let shared = 0;
			const solo: string[] = [];
			const orphan: string[] = [];
			for (const action of snapshot.actions) {
				const carriers = new Set(
					action.responsibleActorIds.flatMap((id) => {
						const entity = view.byActor.get(id);
						return entity ? [entity.key] : [];
					})
				);
				if (carriers.size >= 2) shared += 1;
				else if (carriers.size === 1) solo.push(action.title);
				else orphan.push(action.title);
			}
			const responsible = core.filter((e) => e.hasAction);
			responsibleShare = responsible.length / core.length;
			sharedShare = shared / snapshot.actions.length;
			inputs.actions = snapshot.actions.length;
			inputs.sharedActions = shared;
			inputs.partnersResponsible = responsible.length;
			const idle = core.filter((e) => !e.hasAction);
			if (idle.length > 0) {
				suggestions.push({
					it: `Affidare almeno un’azione a: ${listNames(
						idle.map((e) => e.name),
						'it'
					)}.`,
					en: `Give at least one action to: ${listNames(
						idle.map((e) => e.name),
						'en'
					)}.`,
					actorIds: idle.flatMap((e) => e.members.map((m) => m.actorId))
				});
			}
			if (solo.length > 0) {
				suggestions.push({
					it: `${solo.length} azioni su ${snapshot.actions.length} hanno un solo ente responsabile: ${listNames(solo, 'it')}.`,
					en: `${solo.length} of ${snapshot.actions.length} actions have a single responsible body: ${listNames(solo, 'en')}.`
				});
			}
			if (orphan.length > 0) {
				suggestions.push({
					it: `Azioni senza alcun partner responsabile: ${listNames(orphan, 'it')}.`,
					en: `Actions with no responsible partner: ${listNames(orphan, 'en')}.`
				});
			}
		}

		let balance: number | null = null;
		const facts = commitmentFacts(snapshot);
		if (facts.unvalued > 0) partial.push(facts.unvaluedNote);
		if (snapshot.commitments.length === 0) {
			missing.push(MISSING.commitments);
		} else if (facts.committingEntities < 2) {
			missing.push(MISSING.commitmentsOfTwo);
		} else if (facts.unvalued > 0) {
			missing.push(MISSING.commitmentValues);
		} else if (enough) {
			const amounts = core.map((e) => facts.valuedByEntity.get(e.key) ?? 0);
			const total = sum(amounts);
			const gini = total > 0 ? normalisedGini(amounts) : null;
			balance = gini === null ? null : 1 - gini;
			inputs.committedEur = round(total);
			if (gini !== null) inputs.gini = round(gini, 4);
			const without = core.filter((e) => (facts.valuedByEntity.get(e.key) ?? 0) <= 0);
			if (without.length > 0) {
				suggestions.push({
					it: `Non impegnano risorse: ${listNames(
						without.map((e) => e.name),
						'it'
					)}.`,
					en: `No resources committed by: ${listNames(
						without.map((e) => e.name),
						'en'
					)}.`,
					actorIds: without.flatMap((e) => e.members.map((m) => m.actorId))
				});
			}
			const top = core.reduce((best, e) =>
				(facts.valuedByEntity.get(e.key) ?? 0) > (facts.valuedByEntity.get(best.key) ?? 0)
					? e
					: best
			);
			const topShare = total > 0 ? (facts.valuedByEntity.get(top.key) ?? 0) / total : 0;
			if (topShare > 0.5) {
				suggestions.push({
					it: `${top.name} copre da solo il ${percent(topShare)}% delle risorse impegnate dai partner.`,
					en: `${top.name} alone covers ${percent(topShare)}% of the resources the partners commit.`,
					actorIds: top.members.map((m) => m.actorId)
				});
			}
		}

		const explanation = !enough
			? {
					it: 'Servono almeno due partner operativi per giudicare la corresponsabilità.',
					en: 'At least two operating partners are needed to judge shared responsibility.'
				}
			: {
					it:
						(responsibleShare === null
							? 'Azioni non registrate.'
							: `${inputs.partnersResponsible} enti operativi su ${core.length} sono responsabili di almeno un’azione; ${inputs.sharedActions} azioni su ${inputs.actions} sono condivise tra enti diversi.`) +
						(balance === null
							? ' Equilibrio delle risorse non valutabile.'
							: ` Equilibrio delle risorse ${Math.round(100 * balance)} su 100.`),
					en:
						(responsibleShare === null
							? 'Actions not recorded.'
							: `${inputs.partnersResponsible} of ${core.length} operating bodies are responsible for at least one action; ${inputs.sharedActions} of ${inputs.actions} actions are shared between different bodies.`) +
						(balance === null
							? ' Balance of resources not assessable.'
							: ` Balance of resources ${Math.round(100 * balance)} out of 100.`)
				};

		const subscores = PARTS.subscores(params, {
			responsible_partners: responsibleShare === null ? null : 100 * responsibleShare,
			shared_actions: sharedShare === null ? null : 100 * sharedShare,
			resource_balance: balance === null ? null : 100 * balance
		});
		return { subscores, missing, inputs, suggestions, partial, explanation };
	}
};
