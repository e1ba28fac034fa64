import {
	ACTOR_KIND_BY_ID,
	SOCIO_SANITARY_INTEGRATION_KINDS,
	type ActorKindId,
	type RoleId
} from '../../domain';
import { listNames } from '../format';
import { round, towardTarget } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter, weightParameter } from '../parameters';
import type { CriterionDefinition, InputValue, Subscore, Suggestion } from '../types';

const INTEGRATION_KINDS = new Set<ActorKindId>(SOCIO_SANITARY_INTEGRATION_KINDS);

const ROLE_PARAMETER: Record<RoleId, string> = {
	capofila: 'roleValueCapofila',
	partner: 'roleValuePartner',
	aderente: 'roleValueAderente',
	sostenitore: 'roleValueSostenitore'
};

/**
 * F. Integrazione sociosanitaria (2025-2027): ASST, Distretto and Casa di Comunità in the
 * partnership, in an operational role, carrying actions.
 */
export const socioSanitaryCriterion: CriterionDefinition = {
	id: 'F',
	key: 'socio_sanitary_integration',
	label: { it: 'Integrazione sociosanitaria', en: 'Health and social care integration' },
	actSource: {
		it: 'Il Distretto […] è chiamato a produrre un coordinamento virtuoso con le politiche sociali in capo agli Ambiti e ai Comuni. In quest’ottica di innovazione il Distretto è anche lo spazio di governance all’interno del quale operano nuove strutture territoriali come le Case di Comunità, luoghi di integrazione e coordinamento tra i diversi servizi territoriali',
		ref: 'Regione Lombardia, Linee di indirizzo: transizione 2021-2023 / 2025-2027 (2023), l.r. 22/2021'
	},
	parameters: [
		parameter(
			'roleValueCapofila',
			{ it: 'Valore del ruolo capofila', en: 'Value of the lead role' },
			1,
			0,
			1
		),
		parameter(
			'roleValuePartner',
			{ it: 'Valore del ruolo partner', en: 'Value of the partner role' },
			1,
			0,
			1
		),
		parameter(
			'roleValueAderente',
			{ it: 'Valore del ruolo aderente', en: 'Value of the adhering role' },
			0.5,
			0,
			1
		),
		parameter(
			'roleValueSostenitore',
			{ it: 'Valore del ruolo sostenitore', en: 'Value of the supporter role' },
			0.25,
			0,
			1
		),
		parameter(
			'targetLevels',
			{
				it: 'Livelli distinti (ASST, Distretto, Casa di Comunità) per il punteggio pieno',
				en: 'Distinct levels (ASST, Distretto, Community house) for a full score'
			},
			2,
			1,
			3
		),
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
		weightParameter(
			'weightRole',
			{ it: 'Peso: presenza e ruolo', en: 'Weight: presence and role' },
			1
		),
		weightParameter(
			'weightLevels',
			{ it: 'Peso: livelli coinvolti', en: 'Weight: levels involved' },
			0.5
		),
		weightParameter(
			'weightActions',
			{ it: 'Peso: azioni condivise', en: 'Weight: shared actions' },
			1
		)
	],

	formula(params) {
		const v = (role: RoleId) => readParameter(params, ROLE_PARAMETER[role]);
		const l = readParameter(params, 'targetLevels');
		const a = readParameter(params, 'targetActionShare');
		return {
			it: `Media pesata di: presenza e ruolo = 100 · il miglior ruolo di un’ASST, un Distretto o una Casa di Comunità nel partenariato (capofila ${v('capofila')}, partner ${v('partner')}, aderente ${v('aderente')}, sostenitore ${v('sostenitore')}, assente 0); livelli = 100·min(1, tipi distinti tra ASST, Distretto, Casa di Comunità / ${l}); azioni = 100·min(1, quota delle azioni con almeno uno di essi tra i responsabili / ${a}).`,
			en: `Weighted mean of: presence and role = 100 · the best role held by an ASST, Distretto or Community house in the partnership (lead ${v('capofila')}, partner ${v('partner')}, adhering ${v('aderente')}, supporter ${v('sostenitore')}, absent 0); levels = 100·min(1, distinct kinds among ASST, Distretto, Community house / ${l}); actions = 100·min(1, share of actions with at least one of them responsible / ${a}).`
		};
	},

	evaluate(snapshot, params) {
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const partners = snapshot.partners;
		const weights = {
			role: readParameter(params, 'weightRole'),
			levels: readParameter(params, 'weightLevels'),
			actions: readParameter(params, 'weightActions')
		};
		const subscores = (
			role: number | null,
			levels: number | null,
			actions: number | null
		): Subscore[] => [
			{
				id: 'presence_role',
				label: { it: 'Presenza e ruolo', en: 'Presence and role' },
				score: role,
				weight: weights.role
			},
			{
				id: 'levels',
				label: { it: 'Livelli coinvolti', en: 'Levels involved' },
				score: levels,
				weight: weights.levels
			},
			{
				id: 'actions',
				label: { it: 'Azioni condivise', en: 'Shared actions' },
				score: actions,
				weight: weights.actions
			}
		];
		if (partners.length === 0) {
			missing.push(MISSING.partners);
			return { subscores: subscores(null, null, null), missing, inputs, suggestions };
		}

		const integrators = partners.filter((p) => INTEGRATION_KINDS.has(p.kind));
		const integratorIds = new Set(integrators.map((p) => p.actorId));
		inputs.socioSanitaryPartners = integrators.map((p) => `${p.name} (${p.role})`);
		const roleValue = Math.max(
			0,
			...integrators.map((p) => readParameter(params, ROLE_PARAMETER[p.role]))
		);
		const levels = new Set(integrators.map((p) => p.kind));
		inputs.levels = SOCIO_SANITARY_INTEGRATION_KINDS.filter((k) => levels.has(k));

		let actionsScore: number | null = null;
		if (snapshot.actions.length === 0) {
			missing.push(MISSING.actions);
		} else {
			const withIntegrator = snapshot.actions.filter((a) =>
				a.responsibleActorIds.some((id) => integratorIds.has(id))
			).length;
			const share = withIntegrator / snapshot.actions.length;
			inputs.actionsWithSocioSanitaryResponsible = withIntegrator;
			inputs.actionShare = round(share, 4);
			actionsScore = 100 * towardTarget(share, readParameter(params, 'targetActionShare'));

			const idle = integrators.filter(
				(p) => !snapshot.actions.some((a) => a.responsibleActorIds.includes(p.actorId))
			);
			if (idle.length > 0) {
				suggestions.push({
					it: `Affidare a ${listNames(
						idle.map((p) => p.name),
						'it'
					)} la corresponsabilità di almeno un’azione (es. accesso unitario, valutazione multidimensionale, dimissioni protette).`,
					en: `Make ${listNames(
						idle.map((p) => p.name),
						'en'
					)} co-responsible for at least one action (e.g. single access point, multidimensional assessment, protected discharge).`,
					actorIds: idle.map((p) => p.actorId)
				});
			}
		}

		const absentKinds = SOCIO_SANITARY_INTEGRATION_KINDS.filter((k) => !levels.has(k));
		if (absentKinds.length > 0 && levels.size < readParameter(params, 'targetLevels')) {
			const candidates = (snapshot.candidates ?? []).filter((c) =>
				(absentKinds as readonly ActorKindId[]).includes(c.kind)
			);
			const labels = (lang: 'it' | 'en') =>
				listNames(
					absentKinds.map((k) => ACTOR_KIND_BY_ID[k].label[lang]),
					lang
				);
			suggestions.push({
				it:
					`Non partecipano: ${labels('it')}.` +
					(candidates.length > 0
						? ` Sul territorio: ${listNames(
								candidates.map((c) => c.name),
								'it'
							)}.`
						: ''),
				en:
					`Not taking part: ${labels('en')}.` +
					(candidates.length > 0
						? ` In the territory: ${listNames(
								candidates.map((c) => c.name),
								'en'
							)}.`
						: ''),
				...(candidates.length > 0 ? { actorIds: candidates.map((c) => c.actorId) } : {})
			});
		}
		const peripheral = integrators.filter((p) => p.role === 'aderente' || p.role === 'sostenitore');
		if (peripheral.length > 0 && roleValue < 1) {
			suggestions.push({
				it: `${listNames(
					peripheral.map((p) => p.name),
					'it'
				)}: proporre il ruolo di partner invece di ${peripheral.length > 1 ? 'aderente/sostenitore' : peripheral[0]?.role}.`,
				en: `${listNames(
					peripheral.map((p) => p.name),
					'en'
				)}: offer the partner role rather than ${peripheral.length > 1 ? 'adhering/supporter' : peripheral[0]?.role === 'aderente' ? 'adhering member' : 'supporter'}.`,
				actorIds: peripheral.map((p) => p.actorId)
			});
		}

		return {
			subscores: subscores(
				100 * roleValue,
				100 * towardTarget(levels.size, readParameter(params, 'targetLevels')),
				actionsScore
			),
			missing,
			inputs,
			suggestions
		};
	}
};
