import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import {
	createSurvey,
	issueLinks,
	openSurvey,
	submitResponse
} from '../../src/lib/server/surveys/survey-service';
import { closeSurveyWritingResults } from '../../src/lib/server/surveys/survey-results';
import { closeDriver, connectTestDatabase, testViewer } from '../helpers/graphql';

/**
 * A simulated round (issue 19): 200 respondents, each rating 30 organisations of the list, saved as
 * phones save them (a few organisations per request, ten respondents at a time), through the same
 * service the API calls. Every answer must be stored, none lost or doubled. The time is printed for
 * the report (bench/ is where speed is judged), never asserted.
 */
const P = 'svyr';
const N = 200;
const RATED = 30;
const PER_SAVE = 5;
const CONCURRENCY = 10;
const orgs = Array.from({ length: N }, (_, i) => `${P}-org-${String(i).padStart(3, '0')}`);
let surveyId = '';

beforeAll(async () => {
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
			 MERGE (n:Network {id: $p + '-network'}) SET n.name = 'Rete grande'
			 MERGE (n)-[:FOR]->(amb)
			 WITH n UNWIND $orgs AS id
			 MERGE (a:Actor {id: id}) SET a.name = 'Ente ' + id, a.kind = 'odv'
			 MERGE (a)-[:MEMBER_OF]->(n)`,
			{ ambito, p: P, orgs }
		)
	);
	const survey = await createSurvey(
		{
			title: 'Round simulato',
			networkId: `${P}-network`,
			opensOn: '2026-01-01',
			closesOn: '2099-12-31',
			anonymous: false
		},
		{ ambitoIds: [ambito] },
		testViewer()
	);
	surveyId = survey.id;
	await openSurvey(surveyId);
});

afterAll(async () => {
	await writeTx(async (tx) => {
		await tx.run(`MATCH (x:SurveyAnswer {surveyId: $id}) DELETE x`, { id: surveyId });
		await tx.run(`MATCH (r:SurveyRespondent {surveyId: $id}) DELETE r`, { id: surveyId });
		await tx.run(`MATCH (s:Survey {id: $id}) DELETE s`, { id: surveyId });
		await tx.run(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
	});
	await closeDriver();
});

/**
 * Respondent i rates the 15 organisations on each side of it on the list (30 in all), at a level
 * that depends on the distance: both sides of each pair rate it alike, so every pair is a tie.
 */
const tiesOf = (i: number) =>
	Array.from({ length: RATED }, (_, k) => {
		const d = 1 + (k >> 1);
		return {
			toOrgId: orgs[(i + (k % 2 ? -d : d) + N) % N]!,
			level: 1 + (d % 5),
			reliability: 1 + ((i + k) % 4)
		};
	});

describe(`a round of ${N} respondents × ${RATED} organisations`, () => {
	// A generous limit, not a timed assertion: the machine is shared, the time is printed instead.
	it('stores every answer exactly once', { timeout: 900_000 }, async () => {
		const links = await issueLinks(surveyId, null);
		const token = new Map(links.map((l) => [l.orgId, l.token]));
		const started = performance.now();
		const queue = orgs.map((org, i) => ({ token: token.get(org)!, ties: tiesOf(i) }));
		const worker = async () => {
			for (let job = queue.shift(); job; job = queue.shift())
				for (let at = 0; at < RATED; at += PER_SAVE)
					await submitResponse(
						job.token,
						{ ties: job.ties.slice(at, at + PER_SAVE), complete: at + PER_SAVE >= RATED },
						'198.51.100.1'
					);
		};
		await Promise.all(Array.from({ length: CONCURRENCY }, worker));
		const answering = performance.now() - started;

		const stored = await readTx(async (tx) => {
			const r = await tx.run(
				`MATCH (x:SurveyAnswer {surveyId: $id})
				 RETURN count(x) AS answers, count(DISTINCT x.key) AS keys, sum(x.level) AS levels`,
				{ id: surveyId }
			);
			const c = await tx.run(
				`MATCH (r:SurveyRespondent {surveyId: $id, status: 'completed'}) RETURN count(r) AS n`,
				{ id: surveyId }
			);
			return { ...r.records[0]!.toObject(), completed: c.records[0]!.get('n') };
		});
		const expectedLevels = orgs.reduce(
			(s, _, i) => s + tiesOf(i).reduce((t, x) => t + x.level, 0),
			0
		);
		expect(stored).toEqual({
			answers: N * RATED,
			keys: N * RATED,
			levels: expectedLevels,
			completed: N
		});

		const closing = performance.now();
		await closeSurveyWritingResults(surveyId, 'test');
		const closed = performance.now() - closing;
		const written = await readTx(async (tx) =>
			(
				await tx.run(
					`MATCH (a:Actor)-[c:COLLABORATES_WITH {collaborationSource: 'survey'}]->(:Actor)
					 WHERE a.id STARTS WITH $p RETURN count(c) AS n`,
					{ p: P }
				)
			).records[0]!.get('n')
		);
		// Every respondent and its 15 neighbours on each side: N · 15 pairs.
		expect(written).toBe((N * RATED) / 2);
		console.log(
			`survey round: ${N} respondents × ${RATED} organisations = ${N * RATED} answers in ${(N * RATED) / PER_SAVE} saves ` +
				`(${CONCURRENCY} at a time): ${(answering / 1000).toFixed(1)} s; closing with ${written} collaborations written: ${(closed / 1000).toFixed(1)} s`
		);
	});
});
