import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import { sendInvitations } from '../../src/lib/server/surveys/survey-invitations';
import { closeDriver, connectTestDatabase, execute, ok, testViewer } from '../helpers/graphql';
import { startSmtpReceiver, surveyTokenIn } from '../helpers/smtp';

/**
 * Invitations and reminders go through nodemailer to a real SMTP server started here (smtp-server,
 * in this process, on a free port): the mail that arrives carries the respondent's own working link.
 */
const P = 'svym';
const ORGS = ['a', 'b', 'c'].map((k) => `${P}-org-${k}`);
const ORIGIN = 'https://trama.esempio.it';
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let surveyId = '';

beforeAll(async () => {
	smtp = await startSmtpReceiver();
	await connectTestDatabase();
	const ambito = await readTx(async (tx) =>
		String(
			(await tx.run(`MATCH (a:Ambito) RETURN a.id AS id ORDER BY a.id LIMIT 1`)).records[0]!.get(
				'id'
			)
		)
	);
	await writeTx((tx) =>
		tx.run(
			`MATCH (amb:Ambito {id: $ambito})
			 MERGE (n:Network {id: $p + '-network'}) SET n.name = 'Rete conciliazione'
			 MERGE (n)-[:FOR]->(amb)
			 WITH n UNWIND range(0, 2) AS i
			 MERGE (a:Actor {id: $orgs[i]}) SET a.name = ['Asilo Nido', 'Biblioteca', 'Consultorio'][i], a.kind = 'odv'
			 MERGE (a)-[:MEMBER_OF]->(n)`,
			{ ambito, p: P, orgs: ORGS }
		)
	);
	const { createSurvey } = await ok<{ createSurvey: { id: string } }>(
		`mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }`,
		{
			input: {
				title: 'Rete 2026',
				networkId: `${P}-network`,
				opensOn: '2026-01-01',
				closesOn: '2099-06-30',
				anonymous: false,
				respondents: [
					{ orgId: ORGS[0], email: 'nido@example.org' },
					{ orgId: ORGS[1], email: 'biblioteca@example.org' },
					{ orgId: ORGS[2] }
				]
			}
		},
		testViewer()
	);
	surveyId = createSurvey.id;
	await ok(`mutation($id: ID!) { openSurvey(id: $id) { status } }`, { id: surveyId });
});

afterAll(async () => {
	await writeTx(async (tx) => {
		await tx.run(
			`MATCH (s:Survey {id: $id}) OPTIONAL MATCH (r:SurveyRespondent {surveyId: s.id})
			 OPTIONAL MATCH (x:SurveyAnswer {surveyId: s.id}) DETACH DELETE s, r, x`,
			{ id: surveyId }
		);
		await tx.run(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
	});
	await closeDriver();
	await smtp.stop();
});

const config = () => ({
	url: smtp.url,
	from: 'Ufficio di Piano <udp@example.org>'
});
const linkIn = (raw: string) => surveyTokenIn(raw, ORIGIN);
const VIEW = `query($t: String!) { respondentSurvey(token: $t) { organisation { name } } }`;

describe('invitations by e-mail', () => {
	it('each respondent with an address gets a mail with its own working link', async () => {
		const report = await sendInvitations(surveyId, false, config(), ORIGIN);
		expect(report).toEqual({ sent: 2, withoutEmail: ['Consultorio'], failed: [] });
		expect(smtp.received.map((r) => r.to).sort()).toEqual([
			'biblioteca@example.org',
			'nido@example.org'
		]);
		const nido = smtp.received.find((r) => r.to === 'nido@example.org')!;
		// Headers are MIME-encoded and folded: unfolded, the title shows through the Q encoding.
		expect(nido.raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(/Subject: .*Rete[ _]2026/);
		const token = linkIn(nido.raw)!;
		expect(token).toBeDefined();
		const view = await ok<{ respondentSurvey: { organisation: { name: string } } }>(
			VIEW,
			{ t: token },
			null
		);
		expect(view.respondentSurvey.organisation.name).toBe('Asilo Nido');
	});

	it('a reminder goes only to those who have not completed, and its link replaces the old one', async () => {
		const first = linkIn(smtp.received.find((r) => r.to === 'biblioteca@example.org')!.raw)!;
		await ok(
			`mutation($t: String!) { submitSurveyResponse(token: $t, input: { ties: [{ toOrgId: "${ORGS[0]}", level: 2 }], complete: true }) { complete } }`,
			{ t: first },
			null
		);
		const nidoFirst = linkIn(smtp.received.find((r) => r.to === 'nido@example.org')!.raw)!;
		smtp.received.length = 0;
		const report = await sendInvitations(surveyId, true, config(), ORIGIN);
		expect(report.sent).toBe(1);
		expect(smtp.received.map((r) => r.to)).toEqual(['nido@example.org']);
		expect(smtp.received[0]!.raw).toMatch(/Subject: .*Promemoria/);
		const fresh = linkIn(smtp.received[0]!.raw)!;
		// The reminded link replaces the first one; the one who completed keeps theirs.
		expect((await execute(VIEW, { t: nidoFirst }, null)).errors?.[0]?.extensions?.code).toBe(
			'NOT_FOUND'
		);
		expect((await execute(VIEW, { t: first }, null)).errors).toBeUndefined();
		const reminded = await ok<{ respondentSurvey: { organisation: { name: string } } }>(
			VIEW,
			{ t: fresh },
			null
		);
		expect(reminded.respondentSurvey.organisation.name).toBe('Asilo Nido');
		const track = await ok<{
			surveyInvitations: { respondents: Array<{ orgName: string; remindedAt: number | null }> };
		}>(
			`query($s: ID!) { surveyInvitations(surveyId: $s) { respondents { orgName remindedAt } } }`,
			{
				s: surveyId
			}
		);
		expect(
			track.surveyInvitations.respondents.filter((r) => r.remindedAt).map((r) => r.orgName)
		).toEqual(['Asilo Nido']);
	});

	it('without SMTP configured it says what to set, and sends nothing', async () => {
		const r = await execute(
			`mutation($s: ID!) { sendSurveyInvitations(surveyId: $s, reminder: false) { sent } }`,
			{ s: surveyId }
		);
		expect(r.errors?.[0]?.message).toMatch(/SMTP_URL e MAIL_FROM/);
	});
});
