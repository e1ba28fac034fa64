import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManagedTransaction } from 'neo4j-driver';
import { readTx, writeTx } from '../../src/lib/server/db/driver';
import {
	closeSurvey,
	createSurvey,
	issueLinks,
	openSurvey,
	submitResponse
} from '../../src/lib/server/surveys/survey-service';
import { firstAmbitoId, removeSurveysOf } from '../helpers/surveys';
import { closeDriver, connectTestDatabase, testViewer } from '../helpers/graphql';

/**
 * Saves lock only their own respondent (so different respondents save at the same time); closing
 * locks every respondent. Whatever the interleaving, a save lands before the close reads the
 * answers, or is refused after it: no answer is ever written after the closing snapshot.
 */
const P = 'svyc';
const N = 20;
const orgs = Array.from({ length: N }, (_, i) => `${P}-org-${String(i).padStart(2, '0')}`);
const ADDRESS = '198.51.100.7';
let ambito = '';

beforeAll(async () => {
	await connectTestDatabase();
	ambito = await firstAmbitoId();
	await writeTx((tx) =>
		tx.run(
			`MATCH (amb:Ambito {id: $ambito})
			 MERGE (n:Network {id: $p + '-network'}) SET n.name = 'Rete della corsa'
			 MERGE (n)-[:FOR]->(amb)
			 WITH n UNWIND $orgs AS id
			 MERGE (a:Actor {id: id}) SET a.name = 'Ente ' + id, a.kind = 'odv'
			 MERGE (a)-[:MEMBER_OF]->(n)`,
			{ ambito, p: P, orgs }
		)
	);
});

afterAll(async () => {
	await removeSurveysOf(`${P}-network`);
	await writeTx(async (tx) => {
		await tx.run(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
	});
	await closeDriver();
});

async function openRound(title: string) {
	const survey = await createSurvey(
		{
			title,
			networkId: `${P}-network`,
			opensOn: '2026-01-01',
			closesOn: '2099-12-31',
			anonymous: false
		},
		{ ambitoIds: [ambito] },
		testViewer({ id: `${P}-udp` })
	);
	await openSurvey(survey.id);
	const links = await issueLinks(survey.id, null);
	return { id: survey.id, token: new Map(links.map((l) => [l.orgId, l.token])) };
}

/** Every stored answer of the survey: key -> level and the moment it was written. */
const answersIn = async (tx: Pick<ManagedTransaction, 'run'>, surveyId: string) =>
	new Map(
		(
			await tx.run(
				`MATCH (a:SurveyAnswer {surveyId: $surveyId}) RETURN a.key AS key, a.level + ':' + a.at AS v`,
				{ surveyId }
			)
		).records.map((r) => [r.get('key') as string, r.get('v') as string])
	);

const tiesFrom = (i: number, others: readonly number[]) =>
	others.map((j) => ({ toOrgId: orgs[j]!, level: 1 + ((i + j) % 5) }));

const settled = <T>(p: Promise<T>) =>
	p.then(
		(value) => ({ ok: true as const, value }),
		(error: unknown) => ({ ok: false as const, error })
	);

describe('closing a survey while respondents are saving', () => {
	it('a save that arrives while the close is running waits for it and is refused', async () => {
		const round = await openRound('Chiusura durante un salvataggio');
		await submitResponse(
			round.token.get(orgs[0]!)!,
			{ ties: tiesFrom(0, [1, 2, 3]), complete: true },
			ADDRESS
		);
		let snapshot = new Map<string, string>();
		let late: Promise<Awaited<ReturnType<typeof settled>>> | null = null;
		await closeSurvey(round.id, async (tx) => {
			snapshot = await answersIn(tx, round.id);
			// Inside the close, before it commits: the save is sent now, and the close goes on only
			// once that save has finished or has had ample time to (it waits on its respondent's lock).
			late = settled(
				submitResponse(
					round.token.get(orgs[1]!)!,
					{ ties: tiesFrom(1, [0, 2, 3]), complete: true },
					ADDRESS
				)
			);
			await Promise.race([late, new Promise((r) => setTimeout(r, 1500))]);
		});
		const outcome = await late!;
		expect(outcome.ok).toBe(false);
		expect(String((outcome as { error: unknown }).error)).toMatch(/chiusa/);
		expect(snapshot.size).toBe(3);
		expect(await readTx((tx) => answersIn(tx, round.id))).toEqual(snapshot);
	});

	it(`${N} respondents saving ten at a time while the survey closes: every answer is in the snapshot or refused`, async () => {
		const round = await openRound('Chiusura durante una raccolta');
		const accepted = new Set<string>();
		const refused = new Set<string>();
		let snapshot = new Map<string, string>();
		let closing: Promise<unknown> | null = null;
		// Each respondent saves its 19 organisations two at a time; the close starts after 40 saves.
		const queue = orgs.map((_, i) => i);
		const worker = async () => {
			for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
				const others = orgs.map((_, j) => j).filter((j) => j !== i);
				for (let at = 0; at < others.length; at += 2) {
					const ties = tiesFrom(i, others.slice(at, at + 2));
					const keys = ties.map((t) => `${orgs[i]}:${t.toOrgId}`);
					const r = await settled(
						submitResponse(
							round.token.get(orgs[i]!)!,
							{ ties, complete: at + 2 >= others.length },
							ADDRESS
						)
					);
					if (!r.ok) {
						expect(String(r.error)).toMatch(/chiusa/);
						keys.forEach((k) => refused.add(k));
						break;
					}
					keys.forEach((k) => accepted.add(k));
					if (accepted.size >= 80 && !closing)
						closing = closeSurvey(round.id, async (tx) => {
							snapshot = await answersIn(tx, round.id);
						});
				}
			}
		};
		await Promise.all(Array.from({ length: 10 }, worker));
		await closing;

		const stored = await readTx((tx) => answersIn(tx, round.id));
		const respondentIds = await readTx(async (tx) =>
			(
				await tx.run(
					`MATCH (r:SurveyRespondent {surveyId: $id}) RETURN r.id AS id, r.orgId AS org`,
					{
						id: round.id
					}
				)
			).records.map((r) => [r.get('org') as string, r.get('id') as string] as const)
		);
		const keyOf = new Map(respondentIds);
		const storedKey = (k: string) => {
			const [from, to] = [k.slice(0, k.lastIndexOf(':')), k.slice(k.lastIndexOf(':') + 1)];
			return `${keyOf.get(from)}:${to}`;
		};
		// Nothing changed after the snapshot, and the close did catch saves in flight on both sides.
		expect(stored).toEqual(snapshot);
		expect(refused.size).toBeGreaterThan(0);
		for (const k of accepted) expect(stored.has(storedKey(k))).toBe(true);
		for (const k of refused) expect(stored.has(storedKey(k))).toBe(false);
	});
});
