import { DAYS_PER_YEAR, isoDateToDay, unionLength } from '../dates';
import { formatNumber, listNames } from '../format';
import { round, saturating } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter } from '../parameters';
import type { CriterionDefinition, InputValue, Suggestion } from '../types';

/**
 * C. Natura del partenariato: occasional, or already tried and tested on the territory.
 * Every pair of partners is credited for the time it had worked together before the project
 * started, saturating in years.
 */
export const testedPartnershipCriterion: CriterionDefinition = {
	id: 'C',
	key: 'tested_partnership',
	label: { it: 'Natura del partenariato', en: 'Tested partnership' },
	actSource: {
		it: 'natura del partenariato (occasionale o già sperimentata sul territorio)',
		ref: 'DGR IX/2505 (2011), all. A, § 2.2.4'
	},
	parameters: [
		parameter(
			'yearsScale',
			{
				it: 'Anni di collaborazione a cui una coppia vale il 63%',
				en: 'Years of collaboration at which a pair reaches 63%'
			},
			3,
			0.25,
			20
		),
		parameter(
			'minimumCredit',
			{
				it: 'Credito minimo di una collaborazione precedente, anche breve',
				en: 'Minimum credit of any earlier collaboration, however short'
			},
			0.2,
			0,
			1
		)
	],

	formula(params) {
		const tau = readParameter(params, 'yearsScale');
		const floor = readParameter(params, 'minimumCredit');
		return {
			it: `100 · media, su tutte le coppie di partner, del valore della coppia: 0 se non hanno collaborato prima dell’avvio del progetto; altrimenti max(${floor}, 1 − e^(−anni/${tau})), dove anni è la durata complessiva (senza sovrapposizioni) delle loro collaborazioni precedenti all’avvio, progetti condivisi compresi.`,
			en: `100 · mean, over all pairs of partners, of the pair's value: 0 if they had not worked together before the project start; otherwise max(${floor}, 1 − e^(−years/${tau})), years being the total time (overlaps merged) of their collaborations before the start, shared projects included.`
		};
	},

	evaluate(snapshot, params) {
		const tau = readParameter(params, 'yearsScale');
		const floor = readParameter(params, 'minimumCredit');
		const partners = snapshot.partners;
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};

		if (partners.length === 0) missing.push(MISSING.partners);
		else if (partners.length < 2) missing.push(MISSING.twoPartners);
		const startDay = isoDateToDay(snapshot.project.start);
		if (startDay === null) missing.push(MISSING.projectStart);

		const subscore = (score: number | null) => ({
			id: 'pair_history',
			label: {
				it: 'Coppie di partner con storia comune',
				en: 'Pairs of partners with a shared history'
			},
			score,
			weight: 1
		});
		if (partners.length < 2 || startDay === null) {
			return { subscores: [subscore(null)], missing, inputs, suggestions };
		}

		const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
		const intervalsByPair = new Map<string, Array<[number, number]>>();
		let ignoredInvalid = 0;
		let ignoredLater = 0;
		for (const collaboration of snapshot.priorCollaborations) {
			if (collaboration.a === collaboration.b) continue;
			const since = isoDateToDay(collaboration.since);
			const until = collaboration.until === null ? startDay : isoDateToDay(collaboration.until);
			if (since === null || until === null) {
				ignoredInvalid += 1;
				continue;
			}
			if (since >= startDay) {
				ignoredLater += 1;
				continue;
			}
			const key = pairKey(collaboration.a, collaboration.b);
			const list = intervalsByPair.get(key) ?? [];
			list.push([since, Math.max(since, Math.min(until, startDay))]);
			intervalsByPair.set(key, list);
		}

		let pairs = 0;
		let testedPairs = 0;
		let valueSum = 0;
		let yearsSum = 0;
		const testedPartners = new Set<string>();
		for (let i = 0; i < partners.length; i++) {
			for (let j = i + 1; j < partners.length; j++) {
				const a = partners[i];
				const b = partners[j];
				if (!a || !b) continue;
				pairs += 1;
				const intervals = intervalsByPair.get(pairKey(a.actorId, b.actorId));
				if (!intervals) continue;
				const years = unionLength(intervals) / DAYS_PER_YEAR;
				testedPairs += 1;
				yearsSum += years;
				valueSum += Math.max(floor, saturating(years, tau));
				testedPartners.add(a.actorId);
				testedPartners.add(b.actorId);
			}
		}

		inputs.pairs = pairs;
		inputs.testedPairs = testedPairs;
		if (testedPairs > 0) inputs.meanYearsOfTestedPairs = round(yearsSum / testedPairs, 2);
		if (ignoredInvalid > 0) inputs.collaborationsWithInvalidDates = ignoredInvalid;
		if (ignoredLater > 0) inputs.collaborationsStartedAfterProjectStart = ignoredLater;

		if (snapshot.priorCollaborations.length === 0) {
			suggestions.push({
				it: 'Nessuna collaborazione precedente registrata tra i partner: se ce ne sono state, registrarle (progetti condivisi, questionario, laboratorio).',
				en: 'No earlier collaboration between the partners is recorded: if there were any, record them (shared projects, survey, workshop).'
			});
		}
		const newcomers = partners.filter((p) => !testedPartners.has(p.actorId));
		if (newcomers.length > 0 && newcomers.length < partners.length) {
			suggestions.push({
				it: `Non hanno mai collaborato prima con gli altri partner: ${listNames(
					newcomers.map((p) => p.name),
					'it'
				)}. Momenti di conoscenza e co-progettazione riducono il rischio di un partenariato occasionale.`,
				en: `Never worked before with the other partners: ${listNames(
					newcomers.map((p) => p.name),
					'en'
				)}. Getting-to-know and co-design sessions reduce the risk of an occasional partnership.`,
				actorIds: newcomers.map((p) => p.actorId)
			});
		}
		if (testedPairs < pairs) {
			suggestions.push({
				it: `${pairs - testedPairs} coppie di partner su ${pairs} non hanno una storia comune; una coppia con ${formatNumber(tau, 'it')} anni di collaborazione vale il 63%.`,
				en: `${pairs - testedPairs} of ${pairs} pairs of partners share no history; a pair with ${formatNumber(tau, 'en')} years of collaboration scores 63%.`
			});
		}

		return { subscores: [subscore((100 * valueSum) / pairs)], missing, inputs, suggestions };
	}
};
