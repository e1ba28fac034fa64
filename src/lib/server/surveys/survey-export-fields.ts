import { rule } from '../auth/rules';
import { builder } from '../graphql/builder';
import { ExportFileRef } from '../transfer/transfer-fields';
import { RUN_SURVEY } from './rules';
import { TieRatingsRef } from './survey-fields';
import { SURVEY_NETWORK_FORMATS, surveyNetworkFile } from './survey-network';
import {
	pseudonymisedAnswers,
	type PseudonymisedRespondent,
	type PseudonymisedTie
} from './survey-export';

const AnswerRef = builder.objectRef<PseudonymisedTie>('SurveyPseudonymisedTie').implement({
	interfaces: [TieRatingsRef],
	fields: (t) => ({
		organisation: t.exposeString('organisation', {
			description: 'Ente valutato / organisation rated'
		})
	})
});

const RespondentRef = builder
	.objectRef<PseudonymisedRespondent>('SurveyPseudonymisedRespondent')
	.implement({
		fields: (t) => ({
			code: t.exposeString('code', { description: 'R01, R02…: nessun nome / no name' }),
			goals: t.int({ nullable: true, resolve: (r) => r.partnership.goals }),
			decisions: t.int({ nullable: true, resolve: (r) => r.partnership.decisions }),
			worth: t.int({ nullable: true, resolve: (r) => r.partnership.worth }),
			achieved: t.string({ nullable: true, resolve: (r) => r.partnership.achieved }),
			obstacles: t.string({ nullable: true, resolve: (r) => r.partnership.obstacles }),
			answers: t.field({ type: [AnswerRef], resolve: (r) => r.ties })
		})
	});

builder.queryField('surveyAnswers', (t) =>
	t.field({
		extensions: rule(RUN_SURVEY),
		type: [RespondentRef],
		description:
			'Le risposte complete, con i rispondenti in codice (anonima: solo dopo la chiusura, mai sotto 3) / pseudonymised answers',
		args: { surveyId: t.arg.id({ required: true }) },
		resolve: (_r, args) => pseudonymisedAnswers(String(args.surveyId))
	})
);

builder.queryField('surveyNetworkFile', (t) =>
	t.field({
		extensions: rule(RUN_SURVEY),
		type: ExportFileRef,
		description: `La rete della rilevazione con livello, fiducia e valore dei legami (${SURVEY_NETWORK_FORMATS.join(', ')}; anonima: solo dopo la chiusura, senza fiducia e valore) / the survey's network as a graph file`,
		args: {
			surveyId: t.arg.id({ required: true }),
			format: t.arg.string({ required: true })
		},
		resolve: (_r, args) =>
			surveyNetworkFile(String(args.surveyId), args.format, new Date().toISOString())
	})
);
