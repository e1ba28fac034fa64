import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { submitResponse } from '../../src/lib/server/surveys/survey-service';
import { closeDriver, connectTestDatabase, execute, ok, testViewer } from '../helpers/graphql';

/**
 * The relational survey (issue 19) on the real Neo4j: who may run it, the personal link as the only
 * scope of a respondent, saving as it goes and resuming, a closed or expired survey refusing, the
 * limits, and closing writing the ties as collaborations.
 */
const P = 'svyt';
let X = '';
let Y = '';
const ORGS = ['a', 'b', 'c', 'd'].map((k) => `${P}-org-${k}`);
const PROJECT = `${P}-project`;
const udpX = () => testViewer({ id: `${P}-udp-x`, roles: ['ufficio_di_piano'], ambitoIds: [X] });
const udpY = () => testViewer({ id: `${P}-udp-y`, roles: ['ufficio_di_piano'], ambitoIds: [Y] });
const facilitatorX = () =>
	testViewer({ id: `${P}-fac-x`, roles: ['facilitatore'], ambitoIds: [X] });

const SURVEY = `id title status subjectName ambitoIds anonymous closesOn`;
const CREATE = `mutation($input: SurveyInput!) { createSurvey(input: $input) { ${SURVEY} } }`;
const UPDATE = `mutation($input: SurveyUpdateInput!) { updateSurvey(input: $input) { ${SURVEY} } }`;
const OPEN = `mutation($id: ID!) { openSurvey(id: $id) { status } }`;
const CLOSE = `mutation($id: ID!) { closeSurvey(id: $id) { status closedAt } }`;
const LINKS = `mutation($s: ID!) { issueSurveyLinks(surveyId: $s) { token respondent { id orgId } } }`;
const TRACK = `query($s: ID!) { surveyInvitations(surveyId: $s) { completed responseRate respondents { orgId orgName status answered hasLink } } }`;
const VIEW = `query($t: String!) { respondentSurvey(token: $t) { state title minutes status organisation { id name } others { id name } ties { toOrgId level frequency reliability influence } partnership { goals achieved } } }`;
const SUBMIT = `mutation($t: String!, $input: SurveyResponseInput!) { submitSurveyResponse(token: $t, input: $input) { saved complete } }`;

const future = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const codeOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
	r.errors?.[0]?.extensions?.code ?? 'ok';

type View = {
	respondentSurvey: {
		state: string;
		status: string;
		organisation: { id: string };
		others: Array<{ id: string }>;
		ties: Array<{ toOrgId: string; level: number; reliability: number | null }>;
		partnership: { goals: number | null; achieved: string | null } | null;
	};
};

async function openedSurvey(title: string, extra: Record<string, unknown> = {}) {
	const { createSurvey } = await ok<{ createSurvey: { id: string } }>(
		CREATE,
		{
			input: {
				title,
				projectId: PROJECT,
				opensOn: future(-1),
				closesOn: future(10),
				anonymous: false,
				...extra
			}
		},
		udpX()
	);
	await ok(OPEN, { id: createSurvey.id }, udpX());
	const { issueSurveyLinks } = await ok<{
		issueSurveyLinks: Array<{ token: string; respondent: { orgId: string } }>;
	}>(LINKS, { s: createSurvey.id }, udpX());
	const tokens = Object.fromEntries(issueSurveyLinks.map((l) => [l.respondent.orgId, l.token]));
	return { id: createSurvey.id, tokens };
}

beforeAll(async () => {
	await connectTestDatabase();
	const picked = await readTx(async (tx) => {
		const r = await tx.run(`MATCH (a:Ambito) RETURN a.id AS id ORDER BY a.id LIMIT 2`);
		return r.records.map((x) => x.get('id') as string);
	});
	[X, Y] = [picked[0]!, picked[1]!];
	await writeTx((tx) =>
		tx.run(
			`MATCH (amb:Ambito {id: $x})
			 MERGE (p:Project {id: $project}) SET p.title = 'Progetto del questionario'
			 MERGE (p)-[:TARGETS]->(amb)
			 WITH p, amb UNWIND range(0, size($orgs) - 1) AS i
			 MERGE (a:Actor {id: $orgs[i]}) SET a.name = 'Ente ' + ['A', 'B', 'C', 'D'][i], a.kind = 'odv'
			 MERGE (a)-[:ACTIVE_IN]->(amb)
			 MERGE (a)-[:PARTNER_IN {id: $orgs[i] + '-pi'}]->(p)`,
			{ x: X, project: PROJECT, orgs: ORGS }
		)
	);
});

afterAll(async () => {
	await writeTx(async (tx) => {
		await tx.run(
			`MATCH (s:Survey) WHERE s.subjectId = $project
			 OPTIONAL MATCH (r:SurveyRespondent {surveyId: s.id})
			 OPTIONAL MATCH (x:SurveyAnswer {surveyId: s.id})
			 DETACH DELETE s, r, x`,
			{ project: PROJECT }
		);
		await tx.run(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
	});
	await closeDriver();
});

describe('running a survey', () => {
	it('an Ufficio di Piano creates one for its project: the partners are the respondents', async () => {
		const { createSurvey: s } = await ok<{
			createSurvey: { id: string; status: string; subjectName: string; ambitoIds: string[] };
		}>(
			CREATE,
			{
				input: {
					title: 'Rilevazione 2026',
					projectId: PROJECT,
					opensOn: future(0),
					closesOn: future(20),
					anonymous: true
				}
			},
			udpX()
		);
		expect(s).toMatchObject({ status: 'draft', subjectName: 'Progetto del questionario' });
		expect(s.ambitoIds).toEqual([X]);
		const track = await ok<{ surveyInvitations: { respondents: Array<{ orgId: string }> } }>(
			TRACK,
			{ s: s.id },
			facilitatorX()
		);
		expect(track.surveyInvitations.respondents.map((r) => r.orgId).sort()).toEqual(ORGS);

		// Another Ambito's office neither creates one for this project nor sees this one.
		expect(
			codeOf(
				await execute(
					CREATE,
					{
						input: {
							title: 'x',
							projectId: PROJECT,
							opensOn: future(0),
							closesOn: future(1),
							anonymous: false
						}
					},
					udpY()
				)
			)
		).toBe('FORBIDDEN');
		expect(codeOf(await execute(TRACK, { s: s.id }, udpY()))).toBe('FORBIDDEN');
		expect(codeOf(await execute(TRACK, { s: s.id }, null))).toBe('UNAUTHENTICATED');

		// Before opening the list can change; once open it cannot.
		const shorter = ORGS.slice(0, 3).map((orgId) => ({ orgId, email: `${orgId}@example.org` }));
		await ok(UPDATE, { input: { id: s.id, respondents: shorter } }, udpX());
		const after = await ok<{ surveyInvitations: { respondents: Array<{ orgId: string }> } }>(
			TRACK,
			{ s: s.id },
			udpX()
		);
		expect(after.surveyInvitations.respondents.map((r) => r.orgId).sort()).toEqual(
			ORGS.slice(0, 3)
		);
		await ok(OPEN, { id: s.id }, udpX());
		const refused = await execute(
			UPDATE,
			{ input: { id: s.id, respondents: ORGS.map((orgId) => ({ orgId })) } },
			udpX()
		);
		expect(codeOf(refused)).toBe('CONFLICT');
		expect(refused.errors?.[0]?.message).toMatch(/aperta.*non gli enti/);
	});

	it('names the field in Italian when the input is wrong', async () => {
		const r = await execute(
			CREATE,
			{
				input: {
					title: ' ',
					projectId: PROJECT,
					opensOn: future(5),
					closesOn: future(1),
					anonymous: false,
					respondents: [{ orgId: ORGS[0], email: 'non-una-mail' }, { orgId: ORGS[1] }]
				}
			},
			udpX()
		);
		expect(codeOf(r)).toBe('BAD_INPUT');
		const problems = r.errors?.[0]?.extensions?.problems as Array<{
			field: string;
			message: string;
		}>;
		expect(problems.map((p) => p.field)).toEqual(['input.title', 'input.closesOn']);
		const emails = await execute(
			CREATE,
			{
				input: {
					title: 'Mail',
					projectId: PROJECT,
					opensOn: future(0),
					closesOn: future(1),
					anonymous: false,
					respondents: [{ orgId: ORGS[0], email: 'non-una-mail' }, { orgId: ORGS[1] }]
				}
			},
			udpX()
		);
		expect(emails.errors?.[0]?.extensions?.field).toBe('input.respondents[0].email');
		expect(emails.errors?.[0]?.message).toMatch(/e-mail non valido per Ente A/);
	});
});

describe('answering with a personal link', () => {
	it('saves as it goes, resumes, and tracks not opened / started / completed', async () => {
		const { id, tokens } = await openedSurvey('Salva e riprendi');
		const [a, b, c, d] = ORGS as [string, string, string, string];
		const first = await ok<View>(VIEW, { t: tokens[a] }, null);
		expect(first.respondentSurvey).toMatchObject({ state: 'open', status: 'started' });
		expect(first.respondentSurvey.organisation.id).toBe(a);
		expect(first.respondentSurvey.others.map((o) => o.id).sort()).toEqual([b, c, d]);

		// One organisation at a time, as the phone sends it.
		await ok(
			SUBMIT,
			{
				t: tokens[a],
				input: {
					ties: [{ toOrgId: b, level: 3, frequency: 'monthly', reliability: 4, influence: 2 }]
				}
			},
			null
		);
		await ok(
			SUBMIT,
			{ t: tokens[a], input: { ties: [{ toOrgId: c, level: 0, reliability: 4 }] } },
			null
		);
		await ok(
			SUBMIT,
			{ t: tokens[a], input: { partnership: { goals: 4, achieved: 'Un tavolo stabile' } } },
			null
		);
		// Resuming (a reload, another day) reads back exactly what was saved; at level 0 no trust is kept.
		const again = await ok<View>(VIEW, { t: tokens[a] }, null);
		const ties = again.respondentSurvey.ties.sort((x, y) => x.toOrgId.localeCompare(y.toOrgId));
		expect(ties).toEqual([
			{ toOrgId: b, level: 3, frequency: 'monthly', reliability: 4, influence: 2 },
			{ toOrgId: c, level: 0, frequency: null, reliability: null, influence: null }
		]);
		expect(again.respondentSurvey.partnership).toEqual({ goals: 4, achieved: 'Un tavolo stabile' });
		// Changing an answer overwrites it, never adds a second one.
		await ok(
			SUBMIT,
			{ t: tokens[a], input: { ties: [{ toOrgId: b, level: 5 }], complete: true } },
			null
		);
		const track = await ok<{
			surveyInvitations: {
				completed: number;
				responseRate: number;
				respondents: Array<{ orgId: string; status: string; answered: number }>;
			};
		}>(TRACK, { s: id }, udpX());
		const byOrg = Object.fromEntries(track.surveyInvitations.respondents.map((r) => [r.orgId, r]));
		expect(byOrg[a]).toMatchObject({ status: 'completed', answered: 2 });
		expect(byOrg[b]).toMatchObject({ status: 'not_opened', answered: 0 });
		expect(track.surveyInvitations).toMatchObject({ completed: 1, responseRate: 0.25 });
	});

	it('a link reads and writes only its own respondent, within its own survey', async () => {
		const one = await openedSurvey('Ambito del link 1');
		const two = await openedSurvey('Ambito del link 2', {
			respondents: ORGS.slice(0, 2).map((orgId) => ({ orgId }))
		});
		const [a, b, c] = ORGS as [string, string, string];
		// A's link writes A's answers: nothing shows up for B.
		await ok(SUBMIT, { t: one.tokens[a], input: { ties: [{ toOrgId: b, level: 2 }] } }, null);
		const bView = await ok<View>(VIEW, { t: one.tokens[b] }, null);
		expect(bView.respondentSurvey.ties).toEqual([]);
		// Rating oneself, or an organisation not on this survey's list, is refused by name.
		const self = await execute(
			SUBMIT,
			{ t: one.tokens[a], input: { ties: [{ toOrgId: a, level: 5 }] } },
			null
		);
		expect(self.errors?.[0]?.extensions?.field).toBe('input.ties[0].toOrgId');
		const elsewhere = await execute(
			SUBMIT,
			{ t: two.tokens[a], input: { ties: [{ toOrgId: c, level: 1 }] } },
			null
		);
		expect(codeOf(elsewhere)).toBe('BAD_INPUT');
		// Survey two's link does not see survey one's answers.
		const twoView = await ok<View>(VIEW, { t: two.tokens[a] }, null);
		expect(twoView.respondentSurvey.ties).toEqual([]);
		// A wrong value names the field and the organisation, in Italian.
		const bad = await execute(
			SUBMIT,
			{ t: one.tokens[a], input: { ties: [{ toOrgId: b, level: 7, openness: 9 }] } },
			null
		);
		expect(bad.errors?.[0]?.extensions?.field).toBe('input.ties[0].level');
		expect(bad.errors?.[0]?.message).toMatch(
			/livello di collaborazione \(Ente B\): un numero da 0 a 5/
		);
		// A new link replaces the old one.
		const { issueSurveyLinks } = await ok<{
			issueSurveyLinks: Array<{ token: string; respondent: { orgId: string } }>;
		}>(LINKS, { s: one.id }, udpX());
		expect(codeOf(await execute(VIEW, { t: one.tokens[a] }, null))).toBe('NOT_FOUND');
		const fresh = issueSurveyLinks.find((l) => l.respondent.orgId === a)!.token;
		const resumed = await ok<View>(VIEW, { t: fresh }, null);
		expect(resumed.respondentSurvey.ties.map((t) => t.toOrgId)).toEqual([b]);
	});

	it('a closed or expired survey refuses answers and says so', async () => {
		const { id, tokens } = await openedSurvey('Chiusura');
		const [a, b] = ORGS as [string, string];
		await ok(
			SUBMIT,
			{
				t: tokens[a],
				input: {
					ties: [{ toOrgId: b, level: 4, reliability: 4, mission: 3, influence: 4 }],
					complete: true
				}
			},
			null
		);
		await ok(
			SUBMIT,
			{ t: tokens[b], input: { ties: [{ toOrgId: a, level: 2, reliability: 2 }], complete: true } },
			null
		);
		await ok(CLOSE, { id }, udpX());
		const refused = await execute(
			SUBMIT,
			{ t: tokens[a], input: { ties: [{ toOrgId: b, level: 1 }] } },
			null
		);
		expect(codeOf(refused)).toBe('FORBIDDEN');
		expect(refused.errors?.[0]?.message).toMatch(/chiusa/);
		const view = await ok<View>(VIEW, { t: tokens[a] }, null);
		expect(view.respondentSurvey).toMatchObject({ state: 'closed', others: [], ties: [] });

		// Closing wrote the pair as a collaboration from the survey: dated, level 2 (the lower of 4 and 2).
		const written = await readTx((tx) =>
			tx.run(
				`MATCH (x:Actor)-[c:COLLABORATES_WITH {collaborationSource: 'survey'}]-(y:Actor)
				 WHERE x.id = $a AND y.id = $b RETURN c {.strength, .trust, .value, .since} AS c`,
				{ a, b }
			)
		);
		expect(written.records.map((r) => r.get('c'))).toEqual([
			// trust items 4, 3, 2 → mean 3 on 1–4 → 3.67 → 4 on 1–5; value 4 → 5.
			{ strength: 2, trust: 4, value: '5', since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }
		]);

		const late = await openedSurvey('Scaduta');
		await writeTx((tx) =>
			tx.run(`MATCH (s:Survey {id: $id}) SET s.closesOn = '2020-01-31'`, { id: late.id })
		);
		expect((await ok<View>(VIEW, { t: late.tokens[a] }, null)).respondentSurvey.state).toBe(
			'expired'
		);
		const expired = await execute(
			SUBMIT,
			{ t: late.tokens[a], input: { ties: [{ toOrgId: b, level: 1 }] } },
			null
		);
		expect(codeOf(expired)).toBe('FORBIDDEN');
		expect(expired.errors?.[0]?.message).toMatch(/scaduto/);
	});
});

describe('limits on links', () => {
	it('one address gets 30 misses, then even a right link waits; another address does not', async () => {
		const { tokens } = await openedSurvey('Indovinelli');
		const address = `192.0.2.${Math.floor(Math.random() * 200) + 20}`;
		const wrong = 'x'.repeat(43);
		const outcomes = [];
		for (let i = 0; i < 30; i++)
			outcomes.push(codeOf(await execute(VIEW, { t: wrong }, null, address)));
		expect(outcomes).toEqual(Array(30).fill('NOT_FOUND'));
		const blocked = await execute(VIEW, { t: tokens[ORGS[0]!] }, null, address);
		expect(codeOf(blocked)).toBe('RATE_LIMITED');
		expect(blocked.errors?.[0]?.message).toMatch(/Troppe richieste: riprova tra \d+ min/);
		expect(codeOf(await execute(VIEW, { t: tokens[ORGS[0]!] }, null, '192.0.2.250'))).toBe('ok');
	});

	it('one link gets its stated number of requests per window', async () => {
		const { tokens } = await openedSurvey('Troppe richieste');
		const limits = { missesPerAddress: 30, requestsPerLink: 5, windowMs: 10 * 60_000 };
		const tie = { ties: [{ toOrgId: ORGS[1]!, level: 1 }] };
		for (let i = 0; i < 5; i++) await submitResponse(tokens[ORGS[0]!]!, tie, null, limits);
		await expect(submitResponse(tokens[ORGS[0]!]!, tie, null, limits)).rejects.toMatchObject({
			extensions: { code: 'RATE_LIMITED' }
		});
		// Another respondent's link is not held back.
		await expect(
			submitResponse(tokens[ORGS[1]!]!, { ties: [{ toOrgId: ORGS[0]!, level: 1 }] }, null, limits)
		).resolves.toMatchObject({ saved: 1 });
	});
});

describe('results', () => {
	const RESULTS = `query($s: ID!) { surveyResults(surveyId: $s) { withheld anonymous network { completed density } organisations { orgId trustReceived trustWithheld ratedBy } disagreements { a { id } } } }`;
	type Results = {
		surveyResults: {
			withheld: boolean;
			network: { completed: number; density: number };
			organisations: Array<{ orgId: string; trustReceived: number | null; trustWithheld: boolean }>;
			disagreements: unknown[];
		};
	};
	const rate = (token: string, to: string, level: number, reliability: number) =>
		ok(
			SUBMIT,
			{ t: token, input: { ties: [{ toOrgId: to, level, reliability }], complete: true } },
			null
		);

	it('an anonymous survey: nothing while open, and never a figure resting on fewer than 3 raters', async () => {
		const [a, b, c, d] = ORGS as [string, string, string, string];
		const { id, tokens } = await openedSurvey('Anonima', { anonymous: true });
		await rate(tokens[a]!, d, 3, 4);
		await rate(tokens[b]!, d, 3, 4);
		const early = await execute(RESULTS, { s: id }, udpX());
		expect(codeOf(early)).toBe('CONFLICT');
		expect(early.errors?.[0]?.message).toMatch(
			/anonima: i risultati si vedono solo dopo la chiusura/
		);
		await ok(CLOSE, { id }, udpX());
		const two = (await ok<Results>(RESULTS, { s: id }, udpX())).surveyResults;
		expect(two.organisations.find((o) => o.orgId === d)).toMatchObject({
			trustReceived: null,
			trustWithheld: true
		});
		expect(two.withheld).toBe(true);
		expect(two.disagreements).toEqual([]);
		// Another Ambito's office cannot read them.
		expect(codeOf(await execute(RESULTS, { s: id }, udpY()))).toBe('FORBIDDEN');

		const three = await openedSurvey('Anonima, tre', { anonymous: true });
		for (const from of [a, b, c]) await rate(three.tokens[from]!, d, 3, 4);
		await ok(CLOSE, { id: three.id }, udpX());
		const shown = (await ok<Results>(RESULTS, { s: three.id }, udpX())).surveyResults;
		expect(shown.organisations.find((o) => o.orgId === d)).toMatchObject({
			trustReceived: 100,
			trustWithheld: false
		});

		const compared = await ok<{
			compareSurveys: { gained: Array<{ a: { id: string }; b: { id: string } }> };
		}>(
			`query($a: ID!, $b: ID!) { compareSurveys(a: $a, b: $b) { gained { a { id } b { id } } } }`,
			{ a: id, b: three.id },
			udpX()
		);
		expect(compared.compareSurveys.gained.map((g) => [g.a.id, g.b.id].sort().join(' '))).toEqual([
			`${c} ${d}`
		]);
	});
});

describe('answers to download (pseudonymised)', () => {
	const ANSWERS = `query($s: ID!) { surveyAnswers(surveyId: $s) { code goals achieved answers { organisation level reliability } } }`;
	type Answers = {
		surveyAnswers: Array<{
			code: string;
			goals: number | null;
			achieved: string | null;
			answers: Array<{ organisation: string; level: number; reliability: number | null }>;
		}>;
	};
	const answer = (token: string, to: string, level: number, complete: boolean) =>
		ok(
			SUBMIT,
			{
				t: token,
				input: {
					ties: [{ toOrgId: to, level, reliability: level ? 3 : null }],
					partnership: { goals: 4, achieved: 'Un tavolo che si riunisce' },
					complete
				}
			},
			null
		);

	it('gives the complete answers with respondents as codes, never their names or ids', async () => {
		const [a, b, c, d] = ORGS as [string, string, string, string];
		const { id, tokens } = await openedSurvey('Da scaricare');
		await answer(tokens[a]!, d, 3, true);
		await answer(tokens[b]!, d, 2, true);
		await answer(tokens[c]!, d, 5, false);
		const got = (await ok<Answers>(ANSWERS, { s: id }, udpX())).surveyAnswers;
		// Only the two who completed, as codes; what they said about D, by D's name.
		expect(got.map((r) => r.code)).toEqual(['R01', 'R02']);
		expect(got.flatMap((r) => r.answers.map((x) => x.level)).sort()).toEqual([2, 3]);
		expect(got.every((r) => r.answers[0]!.organisation === 'Ente D')).toBe(true);
		expect(got[0]).toMatchObject({ goals: 4, achieved: 'Un tavolo che si riunisce' });
		const text = JSON.stringify(got);
		for (const who of [a, b, 'Ente A', 'Ente B']) expect(text).not.toContain(who);
		// Another Ambito's office cannot download them.
		expect(codeOf(await execute(ANSWERS, { s: id }, udpY()))).toBe('FORBIDDEN');
	});

	it('an anonymous survey: only once closed, and never with fewer than 3 complete answers', async () => {
		const [a, b, c, d] = ORGS as [string, string, string, string];
		const two = await openedSurvey('Anonima da scaricare', { anonymous: true });
		await answer(two.tokens[a]!, d, 3, true);
		await answer(two.tokens[b]!, d, 3, true);
		const open = await execute(ANSWERS, { s: two.id }, udpX());
		expect(codeOf(open)).toBe('CONFLICT');
		expect(open.errors?.[0]?.message).toMatch(/solo dopo la chiusura/);
		await ok(CLOSE, { id: two.id }, udpX());
		const few = await execute(ANSWERS, { s: two.id }, udpX());
		expect(codeOf(few)).toBe('CONFLICT');
		expect(few.errors?.[0]?.message).toMatch(/meno di 3 risposte complete/);

		const three = await openedSurvey('Anonima da scaricare, tre', { anonymous: true });
		for (const from of [a, b, c]) await answer(three.tokens[from]!, d, 2, true);
		await ok(CLOSE, { id: three.id }, udpX());
		const got = (await ok<Answers>(ANSWERS, { s: three.id }, udpX())).surveyAnswers;
		expect(got.map((r) => r.code)).toEqual(['R01', 'R02', 'R03']);
	});
});
