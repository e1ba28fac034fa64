import { RESOURCE_ORIGINS, resourceOrigin, type ResourceOriginId } from '../../domain';
import { formatInteger, listNames } from '../format';
import { percent, round, sum, towardTarget } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter, weightParameter } from '../parameters';
import type { CriterionDefinition, InputValue, Subscore, Suggestion } from '../types';

/**
 * E. Integrazione delle risorse: public and private resources together, drawn from many
 * contributors and origins, and resources that outlast the funding period.
 */
export const resourcesCriterion: CriterionDefinition = {
	id: 'E',
	key: 'resources',
	label: { it: 'Integrazione delle risorse', en: 'Integration of resources' },
	actSource: {
		it: 'Le sperimentazioni dovranno porsi l’obiettivo di integrare risorse pubbliche e private e di attrarre altre risorse del territorio. […] generare risorse in grado di rendere sostenibile il progetto oltre il periodo di finanziamento',
		ref: 'DGR IX/2505 (2011), all. A, § 2.2.4 e § 4'
	},
	parameters: [
		parameter(
			'targetPrivateShare',
			{
				it: 'Quota privata (Terzo Settore incluso) per il punteggio pieno',
				en: 'Private share (Third Sector included) for a full score'
			},
			0.3,
			0.01,
			1
		),
		parameter(
			'targetBeyondFundingShare',
			{
				it: 'Quota di risorse oltre il finanziamento per il punteggio pieno',
				en: 'Share of resources beyond the funding period for a full score'
			},
			0.25,
			0.01,
			1
		),
		weightParameter(
			'weightMix',
			{ it: 'Peso: mix pubblico-privato', en: 'Weight: public–private mix' },
			1
		),
		weightParameter(
			'weightContributors',
			{ it: 'Peso: partner che contribuiscono', en: 'Weight: contributing partners' },
			0.5
		),
		weightParameter(
			'weightOrigins',
			{ it: 'Peso: varietà delle fonti', en: 'Weight: variety of origins' },
			0.5
		),
		weightParameter(
			'weightSustainability',
			{ it: 'Peso: sostenibilità oltre il finanziamento', en: 'Weight: beyond the funding period' },
			1
		)
	],

	formula(params) {
		const p = readParameter(params, 'targetPrivateShare');
		const b = readParameter(params, 'targetBeyondFundingShare');
		return {
			it: `Sul valore in euro degli impegni, media pesata di: mix = 100·min(1, quota privata / ${p}) (Terzo Settore incluso); contributori = 100 · quota dei partner che impegnano risorse; varietà delle fonti = 100 · origini presenti / 3 (pubblica, Terzo Settore, altro privato); sostenibilità = 100·min(1, quota oltre il periodo di finanziamento / ${b}).`,
			en: `On the EUR value of the commitments, weighted mean of: mix = 100·min(1, private share / ${p}) (Third Sector included); contributors = 100 · share of partners committing resources; variety of origins = 100 · origins present / 3 (public, Third Sector, other private); sustainability = 100·min(1, share beyond the funding period / ${b}).`
		};
	},

	evaluate(snapshot, params) {
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const kindOf = new Map(snapshot.partners.map((p) => [p.actorId, p.kind]));
		const commitments = snapshot.commitments.filter(
			(c) => Number.isFinite(c.amountEur) && c.amountEur > 0
		);
		const total = sum(commitments.map((c) => c.amountEur));

		const weights = {
			mix: readParameter(params, 'weightMix'),
			contributors: readParameter(params, 'weightContributors'),
			origins: readParameter(params, 'weightOrigins'),
			sustainability: readParameter(params, 'weightSustainability')
		};
		const subscores = (
			mix: number | null,
			contributors: number | null,
			origins: number | null,
			sustainability: number | null
		): Subscore[] => [
			{
				id: 'public_private_mix',
				label: { it: 'Mix pubblico-privato', en: 'Public–private mix' },
				score: mix,
				weight: weights.mix
			},
			{
				id: 'contributors',
				label: { it: 'Partner che contribuiscono', en: 'Contributing partners' },
				score: contributors,
				weight: weights.contributors
			},
			{
				id: 'origins',
				label: { it: 'Varietà delle fonti', en: 'Variety of origins' },
				score: origins,
				weight: weights.origins
			},
			{
				id: 'beyond_funding',
				label: { it: 'Sostenibilità oltre il finanziamento', en: 'Beyond the funding period' },
				score: sustainability,
				weight: weights.sustainability
			}
		];
		if (total <= 0) {
			missing.push(MISSING.commitments);
			return { subscores: subscores(null, null, null, null), missing, inputs, suggestions };
		}

		const privateTotal = sum(
			commitments.filter((c) => c.source === 'private').map((c) => c.amountEur)
		);
		const privateShare = privateTotal / total;
		const targetPrivate = readParameter(params, 'targetPrivateShare');
		inputs.committedEur = round(total);
		inputs.privateShare = round(privateShare, 4);

		const byOrigin = new Map<ResourceOriginId, number>();
		for (const c of commitments) {
			const origin = resourceOrigin(c.source, kindOf.get(c.actorId) ?? null);
			byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + c.amountEur);
		}
		for (const origin of RESOURCE_ORIGINS) {
			inputs[`${origin.id}Eur`] = round(byOrigin.get(origin.id) ?? 0);
		}

		let contributorsScore: number | null = null;
		const contributors = new Set(commitments.map((c) => c.actorId));
		const partnerContributors = snapshot.partners.filter((p) => contributors.has(p.actorId));
		inputs.contributors = contributors.size;
		if (snapshot.partners.length === 0) {
			missing.push(MISSING.partners);
		} else {
			contributorsScore = (100 * partnerContributors.length) / snapshot.partners.length;
		}

		const beyond = sum(commitments.filter((c) => c.beyondFunding).map((c) => c.amountEur));
		const beyondShare = beyond / total;
		const targetBeyond = readParameter(params, 'targetBeyondFundingShare');
		inputs.beyondFundingShare = round(beyondShare, 4);

		if (privateShare < targetPrivate) {
			const needed = (targetPrivate * total - privateTotal) / (1 - targetPrivate);
			suggestions.push({
				it: `Le risorse private sono il ${percent(privateShare)}% del totale: circa ${formatInteger(needed, 'it')} € privati in più porterebbero la quota al ${percent(targetPrivate)}%.`,
				en: `Private resources are ${percent(privateShare)}% of the total: about EUR ${formatInteger(needed, 'en')} more from private sources would bring the share to ${percent(targetPrivate)}%.`
			});
		}
		const absentOrigins = RESOURCE_ORIGINS.filter((o) => !byOrigin.has(o.id));
		if (absentOrigins.length > 0) {
			suggestions.push({
				it: `Nessuna risorsa di origine: ${listNames(
					absentOrigins.map((o) => o.label.it.toLowerCase()),
					'it'
				)}.`,
				en: `No resources of origin: ${listNames(
					absentOrigins.map((o) => o.label.en.toLowerCase()),
					'en'
				)}.`
			});
		}
		const nonContributors = snapshot.partners.filter((p) => !contributors.has(p.actorId));
		if (nonContributors.length > 0) {
			suggestions.push({
				it: `Non impegnano risorse (anche ore, spazi o beni): ${listNames(
					nonContributors.map((p) => p.name),
					'it'
				)}.`,
				en: `Commit no resources (hours, premises or goods count too): ${listNames(
					nonContributors.map((p) => p.name),
					'en'
				)}.`,
				actorIds: nonContributors.map((p) => p.actorId)
			});
		}
		if (beyondShare < targetBeyond) {
			suggestions.push({
				it: `Solo il ${percent(beyondShare)}% delle risorse prosegue oltre il periodo di finanziamento: impegni pluriennali dei partner rendono il progetto sostenibile.`,
				en: `Only ${percent(beyondShare)}% of the resources continue after the funding period: multi-year commitments by partners make the project sustainable.`
			});
		}

		return {
			subscores: subscores(
				100 * towardTarget(privateShare, targetPrivate),
				contributorsScore,
				(100 * byOrigin.size) / RESOURCE_ORIGINS.length,
				100 * towardTarget(beyondShare, targetBeyond)
			),
			missing,
			inputs,
			suggestions
		};
	}
};
