/**
 * Before/after of the map page on one kept database: `prepare DATA_DIR` seeds it with the regional
 * generated graph and a user; `measure DATA_DIR BUILD...` serves each build in turn on it and times the
 * largest Ambito's map page in Chromium (mapPageInBrowser), alternating builds, and its HTML.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j } from '../../graph/local-neo4j';
import { prepareDatabase } from '../../src/cli/seed';
import { validateDocument } from '../../src/lib/domain/validation';
import { closeDriver, connect } from '../../src/lib/server/db/driver';
import { importDocument } from '../../src/lib/server/network/entities';
import { readTerritoryFiles } from '../../src/lib/server/territory/territory-files';
import { generateRegionalDocument } from '../generate';
import { percentile, repeat, round, stats } from '../stats';
import { scaledPlan } from '../workload';
import { AppFleet } from './apps';
import { mapPageInBrowser } from './browser-pages';
import { createBenchAdmin, getPage, signIn } from './client';

const AMBITO = process.env.MAP_AMBITO ?? 'ambito-ambito-distrettuale-cremasco';
const [mode, dataDir, ...builds] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: map-page-ab.ts prepare|measure DATA_DIR [BUILD...]');
const neo4j = await startLocalNeo4j({ dataDir, boltPort: 0, heapMb: 2048 });
const accountFile = path.join(dataDir, 'account.json');
try {
	if (mode === 'prepare') {
		await connect({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j' });
		await prepareDatabase();
		const doc = generateRegionalDocument(await readTerritoryFiles(), 20260, scaledPlan(1));
		await importDocument(doc, { by: 'bench', source: 'bench seed 20260' }, validateDocument);
		await closeDriver();
		const account = await createBenchAdmin(neo4j.uri, 'bench-map@trama.test', 'Bench');
		await writeFile(accountFile, JSON.stringify(account));
	} else {
		const account = JSON.parse(await readFile(accountFile, 'utf8'));
		const rounds = Number(process.env.MAP_ROUNDS ?? 2);
		const runs = Number(process.env.MAP_RUNS ?? 5);
		const drawn: Record<string, number[]> = {};
		const html: Record<string, number[]> = {};
		for (let r = 0; r < rounds; r++)
			for (const build of builds) {
				const fleet = new AppFleet(build);
				const app = await fleet.start(path.basename(build), neo4j.uri);
				try {
					const cookie = await signIn(app.url, account.email, account.password);
					let bytes = 0;
					const pages = await repeat(5, 2, async () => {
						bytes = (await getPage(app.url, cookie, `/mappa?ambito=${AMBITO}`)).bytes;
					});
					const res = await mapPageInBrowser(app.url, cookie, AMBITO, runs);
					(drawn[build] ??= []).push(...res.drawnMsEach.filter((x): x is number => x !== null));
					(html[build] ??= []).push(stats(pages).medianMs as number);
					console.log(
						JSON.stringify({
							build,
							round: r,
							load: os.loadavg().map((x) => round(x, 2)),
							htmlBytes: bytes,
							htmlP50: stats(pages).medianMs,
							...res
						})
					);
				} finally {
					await fleet.stopAll();
				}
			}
		for (const build of builds)
			console.log(
				build,
				'drawn p50',
				round(percentile(drawn[build]!, 50)),
				'html p50',
				html[build]
			);
	}
} finally {
	await neo4j.stop();
}
