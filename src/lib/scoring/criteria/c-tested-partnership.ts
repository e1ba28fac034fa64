import { SHARED_HISTORY_KIND_BY_ID } from '../../domain';
import { DAYS_PER_YEAR, isoDateToDay, unionLength } from '../dates';
import { formatNumber, listNames } from '../format';
import { round, saturating } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter } from '../parameters';
import { partnershipView, type Entity } from '../partnership';
import type { CriterionDefinition, InputValue, PartnershipSnapshot, Suggestion } from '../types';
import { criterionParts } from './parts';

interface Episode {
	actorIds: string[];
	since: number;
	until: number;
	kind: string;
	/**
	 * A survey answer at level 1 (they know each other, exchange information): a tie, but not yet a
	 * partnership tried out together; it earns the minimum credit whatever its length.
	 */
	acquaintance?: boolean;
}

/**
 * Levels of the survey's Frey scale (issue 19): 0 nessun rapporto, 1 conoscenza / scambio di
 * informazioni, 2 cooperazione … 5 collaborazione piena. From cooperation up the two have worked
 * together: the act's «già sperimentata». Other sources keep their own 1–5 strength and count whole.
 */
export const SURVEY_NO_TIE = 0;
export const SURVEY_ACQUAINTANCE = 1;

/** The survey's Frey level of a collaboration, or null when it is not a survey answer with a level. */
const surveyLevel = (c: PartnershipSnapshot['priorCollaborations'][number]) =>
	c.source === 'survey' && c.level != null ? c.level : null;

/**
 * Every piece of shared history that began before the start, cut at the start: pairs of
 * collaborators, groups (earlier projects, networks, the Accordo di Programma), and partners that
 * belonged to the same network, each since the later of their two dates.
 */
function episodesBefore(
	snapshot: PartnershipSnapshot,
	startDay: number
): { episodes: Episode[]; noTies: Array<[string, string]>; ignored: number } {
	const episodes: Episode[] = [];
	// Survey answers «nessun rapporto» before the start: recorded history that there is none.
	const noTies: Array<[string, string]> = [];
	let ignored = 0;
	const dated = (since: string | null, until: string | null | undefined) => {
		const from = isoDateToDay(since);
		const to = until == null ? startDay : isoDateToDay(until);
		if (from === null || to === null || from >= startDay) {
			ignored += 1;
			return null;
		}
		return { since: from, until: Math.max(from, Math.min(to, startDay)) };
	};
	const add = (
		actorIds: string[],
		since: string | null,
		until: string | null | undefined,
		kind: string,
		acquaintance = false
	) => {
		const span = dated(since, until);
		if (span) episodes.push({ actorIds, ...span, kind, ...(acquaintance ? { acquaintance } : {}) });
	};
	for (const c of snapshot.priorCollaborations) {
		if (c.a === c.b) continue;
		const level = surveyLevel(c);
		if (level !== null && level <= SURVEY_NO_TIE) {
			if (dated(c.since, c.until)) noTies.push([c.a, c.b]);
			continue;
		}
		add(
			[c.a, c.b],
			c.since,
			c.until,
			c.source === 'shared_project' ? 'project' : 'collaboration',
			level === SURVEY_ACQUAINTANCE
		);
	}
	for (const h of snapshot.sharedHistory ?? []) add(h.actorIds, h.since, h.until, h.kind);
	for (const network of snapshot.networks) {
		const dated = (network.memberships ?? []).filter((m) => isoDateToDay(m.since) !== null);
		for (let i = 0; i < dated.length; i++) {
			for (let j = i + 1; j < dated.length; j++) {
				const a = dated[i]!;
				const b = dated[j]!;
				const since = a.since! > b.since! ? a.since : b.since;
				const untils = [a.until, b.until].filter((u): u is string => u != null).sort();
				add([a.actorId, b.actorId], since, untils[0] ?? null, 'network');
			}
		}
	}
	return { episodes, noTies, ignored };
}

const PARTS = criterionParts([
	{
		id: 'core_history',
		label: { it: 'Nucleo con storia comune', en: 'Core with a shared history' }
	}
]);

/**
 * C. Natura del partenariato: occasional, or already tried and tested on the territory. Read from
 * the core (lead and operating entities): how long each has worked with another member of the core
 * before the start, through any shared history. No history recorded: not assessable.
 */
export const testedPartnershipCriterion: CriterionDefinition = {
	id: 'C',
	key: 'tested_partnership',
	label: { it: 'Natura del partenariato', en: 'Tested partnership' },
	summary: {
		it: 'Se il nucleo del partenariato (capofila e partner operativi) ha già lavorato insieme prima dell’avvio: progetti precedenti, collaborazioni, reti comuni, l’Accordo di Programma. Senza alcuna storia registrata il criterio non è valutabile.',
		en: 'Whether the partnership’s core (lead and operating partners) had worked together before the start: earlier projects, collaborations, shared networks, the Accordo di Programma. With no history recorded the criterion is not assessable.'
	},
	actSource: {
		it: 'natura del partenariato (occasionale o già sperimentata sul territorio)',
		ref: 'DGR IX/2505 (2011), all. A, § 2.2.4'
	},
	parameters: [
		parameter(
			'yearsScale',
			{
				it: 'Anni di storia comune a cui un ente vale il 63%',
				en: 'Years of shared history at which a body reaches 63%'
			},
			3,
			0.25,
			20
		),
		parameter(
			'minimumCredit',
			{
				it: 'Credito minimo di una storia comune, anche breve',
				en: 'Minimum credit of any shared history, however short'
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
			it: `100 · media, sugli enti del nucleo (capofila, promotori, partner operativi; partner raggruppati per soggetto giuridico), del miglior valore con un altro ente del nucleo: 0 se non hanno storia comune prima dell’avvio, altrimenti max(${floor}, 1 − e^(−anni/${tau})), anni = durata complessiva (intervalli fusi, troncati all’avvio) di collaborazioni, progetti precedenti, reti e Accordi di Programma condivisi. Non valutabile se nessuna storia precedente all’avvio è registrata.`,
			en: `100 · mean, over the core entities (lead, promoters, operating partners; partners grouped by legal body), of the best value with another core entity: 0 with no shared history before the start, else max(${floor}, 1 − e^(−years/${tau})), years = total time (intervals merged, cut at the start) of shared collaborations, earlier projects, networks and Accordi di Programma. Not assessable when no history before the start is recorded.`
		};
	},

	evaluate(snapshot, params) {
		const tau = readParameter(params, 'yearsScale');
		const floor = readParameter(params, 'minimumCredit');
		const view = partnershipView(snapshot);
		const core = view.core;
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const startDay = isoDateToDay(snapshot.project.start);
		if (view.entities.length === 0) missing.push(MISSING.partners);
		else if (core.length < 2) missing.push(MISSING.twoOperationalPartners);
		if (startDay === null) missing.push(MISSING.projectStart);
		if (core.length < 2 || startDay === null) {
			return { subscores: PARTS.subscores(params, {}), missing, inputs, suggestions };
		}

		const { episodes, noTies, ignored } = episodesBefore(snapshot, startDay);
		const entitiesOf = (ids: string[]) =>
			new Set(ids.flatMap((id) => view.byActor.get(id)?.key ?? []));
		const amongPartners = episodes.filter((e) => entitiesOf(e.actorIds).size >= 2);
		const noTieAnswers = noTies.filter((pair) => entitiesOf(pair).size >= 2).length;
		if (ignored > 0) inputs.historyAfterStartOrUndated = ignored;
		if (noTieAnswers > 0) inputs.surveyNoTieAnswers = noTieAnswers;
		if (amongPartners.length === 0 && noTieAnswers === 0) {
			missing.push(MISSING.history);
			suggestions.push({
				it: 'Nessuna storia comune dei partner prima dell’avvio è registrata: progetti precedenti, collaborazioni, reti o l’Accordo di Programma condivisi la renderebbero valutabile.',
				en: 'No shared history of the partners before the start is recorded: earlier projects, collaborations, networks or a shared Accordo di Programma would make it assessable.'
			});
			return { subscores: PARTS.subscores(params, {}), missing, inputs, suggestions };
		}

		// Intervals per pair of core entities; pairs that only know each other apart.
		const coreKeys = new Set(core.map((e) => e.key));
		const intervals = new Map<string, Array<[number, number]>>();
		const acquainted = new Set<string>();
		const kinds = new Set<string>();
		for (const episode of amongPartners) {
			const keys = [...entitiesOf(episode.actorIds)].filter((k) => coreKeys.has(k)).sort();
			if (keys.length >= 2 && !episode.acquaintance) kinds.add(episode.kind);
			for (let i = 0; i < keys.length; i++) {
				for (let j = i + 1; j < keys.length; j++) {
					const pair = `${keys[i]}\u0000${keys[j]}`;
					if (episode.acquaintance) acquainted.add(pair);
					else
						intervals.set(pair, [...(intervals.get(pair) ?? []), [episode.since, episode.until]]);
				}
			}
		}
		const best = new Map<string, { value: number; years: number }>();
		const credit = new Map<string, number>();
		const raise = (pair: string, value: number) => {
			for (const key of pair.split('\u0000'))
				credit.set(key, Math.max(credit.get(key) ?? 0, value));
		};
		for (const [pair, list] of intervals) {
			const years = unionLength(list) / DAYS_PER_YEAR;
			const value = Math.max(floor, saturating(years, tau));
			raise(pair, value);
			for (const key of pair.split('\u0000')) {
				if (value > (best.get(key)?.value ?? -1)) best.set(key, { value, years });
			}
		}
		for (const pair of acquainted) raise(pair, floor);
		const values = core.map((e) => credit.get(e.key) ?? 0);
		const score = (100 * values.reduce((a, b) => a + b, 0)) / core.length;
		const untested = core.filter((e) => !best.has(e.key));
		const onlyAcquainted = untested.filter((e) => credit.has(e.key)).length;
		inputs.coreEntities = core.length;
		inputs.testedCoreEntities = core.length - untested.length;
		if (onlyAcquainted > 0) inputs.acquaintedOnlyCoreEntities = onlyAcquainted;
		inputs.historyKinds = [...kinds].sort().map((k) => k);
		const tested = [...best.values()];
		if (tested.length > 0)
			inputs.meanYearsOfTested = round(tested.reduce((a, b) => a + b.years, 0) / tested.length, 2);
		const surveyMean = (
			read: (c: PartnershipSnapshot['priorCollaborations'][number]) => number | null | undefined
		) => {
			const xs = snapshot.priorCollaborations.flatMap((c) => {
				const x = read(c);
				return x != null ? [x] : [];
			});
			return xs.length > 0 ? round(xs.reduce((a, b) => a + b, 0) / xs.length, 2) : null;
		};
		const meanTrust = surveyMean((c) => c.trust);
		const meanValue = surveyMean((c) => c.value);
		if (meanTrust !== null) inputs.surveyMeanTrust = meanTrust;
		if (meanValue !== null) inputs.surveyMeanValue = meanValue;

		if (untested.length > 0) {
			suggestions.push({
				it: `Nessuna storia comune registrata con il resto del nucleo per: ${listNames(untested.map(nameOf), 'it')}. Se hanno già lavorato con altri partner, registrarlo; altrimenti momenti di conoscenza e co-progettazione riducono il rischio di un partenariato occasionale.`,
				en: `No shared history recorded with the rest of the core for: ${listNames(untested.map(nameOf), 'en')}. If they have worked with other partners, record it; otherwise getting-to-know and co-design sessions reduce the risk of an occasional partnership.`,
				actorIds: untested.flatMap((e) => e.members.map((m) => m.actorId))
			});
		}
		const kindLabels = (lang: 'it' | 'en') =>
			listNames(
				[...kinds]
					.sort()
					.map(
						(k) =>
							SHARED_HISTORY_KIND_BY_ID[k as keyof typeof SHARED_HISTORY_KIND_BY_ID]?.label[lang] ??
							k
					),
				lang
			);
		const testedCount = core.length - untested.length;
		const said = (lang: 'it' | 'en') => {
			const parts: string[] = [];
			if (onlyAcquainted > 0)
				parts.push(
					lang === 'it'
						? `${onlyAcquainted} si conoscevano soltanto (questionario: «conoscenza / scambio di informazioni»), che vale il credito minimo`
						: `${onlyAcquainted} only knew each other (survey: «awareness / information exchange»), which earns the minimum credit`
				);
			if (noTieAnswers > 0)
				parts.push(
					lang === 'it'
						? `${noTieAnswers} risposte al questionario dicono «nessun rapporto» prima dell’avvio`
						: `${noTieAnswers} survey answers say «no relationship» before the start`
				);
			if (meanTrust !== null || meanValue !== null)
				parts.push(
					lang === 'it'
						? `fiducia e valore dichiarati (${[meanTrust !== null ? `fiducia ${formatNumber(meanTrust, 'it')}` : '', meanValue !== null ? `valore ${formatNumber(meanValue, 'it')}` : ''].filter(Boolean).join(', ')} su 5) sono riportati ma non cambiano il punteggio: il criterio guarda se il partenariato è già sperimentato`
						: `declared trust and value (${[meanTrust !== null ? `trust ${formatNumber(meanTrust, 'en')}` : '', meanValue !== null ? `value ${formatNumber(meanValue, 'en')}` : ''].filter(Boolean).join(', ')} of 5) are reported but do not change the score: the criterion asks whether the partnership was already tried out`
				);
			return parts.length > 0 ? ` ${parts.join('; ')}.` : '';
		};
		const explanation = {
			it: `${testedCount} enti su ${core.length} del nucleo hanno già lavorato con un altro ente del nucleo prima dell’avvio${kinds.size > 0 ? ` (${kindLabels('it').toLowerCase()})` : ''}${tested.length > 0 ? `, in media per ${formatNumber(Number(inputs.meanYearsOfTested), 'it')} anni` : ''}.${said('it')}`,
			en: `${testedCount} of ${core.length} core bodies had worked with another core body before the start${kinds.size > 0 ? ` (${kindLabels('en').toLowerCase()})` : ''}${tested.length > 0 ? `, on average for ${formatNumber(Number(inputs.meanYearsOfTested), 'en')} years` : ''}.${said('en')}`
		};
		return {
			subscores: PARTS.subscores(params, { core_history: score }),
			missing,
			inputs,
			suggestions,
			explanation
		};
	}
};

const nameOf = (e: Entity) => e.name;
