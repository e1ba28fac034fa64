import { ROLE_BY_ID } from '../../domain';
import { listNames } from '../format';
import { normalisedGini, percent, round, sum } from '../math';
import { MISSING } from '../missing';
import { readParameter, weightParameter } from '../parameters';
import type { CriterionDefinition, InputValue, Subscore, Suggestion } from '../types';

/**
 * B. Corresponsabilità: do the operational partners (capofila and partner) each carry actions,
 * are actions carried jointly, and are resources committed evenly rather than by one actor?
 */
export const coresponsibilityCriterion: CriterionDefinition = {
	id: 'B',
	key: 'coresponsibility',
	label: { it: 'Corresponsabilità', en: 'Shared responsibility' },
	actSource: {
		it: 'corresponsabilità degli attori rispetto alle azioni condivise nel progetto',
		ref: 'DGR IX/2505 (2011), all. A, § 2.2.4'
	},
	parameters: [
		weightParameter(
			'weightResponsiblePartners',
			{
				it: 'Peso: partner responsabili di azioni',
				en: 'Weight: partners responsible for actions'
			},
			1
		),
		weightParameter(
			'weightSharedActions',
			{ it: 'Peso: azioni condivise', en: 'Weight: shared actions' },
			1
		),
		weightParameter(
			'weightResourceBalance',
			{ it: 'Peso: equilibrio delle risorse', en: 'Weight: balance of resources' },
			1
		)
	],

	formula() {
		return {
			it: 'Sui partner operativi (capofila e partner): media pesata di partner responsabili = 100 · quota dei partner responsabili di almeno un’azione; azioni condivise = 100 · quota delle azioni con almeno due partner responsabili; equilibrio delle risorse = 100 · (1 − G), con G indice di Gini (normalizzato n/(n−1)) del valore delle risorse impegnate da ciascun partner, zero compreso.',
			en: 'Over the operational partners (lead and partner roles): weighted mean of responsible partners = 100 · share of partners responsible for at least one action; shared actions = 100 · share of actions with at least two responsible partners; balance of resources = 100 · (1 − G), G being the Gini index (normalised by n/(n−1)) of the value each partner commits, zero included.'
		};
	},

	evaluate(snapshot, params) {
		const operational = snapshot.partners.filter((p) => ROLE_BY_ID[p.role].fullPartner);
		const operationalIds = new Set(operational.map((p) => p.actorId));
		const partnerIds = new Set(snapshot.partners.map((p) => p.actorId));
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = { operationalPartners: operational.length };

		const enoughPartners = operational.length >= 2;
		if (snapshot.partners.length === 0) missing.push(MISSING.partners);
		else if (!enoughPartners) missing.push(MISSING.twoOperationalPartners);

		let responsibleShare: number | null = null;
		let sharedShare: number | null = null;
		const actions = snapshot.actions;
		if (actions.length === 0) {
			missing.push(MISSING.actions);
		} else if (enoughPartners) {
			const responsible = new Set<string>();
			let shared = 0;
			const soloActions: string[] = [];
			const orphanActions: string[] = [];
			for (const action of actions) {
				const carriers = action.responsibleActorIds.filter((id) => partnerIds.has(id));
				for (const id of carriers) if (operationalIds.has(id)) responsible.add(id);
				if (carriers.length >= 2) shared += 1;
				else if (carriers.length === 1) soloActions.push(action.title);
				else orphanActions.push(action.title);
			}
			responsibleShare = responsible.size / operational.length;
			sharedShare = shared / actions.length;
			inputs.actions = actions.length;
			inputs.sharedActions = shared;
			inputs.partnersResponsible = responsible.size;

			const idle = operational.filter((p) => !responsible.has(p.actorId));
			if (idle.length > 0) {
				suggestions.push({
					it: `Affidare almeno un’azione a: ${listNames(
						idle.map((p) => p.name),
						'it'
					)}.`,
					en: `Give at least one action to: ${listNames(
						idle.map((p) => p.name),
						'en'
					)}.`,
					actorIds: idle.map((p) => p.actorId)
				});
			}
			if (soloActions.length > 0) {
				suggestions.push({
					it: `${soloActions.length} azioni su ${actions.length} hanno un solo partner responsabile: ${listNames(soloActions, 'it')}.`,
					en: `${soloActions.length} of ${actions.length} actions have a single responsible partner: ${listNames(soloActions, 'en')}.`
				});
			}
			if (orphanActions.length > 0) {
				suggestions.push({
					it: `Azioni senza alcun partner responsabile: ${listNames(orphanActions, 'it')}.`,
					en: `Actions with no responsible partner: ${listNames(orphanActions, 'en')}.`
				});
			}
		}

		let balance: number | null = null;
		const committedByPartner = new Map<string, number>(operational.map((p) => [p.actorId, 0]));
		for (const commitment of snapshot.commitments) {
			const known = committedByPartner.get(commitment.actorId);
			if (known !== undefined && commitment.amountEur > 0) {
				committedByPartner.set(commitment.actorId, known + commitment.amountEur);
			}
		}
		const amounts = [...committedByPartner.values()];
		const totalCommitted = sum(amounts);
		if (snapshot.commitments.length === 0 || (enoughPartners && totalCommitted <= 0)) {
			missing.push(MISSING.commitments);
		} else if (enoughPartners) {
			const gini = normalisedGini(amounts);
			balance = gini === null ? null : 1 - gini;
			inputs.committedEur = round(totalCommitted);
			if (gini !== null) inputs.gini = round(gini, 4);

			const withoutResources = operational.filter(
				(p) => (committedByPartner.get(p.actorId) ?? 0) <= 0
			);
			if (withoutResources.length > 0) {
				suggestions.push({
					it: `Non impegnano risorse: ${listNames(
						withoutResources.map((p) => p.name),
						'it'
					)}.`,
					en: `No resources committed by: ${listNames(
						withoutResources.map((p) => p.name),
						'en'
					)}.`,
					actorIds: withoutResources.map((p) => p.actorId)
				});
			}
			const [topId, topAmount] = [...committedByPartner.entries()].reduce((best, entry) =>
				entry[1] > best[1] ? entry : best
			);
			const topShare = topAmount / totalCommitted;
			if (topShare > 0.5) {
				const name = operational.find((p) => p.actorId === topId)?.name ?? topId;
				suggestions.push({
					it: `${name} copre da solo il ${percent(topShare)}% delle risorse impegnate dai partner.`,
					en: `${name} alone covers ${percent(topShare)}% of the resources the partners commit.`,
					actorIds: [topId]
				});
			}
		}

		const subscores: Subscore[] = [
			{
				id: 'responsible_partners',
				label: { it: 'Partner responsabili di azioni', en: 'Partners responsible for actions' },
				score: responsibleShare === null ? null : 100 * responsibleShare,
				weight: readParameter(params, 'weightResponsiblePartners')
			},
			{
				id: 'shared_actions',
				label: { it: 'Azioni condivise', en: 'Shared actions' },
				score: sharedShare === null ? null : 100 * sharedShare,
				weight: readParameter(params, 'weightSharedActions')
			},
			{
				id: 'resource_balance',
				label: { it: 'Equilibrio delle risorse', en: 'Balance of resources' },
				score: balance === null ? null : 100 * balance,
				weight: readParameter(params, 'weightResourceBalance')
			}
		];
		return { subscores, missing, inputs, suggestions };
	}
};
