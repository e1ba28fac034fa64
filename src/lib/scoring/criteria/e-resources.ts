import { RESOURCE_ORIGINS, type ResourceOriginId } from '../../domain';
import { bilingual, formatInteger, listNames } from '../format';
import { percent, round, towardTarget } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter } from '../parameters';
import { partnershipView } from '../partnership';
import type { CriterionDefinition, InputValue, Suggestion } from '../types';
import { criterionParts } from './parts';
import { budgetOf, commitmentFacts, funderIsPublic, grantOf } from './resources-facts';

const PARTS = criterionParts([
	{
		id: 'cofinancing',
		label: { it: 'Cofinanziamento', en: 'Co-financing' },
		weight: 'weightCofinancing'
	},
	{
		id: 'public_private_mix',
		label: { it: 'Mix pubblico-privato', en: 'Public–private mix' },
		weight: 'weightMix'
	},
	{
		id: 'origins',
		label: { it: 'Varietà delle fonti', en: 'Variety of origins' },
		weight: 'weightOrigins',
		defaultWeight: 0.5
	},
	{
		id: 'contributors',
		label: { it: 'Partner che contribuiscono', en: 'Contributing partners' },
		weight: 'weightContributors',
		defaultWeight: 0.5
	}
]);

/**
 * E. Integrazione delle risorse: how much of the cost the partnership itself covers (co-financing
 * ratio), whether public and private money are integrated, how many kinds of source it draws on and
 * how many operating partners contribute. Unvalued commitments count as present, never as 0 €.
 */
export const resourcesCriterion: CriterionDefinition = {
	id: 'E',
	key: 'resources',
	label: { it: 'Integrazione delle risorse', en: 'Integration of resources' },
	summary: {
		it: 'Quanta parte del costo il partenariato copre con risorse proprie e di altri (cofinanziamento), se integra risorse pubbliche e private, da quante fonti diverse attinge e quanti partner operativi contribuiscono. Un impegno senza valore in euro conta come presente, mai come 0 €.',
		en: 'How much of the cost the partnership covers with its own and others’ resources (co-financing), whether it integrates public and private money, how many kinds of source it draws on and how many operating partners contribute. A commitment without a EUR value counts as present, never as EUR 0.'
	},
	actSource: {
		it: 'Le sperimentazioni dovranno porsi l’obiettivo di integrare risorse pubbliche e private e di attrarre altre risorse del territorio.',
		ref: 'DGR IX/2505 (2011), all. A, § 2.2.4'
	},
	parameters: [
		parameter(
			'targetCofinancingShare',
			{
				it: 'Quota di cofinanziamento sul costo per il punteggio pieno',
				en: 'Co-financing share of the cost for a full score'
			},
			0.4,
			0.05,
			1
		),
		parameter(
			'targetMixShare',
			{
				it: 'Quota della componente minore (pubblica o privata) per il punteggio pieno',
				en: 'Share of the smaller component (public or private) for a full score'
			},
			0.25,
			0.01,
			0.5
		),
		...PARTS.weightParameters
	],
	retiredParameters: ['targetPrivateShare', 'targetBeyondFundingShare', 'weightSustainability'],

	formula(params) {
		const c = percent(readParameter(params, 'targetCofinancingShare'));
		const m = percent(readParameter(params, 'targetMixShare'));
		return {
			it: `Media pesata di: cofinanziamento = 100·min(1, (costo − contributo)/costo / ${c}%), dal costo complessivo e dal contributo (deliberato, altrimenti richiesto); mix pubblico-privato = 100·min(1, quota della componente minore / ${m}%), sul contributo del finanziatore e sugli impegni dei partner, solo se tutti gli impegni hanno un valore; varietà delle fonti = 100 · origini presenti / 3 (pubblica, Terzo Settore, altro privato), finanziatore compreso; contributori = 100 · quota degli enti operativi che impegnano risorse, con o senza valore. Mix, fonti e contributori richiedono impegni di almeno due partner (le fonti bastano anche col solo finanziatore).`,
			en: `Weighted mean of: co-financing = 100·min(1, (cost − grant)/cost / ${c}%), from the total cost and the grant (awarded, else requested); public–private mix = 100·min(1, share of the smaller component / ${m}%), over the funder's grant and the partners' commitments, only when every commitment has a value; variety of origins = 100 · origins present / 3 (public, Third Sector, other private), funder included; contributors = 100 · share of operating entities committing resources, valued or not. Mix, origins and contributors need commitments from at least two partners (origins also work with the funder alone).`
		};
	},

	evaluate(snapshot, params) {
		const view = partnershipView(snapshot);
		const facts = commitmentFacts(snapshot);
		const missing: string[] = [];
		const partial: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		if (facts.unvalued > 0) partial.push(facts.unvaluedNote);
		const budget = budgetOf(snapshot);
		const grant = grantOf(snapshot);
		const funderPublic = funderIsPublic(snapshot);
		const enoughCommitments = facts.committingEntities >= 2;

		let cofinancing: number | null = null;
		let ratio: number | null = null;
		if (budget === null || grant === null) {
			missing.push(MISSING.budget);
		} else {
			ratio = Math.max(0, Math.min(1, (budget - grant) / budget));
			cofinancing = 100 * towardTarget(ratio, readParameter(params, 'targetCofinancingShare'));
			inputs.budgetEur = round(budget);
			inputs.grantEur = round(grant);
			inputs.cofinancingShare = round(ratio, 4);
		}

		let mix: number | null = null;
		let publicShare: number | null = null;
		if (!enoughCommitments) {
			missing.push(
				snapshot.commitments.length === 0 ? MISSING.commitments : MISSING.commitmentsOfTwo
			);
		} else if (facts.unvalued > 0) {
			missing.push(MISSING.commitmentValues);
		} else {
			const withGrant = grant !== null && funderPublic !== null;
			const pub = facts.valuedPublic + (withGrant && funderPublic ? grant : 0);
			const priv = facts.valuedPrivate + (withGrant && !funderPublic ? grant : 0);
			if (pub + priv > 0) {
				publicShare = pub / (pub + priv);
				mix =
					100 *
					towardTarget(
						Math.min(publicShare, 1 - publicShare),
						readParameter(params, 'targetMixShare')
					);
				inputs.publicShare = round(publicShare, 4);
				inputs.committedEur = round(facts.valuedTotal);
				if (withGrant) inputs.mixIncludesGrant = 'sì / yes';
			}
		}

		let origins: number | null = null;
		const present = new Set<ResourceOriginId>(enoughCommitments ? facts.origins : []);
		if (funderPublic !== null) present.add(funderPublic ? 'public' : 'other_private');
		if (enoughCommitments || funderPublic !== null) {
			origins = (100 * present.size) / RESOURCE_ORIGINS.length;
			inputs.origins = RESOURCE_ORIGINS.filter((o) => present.has(o.id)).map((o) => o.id);
			const absent = RESOURCE_ORIGINS.filter((o) => !present.has(o.id));
			if (absent.length > 0) {
				suggestions.push({
					it: `Nessuna risorsa di origine: ${listNames(
						absent.map((o) => o.label.it.toLowerCase()),
						'it'
					)}.`,
					en: `No resources of origin: ${listNames(
						absent.map((o) => o.label.en.toLowerCase()),
						'en'
					)}.`
				});
			}
		}

		let contributors: number | null = null;
		if (enoughCommitments && view.core.length > 0) {
			const giving = view.core.filter((e) => e.hasCommitment);
			contributors = (100 * giving.length) / view.core.length;
			inputs.contributors = giving.length;
			const idle = view.core.filter((e) => !e.hasCommitment);
			if (idle.length > 0) {
				suggestions.push({
					it: `Non impegnano risorse (anche ore, spazi o beni valgono): ${listNames(
						idle.map((e) => e.name),
						'it'
					)}.`,
					en: `Commit no resources (hours, premises or goods count too): ${listNames(
						idle.map((e) => e.name),
						'en'
					)}.`,
					actorIds: idle.flatMap((e) => e.members.map((m) => m.actorId))
				});
			}
		}
		if (ratio !== null && ratio < readParameter(params, 'targetCofinancingShare')) {
			const needed = (readParameter(params, 'targetCofinancingShare') - ratio) * (budget ?? 0);
			suggestions.push({
				it: `Il cofinanziamento copre il ${percent(ratio)}% del costo: circa ${formatInteger(needed, 'it')} € di risorse dei partner o del territorio in più lo porterebbero al ${percent(readParameter(params, 'targetCofinancingShare'))}%.`,
				en: `Co-financing covers ${percent(ratio)}% of the cost: about EUR ${formatInteger(needed, 'en')} more from the partners or the territory would bring it to ${percent(readParameter(params, 'targetCofinancingShare'))}%.`
			});
		}

		const explanation = bilingual((lang) => {
			const it = lang === 'it';
			const parts: string[] = [];
			if (ratio !== null)
				parts.push(
					it
						? `costo ${formatInteger(budget!, lang)} €, contributo ${formatInteger(grant!, lang)} €: il partenariato copre il ${percent(ratio)}%`
						: `cost EUR ${formatInteger(budget!, lang)}, grant EUR ${formatInteger(grant!, lang)}: the partnership covers ${percent(ratio)}%`
				);
			if (publicShare !== null)
				parts.push(
					it
						? `risorse pubbliche ${percent(publicShare)}%, private ${percent(1 - publicShare)}%`
						: `public ${percent(publicShare)}%, private ${percent(1 - publicShare)}%`
				);
			if (origins !== null)
				parts.push(
					it ? `${present.size} tipi di fonte su 3` : `${present.size} of 3 kinds of source`
				);
			if (contributors !== null)
				parts.push(
					it
						? `${inputs.contributors} enti operativi su ${view.core.length} impegnano risorse`
						: `${inputs.contributors} of ${view.core.length} operating bodies commit resources`
				);
			if (parts.length === 0)
				return it
					? 'Né costo e contributo né impegni di almeno due partner registrati.'
					: 'Neither cost and grant nor commitments of at least two partners recorded.';
			return (it ? 'Risorse: ' : 'Resources: ') + parts.join('; ') + '.';
		});

		const subscores = PARTS.subscores(params, {
			cofinancing,
			public_private_mix: mix,
			origins,
			contributors
		});
		return { subscores, missing, inputs, suggestions, partial, explanation };
	}
};
