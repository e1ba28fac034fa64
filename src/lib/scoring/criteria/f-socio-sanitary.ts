import {
	LEPS_BY_ID,
	POLICY_AREA_BY_ID,
	SOCIO_SANITARY_INTEGRATION_KINDS,
	type ActorKindId,
	type LocalizedText
} from '../../domain';
import { candidatesOfKinds, withCandidates } from '../candidates';
import { formatNumber, listNames } from '../format';
import { round, towardTarget } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter } from '../parameters';
import { partnershipView, type Entity } from '../partnership';
import { targetAmbiti, targetAts } from '../territory';
import type {
	CriterionDefinition,
	InputValue,
	Partner,
	PartnershipSnapshot,
	Suggestion
} from '../types';
import { criterionParts } from './parts';

const INTEGRATION_KINDS = new Set<ActorKindId>(SOCIO_SANITARY_INTEGRATION_KINDS);

/** The policy areas and LEPS of the project that call for sociosanitary integration; null if none recorded. */
export function integrationCalledFor(snapshot: PartnershipSnapshot): LocalizedText[] | null {
	const { policyAreas, leps } = snapshot.project;
	if (policyAreas === undefined && leps === undefined) return null;
	return [
		...(policyAreas ?? []).flatMap((id) => {
			const area = POLICY_AREA_BY_ID[id];
			return area?.sociosanitary === true ? [area.label] : [];
		}),
		...(leps ?? []).flatMap((id) => {
			const entry = LEPS_BY_ID[id];
			return entry?.sociosanitary === true ? [entry.label] : [];
		})
	];
}

type Service = 'serves' | 'elsewhere' | 'unknown';

/** Whether an ASST, Distretto or Casa di Comunità serves the target territory, by Ambiti, else by ATS. */
function serviceOf(
	member: Partner,
	ambiti: ReadonlySet<string>,
	ats: ReadonlySet<string>
): Service {
	if (member.ambitoIds.length > 0 && ambiti.size > 0) {
		return member.ambitoIds.some((id) => ambiti.has(id)) ? 'serves' : 'elsewhere';
	}
	if (member.atsIds.length > 0 && ats.size > 0) {
		return member.atsIds.some((id) => ats.has(id)) ? 'serves' : 'elsewhere';
	}
	return 'unknown';
}

const PARTS = criterionParts([
	{
		id: 'actions',
		label: { it: 'Azioni condivise', en: 'Shared actions' },
		weight: 'weightActions'
	},
	{
		id: 'commitment',
		label: { it: 'Risorse impegnate', en: 'Resources committed' },
		weight: 'weightCommitment',
		defaultWeight: 0.5
	},
	{
		id: 'role',
		label: { it: 'Ruolo operativo', en: 'Operating role' },
		weight: 'weightRole',
		defaultWeight: 0.5
	}
]);

/**
 * F. Integrazione sociosanitaria: where the project's policy areas call for it, what the ASST,
 * Distretti and Case di Comunità that serve the target territory do in the project: actions they
 * share, resources they commit, an operating role. One that only signs adds nothing.
 */
export const socioSanitaryCriterion: CriterionDefinition = {
	id: 'F',
	key: 'socio_sanitary_integration',
	label: { it: 'Integrazione sociosanitaria', en: 'Health and social care integration' },
	summary: {
		it: 'Solo dove le aree del progetto la richiedono (disabilità, non autosufficienza, anziani, violenza di genere, PUA, dimissioni protette…): che cosa fanno nel progetto l’ASST, i Distretti e le Case di Comunità che servono il territorio destinatario — azioni condivise, risorse, un ruolo operativo. Chi firma soltanto non conta.',
		en: 'Only where the project’s areas call for it (disability, long-term care, older people, gender violence, access points, protected discharge…): what the ASST, Distretti and Community houses serving the target territory do in the project — shared actions, resources, an operating role. Signing alone does not count.'
	},
	actSource: {
		it: 'Il Distretto […] è chiamato a produrre un coordinamento virtuoso con le politiche sociali in capo agli Ambiti e ai Comuni. In quest’ottica di innovazione il Distretto è anche lo spazio di governance all’interno del quale operano nuove strutture territoriali come le Case di Comunità, luoghi di integrazione e coordinamento tra i diversi servizi territoriali',
		ref: 'Regione Lombardia, Linee di indirizzo: transizione 2021-2023 / 2025-2027 (2023), l.r. 22/2021'
	},
	parameters: [
		parameter(
			'targetActionShare',
			{
				it: 'Quota di azioni con un responsabile sociosanitario per il punteggio pieno',
				en: 'Share of actions with a health-care body responsible for a full score'
			},
			0.3,
			0.05,
			1
		),
		...PARTS.weightParameters
	],
	retiredParameters: [
		'roleValueCapofila',
		'roleValuePartner',
		'roleValueAderente',
		'roleValueSostenitore',
		'targetLevels',
		'weightLevels'
	],

	formula(params) {
		const share = readParameter(params, 'targetActionShare');
		return {
			it: `Si applica solo se un’area di policy o un LEPS del progetto richiede l’integrazione sociosanitaria. Contano gli enti (ASST con i suoi Distretti e Case di Comunità) che servono gli Ambiti del territorio destinatario (o, senza Ambiti registrati, la sua ATS). Media pesata di: azioni = 100·min(1, quota delle azioni con uno di essi tra i responsabili / ${formatNumber(share, 'it')}); risorse = 100 se uno di essi impegna risorse, altrimenti 0; ruolo = 100 se uno di essi è capofila, promotore o partner operativo, altrimenti 0.`,
			en: `Applies only when a policy area or LEPS of the project calls for sociosanitary integration. The entities (an ASST with its Distretti and Community houses) that serve the Ambiti of the target territory (or, without recorded Ambiti, its ATS) count. Weighted mean of: actions = 100·min(1, share of actions with one of them responsible / ${formatNumber(share, 'en')}); resources = 100 if one of them commits resources, else 0; role = 100 if one of them is lead, promoter or operating partner, else 0.`
		};
	},

	evaluate(snapshot, params) {
		const missing: string[] = [];
		const partial: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const called = integrationCalledFor(snapshot);
		if (called === null) {
			missing.push(MISSING.policyAreas);
			return { subscores: PARTS.subscores(params, {}), missing, inputs, suggestions };
		}
		if (called.length === 0) {
			return {
				subscores: PARTS.subscores(params, {}),
				missing,
				inputs,
				suggestions,
				applicable: false,
				explanation: {
					it: 'Le aree di policy del progetto non richiedono l’integrazione sociosanitaria: il criterio non si applica e il suo peso non conta.',
					en: 'The project’s policy areas do not call for sociosanitary integration: the criterion does not apply and its weight does not count.'
				}
			};
		}
		inputs.calledForBy = called.map((l) => l.it);
		const view = partnershipView(snapshot);
		if (view.entities.length === 0) {
			missing.push(MISSING.partners);
			return { subscores: PARTS.subscores(params, {}), missing, inputs, suggestions };
		}

		const ambiti = new Set(targetAmbiti(snapshot).keys());
		const ats = targetAts(snapshot);
		const serving: Entity[] = [];
		const elsewhere: string[] = [];
		const unknown: string[] = [];
		for (const entity of view.entities) {
			const integrators = entity.members.filter((m) => INTEGRATION_KINDS.has(m.kind));
			if (integrators.length === 0) continue;
			const services = integrators.map((m) => serviceOf(m, ambiti, ats));
			if (services.includes('serves')) serving.push(entity);
			else if (services.includes('unknown')) {
				serving.push(entity);
				unknown.push(entity.name);
			} else elsewhere.push(entity.name);
		}
		if (unknown.length > 0)
			partial.push(
				`territorio servito non registrato, considerati competenti: ${unknown.join(', ')} / served territory not recorded, taken as competent: ${unknown.join(', ')}`
			);
		inputs.servingBodies = serving.map((e) => `${e.name} (${e.engagement})`);
		if (elsewhere.length > 0) inputs.bodiesServingElsewhere = elsewhere;
		const servingKeys = new Set(serving.map((e) => e.key));

		let actionsScore: number | null = null;
		if (snapshot.actions.length === 0) missing.push(MISSING.actions);
		else {
			const withIntegrator = snapshot.actions.filter((a) =>
				a.responsibleActorIds.some((id) => servingKeys.has(view.byActor.get(id)?.key ?? ''))
			).length;
			const share = withIntegrator / snapshot.actions.length;
			inputs.actionsWithSocioSanitaryResponsible = withIntegrator;
			inputs.actionShare = round(share, 4);
			actionsScore = 100 * towardTarget(share, readParameter(params, 'targetActionShare'));
		}
		let commitmentScore: number | null = null;
		if (snapshot.commitments.length === 0) missing.push(MISSING.commitments);
		else commitmentScore = serving.some((e) => e.hasCommitment) ? 100 : 0;
		const roleScore = serving.some((e) => e.core) ? 100 : 0;

		const idle = serving.filter((e) => !e.hasAction);
		if (idle.length > 0) {
			suggestions.push({
				it: `Affidare a ${listNames(
					idle.map((e) => e.name),
					'it'
				)} la corresponsabilità di almeno un’azione (es. accesso unitario, valutazione multidimensionale, dimissioni protette): chi firma soltanto non conta.`,
				en: `Make ${listNames(
					idle.map((e) => e.name),
					'en'
				)} co-responsible for at least one action (e.g. single access point, multidimensional assessment, protected discharge): signing alone does not count.`,
				actorIds: idle.flatMap((e) => e.members.map((m) => m.actorId))
			});
		}
		if (serving.length === 0) {
			const candidates = candidatesOfKinds(snapshot, SOCIO_SANITARY_INTEGRATION_KINDS).filter(
				(c) => (c.ambitoIds ?? []).length === 0 || (c.ambitoIds ?? []).some((id) => ambiti.has(id))
			);
			suggestions.push(
				withCandidates(
					{
						it: 'Nessuna ASST, Distretto o Casa di Comunità che serve il territorio partecipa al progetto.',
						en: 'No ASST, Distretto or Community house serving the territory takes part in the project.'
					},
					candidates
				)
			);
		}
		const explanation = {
			it:
				`Il progetto lavora in aree che richiedono l’integrazione sociosanitaria (${listNames(
					called.map((l) => l.it),
					'it'
				)}). ` +
				(serving.length === 0
					? 'Nessun ente sociosanitario che serve il territorio vi partecipa.'
					: `${listNames(
							serving.map((e) => e.name),
							'it'
						)}: ${serving.some((e) => e.core) ? 'con un ruolo operativo' : 'solo firmatari'}${inputs.actionsWithSocioSanitaryResponsible !== undefined ? `, responsabili di ${inputs.actionsWithSocioSanitaryResponsible} azioni su ${snapshot.actions.length}` : ''}.`) +
				(elsewhere.length > 0
					? ` Non contano, perché servono altri territori: ${listNames(elsewhere, 'it')}.`
					: ''),
			en:
				`The project works in areas that call for sociosanitary integration (${listNames(
					called.map((l) => l.en),
					'en'
				)}). ` +
				(serving.length === 0
					? 'No health-care body serving the territory takes part.'
					: `${listNames(
							serving.map((e) => e.name),
							'en'
						)}: ${serving.some((e) => e.core) ? 'in an operating role' : 'signing only'}${inputs.actionsWithSocioSanitaryResponsible !== undefined ? `, responsible for ${inputs.actionsWithSocioSanitaryResponsible} of ${snapshot.actions.length} actions` : ''}.`) +
				(elsewhere.length > 0
					? ` Not counted, as they serve other territories: ${listNames(elsewhere, 'en')}.`
					: '')
		};
		return {
			subscores: PARTS.subscores(params, {
				actions: actionsScore,
				commitment: commitmentScore,
				role: roleScore
			}),
			missing,
			inputs,
			suggestions,
			partial,
			explanation
		};
	}
};
