import { DAYS_PER_YEAR, isoDateToDay } from '../dates';
import { formatNumber, listNames } from '../format';
import { round, towardTarget } from '../math';
import { MISSING, stated } from '../missing';
import { parameter, readParameter } from '../parameters';
import { partnershipView } from '../partnership';
import type { CriterionDefinition, InputValue, Suggestion } from '../types';
import { criterionParts } from './parts';
import { commitmentFacts } from './resources-facts';

const PARTS = criterionParts([
	{ id: 'plan', label: { it: 'Cosa prosegue', en: 'What continues' }, weight: 'weightPlan' },
	{
		id: 'carriers',
		label: { it: 'Chi la porta avanti', en: 'Who carries it' },
		weight: 'weightCarriers'
	},
	{
		id: 'resources',
		label: { it: 'Con quali risorse', en: 'With which resources' },
		weight: 'weightResources'
	},
	{
		id: 'duration',
		label: { it: 'Fino a quando', en: 'Until when' },
		weight: 'weightDuration',
		defaultWeight: 0.5
	}
]);

/**
 * H. Sostenibilità oltre il finanziamento (§ 4): what the project declares will continue after its
 * funding, which partners carry it, with which resources and until when.
 */
export const sustainabilityCriterion: CriterionDefinition = {
	id: 'H',
	key: 'sustainability',
	label: { it: 'Sostenibilità oltre il finanziamento', en: 'Sustainability beyond the funding' },
	summary: {
		it: 'Che cosa il progetto dichiara che continuerà dopo il finanziamento, quali partner se ne fanno carico, con quali risorse e fino a quando.',
		en: 'What the project declares will continue after its funding, which partners take it on, with which resources and until when.'
	},
	actSource: {
		it: 'generare risorse in grado di rendere sostenibile il progetto oltre il periodo di finanziamento',
		ref: 'DGR IX/2505 (2011), all. A, § 4'
	},
	parameters: [
		parameter(
			'targetCarriers',
			{
				it: 'Partner che la portano avanti per il punteggio pieno',
				en: 'Partners carrying it for a full score'
			},
			2,
			1,
			10
		),
		parameter(
			'targetYearsBeyond',
			{
				it: 'Anni di impegno oltre la fine per il punteggio pieno',
				en: 'Years committed beyond the end for a full score'
			},
			2,
			0.5,
			10
		),
		...PARTS.weightParameters
	],

	formula(params) {
		const c = readParameter(params, 'targetCarriers');
		const y = readParameter(params, 'targetYearsBeyond');
		return {
			it: `Dalla sostenibilità dichiarata: cosa prosegue = 100 se descritto, altrimenti 0; chi = 100·min(1, enti del partenariato che la portano avanti / ${c}); risorse = 100 se sono indicate o se almeno un impegno prosegue oltre il finanziamento, altrimenti 0; durata = 100·min(1, anni tra la fine del finanziamento (o del progetto) e la data d’impegno / ${y}). Non valutabile senza sostenibilità dichiarata né impegni oltre il finanziamento.`,
			en: `From the declared sustainability: what continues = 100 if described, else 0; who = 100·min(1, partnership entities carrying it / ${c}); resources = 100 if stated or if at least one commitment continues beyond the funding, else 0; duration = 100·min(1, years between the end of funding (or of the project) and the committed date / ${y}). Not assessable without declared sustainability or commitments beyond the funding.`
		};
	},

	evaluate(snapshot, params) {
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const plan = snapshot.project.sustainability ?? null;
		const facts = commitmentFacts(snapshot);
		if (plan === null && facts.beyondFunding === 0) {
			missing.push(MISSING.sustainability);
			return { subscores: PARTS.subscores(params, {}), missing, inputs, suggestions };
		}
		const resources = stated(plan?.resources) || facts.beyondFunding > 0 ? 100 : 0;
		if (facts.beyondFunding > 0) inputs.commitmentsBeyondFunding = facts.beyondFunding;
		if (plan === null) {
			missing.push(MISSING.sustainability);
			return {
				subscores: PARTS.subscores(params, { resources }),
				missing,
				inputs,
				suggestions,
				explanation: {
					it: `${facts.beyondFunding} impegni proseguono oltre il finanziamento, ma il progetto non dichiara che cosa continuerà e chi lo porterà avanti.`,
					en: `${facts.beyondFunding} commitments continue beyond the funding, but the project does not declare what will continue and who will carry it.`
				}
			};
		}
		const view = partnershipView(snapshot);
		const carriers = [
			...new Set((plan.carriedByActorIds ?? []).flatMap((id) => view.byActor.get(id) ?? []))
		];
		const carriersScore =
			100 * towardTarget(carriers.length, readParameter(params, 'targetCarriers'));
		inputs.carriers = carriers.map((e) => e.name);

		let duration: number | null = null;
		const end =
			isoDateToDay(snapshot.project.fundingEnd ?? null) ?? isoDateToDay(snapshot.project.end);
		const until = isoDateToDay(plan.committedUntil);
		if (until === null) missing.push(MISSING.committedUntil);
		else if (end === null) missing.push(MISSING.projectEnd);
		else {
			const years = Math.max(0, (until - end) / DAYS_PER_YEAR);
			duration = 100 * towardTarget(years, readParameter(params, 'targetYearsBeyond'));
			inputs.yearsBeyondFunding = round(years, 2);
		}
		if (!stated(plan.what)) {
			suggestions.push({
				it: 'Descrivere che cosa continuerà dopo il finanziamento (un servizio, un fondo, una rete).',
				en: 'Describe what will continue after the funding (a service, a fund, a network).'
			});
		}
		if (carriers.length === 0) {
			suggestions.push({
				it: 'Indicare quali partner porteranno avanti il progetto dopo il finanziamento.',
				en: 'Name the partners that will carry the project on after the funding.'
			});
		}
		const explanation = {
			it: `${stated(plan.what) ? `Prosegue: ${plan.what!.trim()}.` : 'Non è detto che cosa prosegue.'} ${
				carriers.length > 0
					? `Se ne fanno carico ${listNames(
							carriers.map((e) => e.name),
							'it'
						)}.`
					: 'Nessun partner indicato.'
			}${duration !== null ? ` Impegno per ${formatNumber(Number(inputs.yearsBeyondFunding), 'it')} anni oltre la fine.` : ''}`,
			en: `${stated(plan.what) ? `Continues: ${plan.what!.trim()}.` : 'What continues is not stated.'} ${
				carriers.length > 0
					? `Carried by ${listNames(
							carriers.map((e) => e.name),
							'en'
						)}.`
					: 'No partner named.'
			}${duration !== null ? ` Committed for ${formatNumber(Number(inputs.yearsBeyondFunding), 'en')} years beyond the end.` : ''}`
		};
		return {
			subscores: PARTS.subscores(params, {
				plan: stated(plan.what) ? 100 : 0,
				carriers: carriersScore,
				resources,
				duration
			}),
			missing,
			inputs,
			suggestions,
			explanation
		};
	}
};
