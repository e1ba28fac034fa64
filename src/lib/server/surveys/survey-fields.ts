import { PUBLIC, rule } from '../auth/rules';
import { builder } from '../graphql/builder';
import { placementOf } from '../network/placement-queries';
import { minutesToAnswer, type PartnershipAnswer } from '../../surveys/answers';
import type { TieAnswer } from '../../surveys/types';
import { CREATE_SURVEY, LIST_SURVEYS, RUN_SURVEY } from './rules';
import {
	listSurveys,
	type RespondentRecord,
	type SurveyRecord,
	type SurveySubject
} from './survey-queries';
import {
	createSurvey,
	invitations,
	issueLinks,
	openSurvey,
	respondentView,
	submitResponse,
	subjectOf,
	surveyOrThrow,
	surveySubjects,
	updateSurvey
} from './survey-service';
import { closeSurveyWritingResults } from './survey-results';
import { sendInvitations, type InvitationReport } from './survey-invitations';

const InvitationFailureRef = builder
	.objectRef<InvitationReport['failed'][number]>('SurveyInvitationFailure')
	.implement({
		fields: (t) => ({
			orgName: t.exposeString('orgName'),
			email: t.exposeString('email'),
			error: t.exposeString('error')
		})
	});

export const SurveyRef = builder.objectRef<SurveyRecord>('Survey').implement({
	description: 'Una rilevazione delle relazioni tra i partner / a relational survey',
	fields: (t) => ({
		id: t.exposeID('id'),
		title: t.exposeString('title'),
		subjectKind: t.exposeString('subjectKind', { description: 'project | network' }),
		subjectId: t.exposeString('subjectId'),
		subjectName: t.exposeString('subjectName'),
		ambitoIds: t.exposeStringList('ambitoIds'),
		status: t.exposeString('status', { description: 'draft | open | closed' }),
		opensOn: t.exposeString('opensOn', { description: 'YYYY-MM-DD' }),
		closesOn: t.exposeString('closesOn', { description: 'YYYY-MM-DD (incluso / included)' }),
		anonymous: t.exposeBoolean('anonymous'),
		createdAt: t.exposeFloat('createdAt'),
		openedAt: t.exposeFloat('openedAt', { nullable: true }),
		closedAt: t.exposeFloat('closedAt', { nullable: true })
	})
});

const SubjectRef = builder.objectRef<SurveySubject>('SurveySubject').implement({
	description: 'Un progetto o una rete su cui avviare una rilevazione / what a survey may be on',
	fields: (t) => ({
		kind: t.exposeString('kind', { description: 'project | network' }),
		id: t.exposeID('id'),
		name: t.exposeString('name')
	})
});

const RespondentRef = builder.objectRef<RespondentRecord>('SurveyRespondent').implement({
	description: 'Un ente invitato a rispondere / an organisation asked to answer',
	fields: (t) => ({
		id: t.exposeID('id'),
		orgId: t.exposeString('orgId'),
		orgName: t.exposeString('orgName'),
		email: t.exposeString('email', { nullable: true }),
		status: t.exposeString('status', { description: 'not_opened | started | completed' }),
		hasLink: t.exposeBoolean('hasLink'),
		invitedAt: t.exposeFloat('invitedAt', { nullable: true }),
		remindedAt: t.exposeFloat('remindedAt', { nullable: true }),
		openedAt: t.exposeFloat('openedAt', { nullable: true }),
		completedAt: t.exposeFloat('completedAt', { nullable: true }),
		answered: t.exposeInt('answered', { description: 'Enti già valutati / organisations rated' })
	})
});

const InvitationsRef = builder
	.objectRef<Awaited<ReturnType<typeof invitations>>>('SurveyInvitations')
	.implement({
		fields: (t) => ({
			survey: t.field({ type: SurveyRef, resolve: (r) => r.survey }),
			respondents: t.field({ type: [RespondentRef], resolve: (r) => r.respondents }),
			completed: t.exposeInt('completed'),
			responseRate: t.exposeFloat('responseRate', { description: '0–1' })
		})
	});

const LinkRef = builder.objectRef<RespondentRecord & { token: string }>('SurveyLink').implement({
	description: 'Un link personale, mostrato una volta sola / a personal link, shown once',
	fields: (t) => ({
		respondent: t.field({ type: RespondentRef, resolve: (r) => r }),
		token: t.exposeString('token', { description: 'Il link è /q/<token> / the link is /q/<token>' })
	})
});

/**
 * What one answer says about one tie, wherever it is read: the respondent's own answers (`SurveyTie`)
 * and the pseudonymised download (`SurveyPseudonymisedTie`) share these fields and one fragment.
 */
export const TieRatingsRef = builder
	.interfaceRef<Omit<TieAnswer, 'fromOrgId' | 'toOrgId'>>('SurveyTieRatings')
	.implement({
		description: 'Livello, frequenza, fiducia e valore di un legame / the ratings of one tie',
		fields: (t) => ({
			level: t.exposeInt('level', { description: '0–5 (Frey et al., 2006)' }),
			frequency: t.exposeString('frequency', { nullable: true }),
			reliability: t.int({ nullable: true, resolve: (a) => a.trust.reliability ?? null }),
			openness: t.int({ nullable: true, resolve: (a) => a.trust.openness ?? null }),
			mission: t.int({ nullable: true, resolve: (a) => a.trust.mission ?? null }),
			influence: t.int({ nullable: true, resolve: (a) => a.value.influence ?? null }),
			resources: t.int({ nullable: true, resolve: (a) => a.value.resources ?? null }),
			involvement: t.int({ nullable: true, resolve: (a) => a.value.involvement ?? null })
		})
	});

const TieRef = builder.objectRef<TieAnswer>('SurveyTie').implement({
	interfaces: [TieRatingsRef],
	fields: (t) => ({ toOrgId: t.exposeString('toOrgId') })
});

const PartnershipRef = builder.objectRef<PartnershipAnswer>('SurveyPartnershipAnswer').implement({
	fields: (t) => ({
		goals: t.exposeInt('goals', { nullable: true }),
		decisions: t.exposeInt('decisions', { nullable: true }),
		worth: t.exposeInt('worth', { nullable: true }),
		achieved: t.exposeString('achieved', { nullable: true }),
		obstacles: t.exposeString('obstacles', { nullable: true })
	})
});

const OrgRef = builder.objectRef<{ id: string; name: string }>('SurveyOrganisation').implement({
	fields: (t) => ({ id: t.exposeString('id'), name: t.exposeString('name') })
});

const RespondentViewRef = builder
	.objectRef<Awaited<ReturnType<typeof respondentView>>>('RespondentSurvey')
	.implement({
		description: 'Quello che vede chi risponde con il suo link / what a respondent sees',
		fields: (t) => ({
			state: t.exposeString('state', { description: 'open | not_yet | closed | expired' }),
			title: t.string({ resolve: (v) => v.survey.title }),
			closesOn: t.string({ resolve: (v) => v.survey.closesOn }),
			anonymous: t.boolean({ resolve: (v) => v.survey.anonymous }),
			minutes: t.int({ resolve: (v) => minutesToAnswer(v.others.length) }),
			status: t.string({ resolve: (v) => v.respondent.status }),
			organisation: t.field({
				type: OrgRef,
				resolve: (v) => ({ id: v.respondent.orgId, name: v.respondent.orgName })
			}),
			others: t.field({ type: [OrgRef], resolve: (v) => v.others }),
			ties: t.field({ type: [TieRef], resolve: (v) => v.saved?.ties ?? [] }),
			partnership: t.field({
				type: PartnershipRef,
				nullable: true,
				resolve: (v) => v.saved?.partnership ?? null
			})
		})
	});

const SubmitRef = builder
	.objectRef<{ saved: number; complete: boolean }>('SurveySubmission')
	.implement({
		fields: (t) => ({ saved: t.exposeInt('saved'), complete: t.exposeBoolean('complete') })
	});

// ---- inputs

const RespondentInput = builder.inputType('SurveyRespondentInput', {
	fields: (t) => ({
		orgId: t.string({ required: true }),
		email: t.string({ required: false })
	})
});

const SurveyInput = builder.inputType('SurveyInput', {
	fields: (t) => ({
		title: t.string({ required: true }),
		projectId: t.string({ required: false, description: 'Il partenariato di un progetto' }),
		networkId: t.string({ required: false, description: 'I membri di una rete' }),
		opensOn: t.string({ required: true }),
		closesOn: t.string({ required: true }),
		anonymous: t.boolean({ required: true }),
		respondents: t.field({ type: [RespondentInput], required: false })
	})
});

const SurveyUpdateInput = builder.inputType('SurveyUpdateInput', {
	fields: (t) => ({
		id: t.string({ required: true }),
		title: t.string({ required: false }),
		opensOn: t.string({ required: false }),
		closesOn: t.string({ required: false }),
		anonymous: t.boolean({ required: false }),
		respondents: t.field({ type: [RespondentInput], required: false })
	})
});

const TieInput = builder.inputType('SurveyTieInput', {
	fields: (t) => ({
		toOrgId: t.string({ required: true }),
		level: t.int({ required: true }),
		frequency: t.string({ required: false }),
		reliability: t.int({ required: false }),
		openness: t.int({ required: false }),
		mission: t.int({ required: false }),
		influence: t.int({ required: false }),
		resources: t.int({ required: false }),
		involvement: t.int({ required: false })
	})
});

const PartnershipInput = builder.inputType('SurveyPartnershipInput', {
	fields: (t) => ({
		goals: t.int({ required: false }),
		decisions: t.int({ required: false }),
		worth: t.int({ required: false }),
		achieved: t.string({ required: false }),
		obstacles: t.string({ required: false })
	})
});

const ResponseInput = builder.inputType('SurveyResponseInput', {
	fields: (t) => ({
		ties: t.field({ type: [TieInput], required: false }),
		partnership: t.field({ type: PartnershipInput, required: false }),
		complete: t.boolean({ required: false, description: 'Risposte finite / answers finished' })
	})
});

// ---- queries

builder.queryField('surveys', (t) =>
	t.field({
		extensions: rule(LIST_SURVEYS),
		type: [SurveyRef],
		description: 'Le rilevazioni degli Ambiti di chi le conduce / the viewer’s surveys',
		resolve: (_r, _a, ctx) =>
			listSurveys(
				ctx.viewer?.roles.includes('amministratore') ? null : (ctx.viewer?.ambitoIds ?? []),
				ctx.viewer?.id ?? ''
			)
	})
);

builder.queryField('surveySubjects', (t) =>
	t.field({
		extensions: rule(LIST_SURVEYS),
		type: [SubjectRef],
		description:
			'Tutti i progetti e le reti su cui chi chiede può avviare una rilevazione / every subject the viewer may survey',
		resolve: (_r, _a, ctx) => surveySubjects(ctx.viewer!)
	})
);

builder.queryField('survey', (t) =>
	t.field({
		extensions: rule(RUN_SURVEY),
		type: SurveyRef,
		args: { id: t.arg.id({ required: true }) },
		resolve: (_r, args) => surveyOrThrow(String(args.id))
	})
);

builder.queryField('surveyInvitations', (t) =>
	t.field({
		extensions: rule(RUN_SURVEY),
		type: InvitationsRef,
		description: 'Chi ha aperto, iniziato, completato; il tasso di risposta / tracking',
		args: { surveyId: t.arg.id({ required: true }) },
		resolve: (_r, args) => invitations(String(args.surveyId))
	})
);

builder.queryField('respondentSurvey', (t) =>
	t.field({
		extensions: rule(PUBLIC),
		type: RespondentViewRef,
		description:
			'La rilevazione vista con un link personale (senza account: il link è l’accesso; limitato) / a survey seen through a personal link',
		args: { token: t.arg.string({ required: true }) },
		resolve: (_r, args, ctx) => respondentView(args.token, ctx.clientAddress)
	})
);

// ---- mutations

builder.mutationField('createSurvey', (t) =>
	t.field({
		extensions: rule(CREATE_SURVEY),
		type: SurveyRef,
		args: { input: t.arg({ type: SurveyInput, required: true }) },
		resolve: async (_r, { input }, ctx) => {
			const subject = subjectOf(input);
			const place = subject
				? await placementOf(subject.kind === 'project' ? 'Project' : 'Network', subject.id)
				: null;
			return createSurvey(input, { ambitoIds: place?.ambitoIds ?? [] }, ctx.viewer!);
		}
	})
);

builder.mutationField('updateSurvey', (t) =>
	t.field({
		extensions: rule(RUN_SURVEY),
		type: SurveyRef,
		args: { input: t.arg({ type: SurveyUpdateInput, required: true }) },
		resolve: (_r, { input }) =>
			updateSurvey({
				id: input.id,
				title: input.title ?? undefined,
				opensOn: input.opensOn ?? undefined,
				closesOn: input.closesOn ?? undefined,
				anonymous: input.anonymous ?? undefined,
				respondents: input.respondents ?? undefined
			})
	})
);

builder.mutationField('openSurvey', (t) =>
	t.field({
		extensions: rule(RUN_SURVEY),
		type: SurveyRef,
		args: { id: t.arg.id({ required: true }) },
		resolve: (_r, args) => openSurvey(String(args.id))
	})
);

builder.mutationField('closeSurvey', (t) =>
	t.field({
		extensions: rule(RUN_SURVEY),
		type: SurveyRef,
		description:
			'Chiude e scrive i risultati come collaborazioni (fonte: questionario) / closes and writes the results as collaborations',
		args: { id: t.arg.id({ required: true }) },
		resolve: (_r, args, ctx) => closeSurveyWritingResults(String(args.id), ctx.viewer!.id)
	})
);

builder.mutationField('issueSurveyLinks', (t) =>
	t.field({
		extensions: rule(RUN_SURVEY),
		type: [LinkRef],
		description:
			'Nuovi link personali (sostituiscono i precedenti) per lettere e QR / new personal links (replace earlier ones)',
		args: {
			surveyId: t.arg.id({ required: true }),
			respondentIds: t.arg.idList({ required: false })
		},
		resolve: (_r, args) =>
			issueLinks(String(args.surveyId), args.respondentIds?.map(String) ?? null)
	})
);

builder.mutationField('submitSurveyResponse', (t) =>
	t.field({
		extensions: rule(PUBLIC),
		type: SubmitRef,
		description:
			'Salva le risposte con il link personale (senza account; limitato) / saves answers with a personal link',
		args: {
			token: t.arg.string({ required: true }),
			input: t.arg({ type: ResponseInput, required: true })
		},
		resolve: (_r, { token, input }, ctx) =>
			submitResponse(
				token,
				{
					ties: input.ties ?? null,
					partnership: input.partnership ?? null,
					complete: input.complete ?? false
				},
				ctx.clientAddress
			)
	})
);

const InvitationReportRef = builder
	.objectRef<InvitationReport>('SurveyInvitationReport')
	.implement({
		fields: (t) => ({
			sent: t.exposeInt('sent'),
			withoutEmail: t.exposeStringList('withoutEmail', {
				description: 'Enti senza e-mail: serve la lettera stampata / need a printed letter'
			}),
			failed: t.field({
				type: [InvitationFailureRef],
				resolve: (r) => r.failed
			})
		})
	});

builder.mutationField('sendSurveyInvitations', (t) =>
	t.field({
		extensions: rule(RUN_SURVEY),
		type: InvitationReportRef,
		description:
			'Invia per e-mail i link personali (promemoria: solo a chi non ha completato); ogni invio sostituisce il link precedente / e-mails the personal links (reminder: only to those not completed)',
		args: {
			surveyId: t.arg.id({ required: true }),
			reminder: t.arg.boolean({ required: true })
		},
		resolve: (_r, args) => sendInvitations(String(args.surveyId), args.reminder)
	})
);
