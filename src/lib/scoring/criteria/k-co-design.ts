import { CO_DESIGN_PROCEDURE_BY_ID, isPublicKind, sectorOfKind } from '../../domain';
import { isoDateToDay } from '../dates';
import { percent, round, towardTarget } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter } from '../parameters';
import { partnershipView, type Entity } from '../partnership';
import type { CriterionDefinition, InputValue, Suggestion } from '../types';
import { criterionParts } from './parts';

const isPublic = (e: Entity) => e.members.some((m) => isPublicKind(m.kind));
const isThirdSector = (e: Entity) => e.members.some((m) => sectorOfKind(m.kind) === 'third_sector');

const PARTS = criterionParts([
	{ id: 'procedure', label: { it: 'Procedura', en: 'Procedure' }, weight: 'weightProcedure' },
	{
		id: 'joint_actions',
		label: {
			it: 'Azioni congiunte pubblico-Terzo Settore',
			en: 'Joint public–Third Sector actions'
		},
		weight: 'weightJointActions',
		weightLabel: { it: 'Peso: azioni congiunte', en: 'Weight: joint actions' }
	}
]);

/**
 * K. Co-programmazione e co-progettazione with the Third Sector (art. 55 d.lgs. 117/2017): the
 * procedure the project was built with, and actions carried jointly by public bodies and Third
 * Sector bodies.
 */
export const coDesignCriterion: CriterionDefinition = {
	id: 'K',
	key: 'co_design',
	label: { it: 'Co-programmazione e co-progettazione', en: 'Co-programming and co-design' },
	summary: {
		it: 'Se il progetto è nato da una co-programmazione o co-progettazione con il Terzo Settore (art. 55 del Codice del Terzo Settore) e se enti pubblici e del Terzo Settore ne realizzano insieme le azioni.',
		en: 'Whether the project comes from co-programming or co-design with the Third Sector (art. 55 of the Third Sector Code) and whether public and Third Sector bodies carry out its actions together.'
	},
	actSource: {
		it: 'La coprogettazione con il Terzo Settore, il dialogo con gli attori del territorio e la costruzione di reti interistituzionali hanno favorito questo processo di consapevolezza del ruolo degli Ambiti',
		ref: 'Regione Lombardia, Linee di indirizzo: transizione 2021-2023 / 2025-2027 (2023); DGR IX/2505, § 3.5; d.lgs. 117/2017, art. 55'
	},
	parameters: [
		parameter(
			'otherProcedureValue',
			{
				it: 'Valore di un’altra forma di coinvolgimento (non art. 55)',
				en: 'Value of another form of involvement (not art. 55)'
			},
			0.5,
			0,
			1
		),
		parameter(
			'targetJointShare',
			{
				it: 'Quota di azioni condotte insieme da pubblico e Terzo Settore per il punteggio pieno',
				en: 'Share of actions run jointly by public and Third Sector bodies for a full score'
			},
			0.5,
			0.05,
			1
		),
		...PARTS.weightParameters
	],

	formula(params) {
		const o = readParameter(params, 'otherProcedureValue');
		const j = percent(readParameter(params, 'targetJointShare'));
		return {
			it: `Media pesata di: procedura = 100 per co-programmazione o co-progettazione (art. 55 CTS), ${Math.round(100 * o)} per un’altra forma di coinvolgimento, 0 per nessuna; azioni congiunte = 100·min(1, quota delle azioni con tra i responsabili sia un ente pubblico sia un ente del Terzo Settore / ${j}%).`,
			en: `Weighted mean of: procedure = 100 for co-programming or co-design (art. 55 of the Code), ${Math.round(100 * o)} for another form of involvement, 0 for none; joint actions = 100·min(1, share of actions with both a public and a Third Sector body responsible / ${j}%).`
		};
	},

	evaluate(snapshot, params) {
		const missing: string[] = [];
		const partial: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const coDesign = snapshot.project.coDesign ?? null;
		let procedure: number | null = null;
		if (coDesign === null) missing.push(MISSING.coDesign);
		else {
			const definition = CO_DESIGN_PROCEDURE_BY_ID[coDesign.procedure];
			procedure = definition?.article55
				? 100
				: coDesign.procedure === 'altro'
					? 100 * readParameter(params, 'otherProcedureValue')
					: 0;
			inputs.procedure = coDesign.procedure;
			if (coDesign.act) inputs.act = coDesign.act;
			const date = isoDateToDay(coDesign.date ?? null);
			const start = isoDateToDay(snapshot.project.start);
			if (date !== null && start !== null && date > start)
				partial.push(
					'procedura datata dopo l’avvio del progetto / procedure dated after the project start'
				);
			if (!definition?.article55) {
				suggestions.push({
					it: 'Una co-progettazione (art. 55 CTS) con gli enti del Terzo Settore del territorio è ciò che la programmazione 2025-2027 chiede.',
					en: 'Co-design (art. 55 of the Third Sector Code) with the territory’s Third Sector bodies is what 2025-2027 planning asks for.'
				});
			}
		}
		let joint: number | null = null;
		const view = partnershipView(snapshot);
		if (snapshot.actions.length === 0) missing.push(MISSING.actions);
		else {
			const count = snapshot.actions.filter((a) => {
				const entities = a.responsibleActorIds.flatMap((id) => view.byActor.get(id) ?? []);
				return entities.some(isPublic) && entities.some(isThirdSector);
			}).length;
			const share = count / snapshot.actions.length;
			inputs.jointActions = count;
			inputs.jointActionShare = round(share, 4);
			joint = 100 * towardTarget(share, readParameter(params, 'targetJointShare'));
		}
		const label = coDesign
			? (CO_DESIGN_PROCEDURE_BY_ID[coDesign.procedure]?.label ?? {
					it: coDesign.procedure,
					en: coDesign.procedure
				})
			: null;
		const explanation = {
			it: `${label ? `Procedura: ${label.it}.` : 'Procedura non registrata.'}${joint !== null ? ` ${inputs.jointActions} azioni su ${snapshot.actions.length} sono condotte insieme da enti pubblici e del Terzo Settore.` : ''}`,
			en: `${label ? `Procedure: ${label.en}.` : 'Procedure not recorded.'}${joint !== null ? ` ${inputs.jointActions} of ${snapshot.actions.length} actions are run jointly by public and Third Sector bodies.` : ''}`
		};
		const subscores = PARTS.subscores(params, { procedure, joint_actions: joint });
		return { subscores, missing, inputs, suggestions, partial, explanation };
	}
};
