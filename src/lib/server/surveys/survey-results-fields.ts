import { rule } from '../auth/rules';
import { builder } from '../graphql/builder';
import { compareRounds, computeSurveyResults } from '../../surveys/metrics';
import type {
	Disagreement,
	NetworkResult,
	OrganisationResult,
	SurveyComparison,
	SurveyResults,
	TieChange
} from '../../surveys/types';
import { COMPARE_SURVEYS, RUN_SURVEY } from './rules';
import { roundFor } from './survey-results';

/**
 * Results are computed here, on the server, from the pure metrics: no answer leaves the server, so
 * the anonymity threshold (ANONYMITY_MIN_RESPONDENTS) cannot be bypassed by a client; roundFor
 * keeps an anonymous survey's results until it is closed.
 */

const NetworkResultRef = builder.objectRef<NetworkResult>('SurveyNetworkResult').implement({
	fields: (t) => ({
		organisations: t.exposeInt('organisations'),
		respondents: t.exposeInt('respondents'),
		completed: t.exposeInt('completed'),
		responseRate: t.exposeFloat('responseRate'),
		density: t.exposeFloat('density'),
		degreeCentralisation: t.exposeFloat('degreeCentralisation'),
		meanTrust: t.exposeFloat('meanTrust', { nullable: true }),
		meanValue: t.exposeFloat('meanValue', { nullable: true })
	})
});

const OrganisationResultRef = builder
	.objectRef<OrganisationResult>('SurveyOrganisationResult')
	.implement({
		fields: (t) => ({
			orgId: t.exposeString('orgId'),
			name: t.exposeString('name'),
			trustReceived: t.exposeFloat('trustReceived', { nullable: true }),
			valueReceived: t.exposeFloat('valueReceived', { nullable: true }),
			ratedBy: t.exposeInt('ratedBy'),
			trustWithheld: t.exposeBoolean('trustWithheld'),
			valueWithheld: t.exposeBoolean('valueWithheld'),
			tiesByLevel: t.field({
				type: ['Int'],
				description: 'Legami ai livelli 1–5 / ties at levels 1–5',
				resolve: (o) => o.tiesByLevel
			})
		})
	});

const SideRef = builder.objectRef<Disagreement['a']>('SurveyDisagreementSide').implement({
	fields: (t) => ({
		id: t.exposeString('id'),
		name: t.exposeString('name'),
		saysLevel: t.exposeInt('saysLevel')
	})
});

const DisagreementRef = builder.objectRef<Disagreement>('SurveyDisagreement').implement({
	fields: (t) => ({
		a: t.field({ type: SideRef, resolve: (d) => d.a }),
		b: t.field({ type: SideRef, resolve: (d) => d.b })
	})
});

const ResultsRef = builder.objectRef<SurveyResults>('SurveyResults').implement({
	fields: (t) => ({
		network: t.field({ type: NetworkResultRef, resolve: (r) => r.network }),
		organisations: t.field({ type: [OrganisationResultRef], resolve: (r) => r.organisations }),
		disagreements: t.field({ type: [DisagreementRef], resolve: (r) => r.disagreements }),
		withheld: t.exposeBoolean('withheld'),
		anonymous: t.exposeBoolean('anonymous')
	})
});

const OrgRefRef = builder.objectRef<TieChange['a']>('SurveyOrgRef').implement({
	fields: (t) => ({ id: t.exposeString('id'), name: t.exposeString('name') })
});

const TieChangeRef = builder.objectRef<TieChange>('SurveyTieChange').implement({
	fields: (t) => ({
		a: t.field({ type: OrgRefRef, resolve: (c) => c.a }),
		b: t.field({ type: OrgRefRef, resolve: (c) => c.b }),
		levelBefore: t.exposeInt('levelBefore'),
		levelAfter: t.exposeInt('levelAfter')
	})
});

const OrgChangeRef = builder
	.objectRef<SurveyComparison['organisations'][number]>('SurveyOrganisationChange')
	.implement({
		fields: (t) => ({
			orgId: t.exposeString('orgId'),
			name: t.exposeString('name'),
			trustBefore: t.exposeFloat('trustBefore', { nullable: true }),
			trustAfter: t.exposeFloat('trustAfter', { nullable: true }),
			valueBefore: t.exposeFloat('valueBefore', { nullable: true }),
			valueAfter: t.exposeFloat('valueAfter', { nullable: true })
		})
	});

const ComparisonRef = builder.objectRef<SurveyComparison>('SurveyComparison').implement({
	fields: (t) => ({
		before: t.field({ type: NetworkResultRef, resolve: (c) => c.before }),
		after: t.field({ type: NetworkResultRef, resolve: (c) => c.after }),
		withheld: t.exposeBoolean('withheld'),
		gained: t.field({ type: [TieChangeRef], resolve: (c) => c.gained }),
		lost: t.field({ type: [TieChangeRef], resolve: (c) => c.lost }),
		organisations: t.field({ type: [OrgChangeRef], resolve: (c) => c.organisations })
	})
});

builder.queryField('surveyResults', (t) =>
	t.field({
		extensions: rule(RUN_SURVEY),
		type: ResultsRef,
		description:
			'Risultati di una rilevazione (anonima: solo dopo la chiusura, mai sotto 3 enti) / a survey’s results',
		args: { surveyId: t.arg.id({ required: true }) },
		resolve: async (_r, args) => computeSurveyResults(await roundFor(String(args.surveyId)))
	})
);

builder.queryField('compareSurveys', (t) =>
	t.field({
		extensions: rule(COMPARE_SURVEYS),
		type: ComparisonRef,
		description: 'Due rilevazioni della stessa rete a confronto / two rounds compared',
		args: { a: t.arg.id({ required: true }), b: t.arg.id({ required: true }) },
		resolve: async (_r, args) =>
			compareRounds(await roundFor(String(args.a)), await roundFor(String(args.b)))
	})
);
