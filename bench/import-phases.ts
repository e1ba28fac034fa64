/**
 * The bulk import alone, phase by phase (issue 20: "bulk import of the regional document ≤ 12 s,
 * app peak RSS ≤ 600 MB"). Generates the regional document at BENCH_SCALE (default 1) and
 * BENCH_SEED, starts a throw-away Neo4j as bench/run.ts does (the heap and page cache of
 * graph/neo4j-memory.ts, prepared as `npm start` prepares it), and imports it with `importDocument(doc, stamp, validateDocument)`, the users' path,
 * in one transaction. Prints the total, then per phase: validate, the reference checks, each
 * kind's write (every query the transaction runs, timed from its call to its last record and
 * grouped by what it writes), the JavaScript between them, the commit; and the process's peak RSS
 * (VmHWM) before and after the import, and the CPU seconds Neo4j spent on the import and on its
 * commit (steadier than wall-clock time when other work loads the machine). Appends one line to bench/results/import.txt.
 *
 * npx tsx bench/import-phases.ts [--label after] [--code DIR] [--profile]
 * --code DIR imports the app's modules (not the Neo4j launcher) from another checkout of the repository (e.g. main exported
 *   with `git archive main src graph | tar -x -C .data/base`), so two versions are timed back to back
 *   by one script on the same generated document.
 * --profile runs every write query with PROFILE and prints its operators (db hits, rows, Eager).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { startLocalNeo4j, type LocalNeo4j } from '../graph/local-neo4j';
import { neo4jMemory } from '../graph/neo4j-memory';
import { readTerritoryFiles } from '../src/lib/server/territory/territory-files';
import { documentSize, generateRegionalDocument } from './generate';
import { procStatus, round } from './stats';
import { scaledPlan } from './workload';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = Number(process.env.BENCH_SEED ?? 20260);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);

/**
 * What a query of the import does, from its text: its phase's name. Set-membership reads up to the
 * check that no actor takes a territorial body's id (the reference checks' last) are the reference
 * checks; after it, the write's look-up of existing ids.
 */
function phaseOf(query: string, checked: boolean): string {
	const q = query.replace(/\s+/g, ' ');
	if (/data_?version|DataVersion/i.test(q)) return 'data version';
	if (/^MATCH \(\w*\)?-?\[?\w*:\w+\]?-?>?\(?\)? WHERE \w+\.\w+ IN \$ids/.test(q))
		return checked ? 'write: existing ids' : 'checkReferences';
	const written = /(?:MERGE|CREATE) \(\w*:(\w+)|(?:MERGE|CREATE) \(\w+\)-\[\w*:(\w+)/.exec(q);
	if (written) return `write ${written[1] ?? written[2]}`;
	const rel = /-\[\w*:(\w+)[^\]]*\]->/.exec(q);
	return `other ${rel?.[1] ?? q.slice(0, 40)}`;
}

interface PlanNode {
	operatorType: string;
	dbHits: number;
	rows: number;
	arguments: Record<string, unknown>;
	children: PlanNode[];
}

function printPlan(plan: PlanNode, depth = 0): void {
	const details = String(plan.arguments['Details'] ?? '').slice(0, 110);
	console.log(
		`    ${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits} ${details}`
	);
	for (const child of plan.children) printPlan(child, depth + 1);
}

/**
 * CPU seconds (user + system, every thread: GC and JIT included) the process has used so far. On a
 * machine other work loads, wall-clock phases stretch with the load; Neo4j's CPU hardly does.
 */
function cpuSeconds(pid: number, tid?: string): number {
	const stat = readFileSync(`/proc/${pid}${tid ? `/task/${tid}` : ''}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// utime and stime are fields 14 and 15 of proc(5), 12 and 13 after the command's ")".
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds per kind of thread of the process (its threads' names without their numbers: the JIT
 * compilers, the garbage collector, Neo4j's Bolt workers…); threads that ended are not counted.
 */
function cpuSecondsByThread(pid: number): Map<string, number> {
	const byKind = new Map<string, number>();
	for (const tid of readdirSync(`/proc/${pid}/task`)) {
		try {
			const kind = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8')
				.trim()
				.replace(/[\d#-]+$/, '');
			byKind.set(kind, (byKind.get(kind) ?? 0) + cpuSeconds(pid, tid));
		} catch {
			// the thread ended meanwhile
		}
	}
	return byKind;
}

/**
 * Times every query run in a managed transaction (the driver's ManagedTransaction.run, patched for
 * this process only): from the call to the moment its records are all in.
 */
function instrument(profile: boolean, neo4jPid: number) {
	const phases = new Map<string, { ms: number; queries: number; boltCpuS: number }>();
	const boltCpu = () => cpuSecondsByThread(neo4jPid).get('neo4j.BoltWorke') ?? 0;
	let lastEnd = 0;
	let lastEndNeo4jCpu = 0;
	let lastEndNeo4jThreads = new Map<string, number>();
	let jsMs = 0;
	let outstanding = 0;
	let checked = false; // the reference checks are done (see phaseOf)
	const proto = neo4j.ManagedTransaction.prototype as unknown as {
		run: (q: string, p?: unknown) => PromiseLike<unknown> & Record<string, unknown>;
	};
	const run = proto.run;
	proto.run = function (query: string, params?: unknown) {
		const t0 = performance.now();
		const bolt0 = boltCpu();
		// Only the gaps in which Neo4j had no query of the transaction count: writes are sent
		// before the previous one is done (document-write.ts), so the app works meanwhile.
		if (lastEnd && outstanding === 0) jsMs += t0 - lastEnd;
		outstanding += 1;
		const name = phaseOf(query, checked);
		if (query.includes('$territorial')) checked = true;
		const profiled = profile && name.startsWith('write');
		const result = run.call(this, profiled ? `PROFILE ${query}` : query, params);
		result.then(
			(r) => {
				outstanding -= 1;
				const end = performance.now();
				lastEnd = end;
				lastEndNeo4jCpu = cpuSeconds(neo4jPid);
				lastEndNeo4jThreads = cpuSecondsByThread(neo4jPid);
				const p = phases.get(name) ?? { ms: 0, queries: 0, boltCpuS: 0 };
				p.ms += end - t0;
				p.boltCpuS += (lastEndNeo4jThreads.get('neo4j.BoltWorke') ?? 0) - bolt0;
				p.queries += 1;
				phases.set(name, p);
				const plan = (r as { summary?: { profile?: PlanNode | false } }).summary?.profile;
				if (profiled && plan) {
					console.log(`  PROFILE ${name} (${Math.round(end - t0)} ms):`);
					printPlan(plan);
				}
			},
			() => {
				outstanding -= 1;
			}
		);
		return result;
	};
	return {
		phases,
		/** JavaScript while no query of the transaction ran (building parameters, checks). */
		jsMs: () => jsMs,
		lastQueryEnd: () => lastEnd,
		/** Neo4j's CPU seconds when the last query's records were in: what follows is the commit's. */
		neo4jCpuAtLastQueryEnd: () => lastEndNeo4jCpu,
		neo4jThreadsAtLastQueryEnd: () => lastEndNeo4jThreads
	};
}

async function main() {
	const { values } = parseArgs({
		options: {
			label: { type: 'string', default: 'run' },
			code: { type: 'string' },
			profile: { type: 'boolean', default: false }
		}
	});
	const code = path.resolve(values.code ?? ROOT);
	const load = <T>(file: string): Promise<T> =>
		import(pathToFileURL(path.join(code, file)).href) as Promise<T>;
	const { prepareDatabase } = await load<typeof import('../src/cli/seed')>('src/cli/seed.ts');
	const { validateDocument } = await load<typeof import('../src/lib/domain/validation')>(
		'src/lib/domain/validation.ts'
	);
	const { connect, closeDriver } = await load<typeof import('../src/lib/server/db/driver')>(
		'src/lib/server/db/driver.ts'
	);
	const { importDocument } = await load<typeof import('../src/lib/server/network/entities')>(
		'src/lib/server/network/entities.ts'
	);
	const log = (msg: string) => console.log(`[import-phases] ${msg}`);
	const loadAtStart = os.loadavg();
	const dataDir = await mkdtemp(path.join(os.tmpdir(), 'trama-bench-import-'));
	let db: LocalNeo4j | null = null;
	try {
		db = await startLocalNeo4j({ dataDir, boltPort: 0 });
		await connect({ uri: db.uri, user: 'neo4j', password: '', database: 'neo4j' });
		await prepareDatabase();
		let doc: ReturnType<typeof generateRegionalDocument> | null = generateRegionalDocument(
			await readTerritoryFiles(),
			SEED,
			scaledPlan(SCALE)
		);
		const size = documentSize(doc);
		log(`${values.label}: ${size.nodes} nodes, ${size.relations} relations (scale ${SCALE})`);
		const before = await procStatus('self');
		const timing = instrument(values.profile, db.pid);
		const neo4jCpuBefore = cpuSeconds(db.pid);
		const appCpuBefore = process.cpuUsage();
		const threadsBefore = cpuSecondsByThread(db.pid);
		let validateMs = 0;
		const t0 = performance.now();
		await importDocument(doc, { by: 'bench', source: `bench seed ${SEED}` }, (d) => {
			const v0 = performance.now();
			const problems = validateDocument(d);
			validateMs = performance.now() - v0;
			return problems;
		});
		const totalMs = performance.now() - t0;
		const commitMs = performance.now() - timing.lastQueryEnd();
		const neo4jCpuAfter = cpuSeconds(db.pid);
		const appCpu = process.cpuUsage(appCpuBefore);
		const threadsAfter = cpuSecondsByThread(db.pid);
		const since = (earlier: Map<string, number>) =>
			[...threadsAfter]
				.map(([kind, s]) => [kind, round(s - (earlier.get(kind) ?? 0), 1)!] as const)
				.filter(([, s]) => s >= 0.1)
				.sort((a, b) => b[1] - a[1]);
		const byThread = since(threadsBefore);
		const commitByThread = since(timing.neo4jThreadsAtLastQueryEnd());
		const neo4jCpuS = {
			import: round(neo4jCpuAfter - neo4jCpuBefore, 1),
			commit: round(neo4jCpuAfter - timing.neo4jCpuAtLastQueryEnd(), 1),
			byThread: Object.fromEntries(byThread),
			commitByThread: Object.fromEntries(commitByThread)
		};
		const appCpuS = round((appCpu.user + appCpu.system) / 1e6, 1);
		doc = null;
		const after = await procStatus('self');
		const phases: Record<string, number> = { validate: round(validateMs, 0)! };
		for (const [name, p] of timing.phases) phases[name] = round(p.ms, 0)!;
		phases['js between queries'] = round(timing.jsMs(), 0)!;
		phases.commit = round(commitMs, 0)!;
		log(`total ${(totalMs / 1000).toFixed(2)} s`);
		for (const [name, ms] of Object.entries(phases))
			log(
				`  ${name.padEnd(24)} ${String(ms).padStart(7)} ms  (${timing.phases.get(name)?.queries ?? '-'} queries)` +
					(timing.phases.has(name)
						? `  Bolt worker ${timing.phases.get(name)!.boltCpuS.toFixed(2)} s CPU`
						: '')
			);
		// The Bolt worker runs the transaction's queries one after another: its CPU per phase is
		// the import's critical path, which other work on the machine stretches far less than wall time.
		const boltCpuByPhase = Object.fromEntries(
			[...timing.phases].map(([name, p]) => [name, round(p.boltCpuS, 2)])
		);
		log(`Neo4j CPU ${neo4jCpuS.import} s, of which the commit ${neo4jCpuS.commit} s`);
		log(`app (this process) CPU ${appCpuS} s`);
		const threads = (list: typeof byThread) => list.map(([kind, s]) => `${kind} ${s} s`).join(', ');
		log(`  by thread: ${threads(byThread)}`);
		log(`  the commit by thread: ${threads(commitByThread)}`);
		log(`peak RSS (VmHWM) before import ${before?.hwmMb} MB, after ${after?.hwmMb} MB`);
		const line = {
			at: new Date().toISOString(),
			label: values.label,
			code: path.relative(ROOT, code) || '.',
			scale: SCALE,
			seed: SEED,
			nodes: size.nodes,
			relations: size.relations,
			totalS: round(totalMs / 1000, 2),
			phasesMs: phases,
			neo4jCpuS,
			boltCpuByPhase,
			appCpuS,
			neo4jHeapMb: neo4jMemory().heapMb,
			peakRssMbBeforeImport: before?.hwmMb,
			peakRssMb: after?.hwmMb,
			loadAverageAtStart: loadAtStart.map((x) => round(x, 2)),
			loadAverageAtEnd: os.loadavg().map((x) => round(x, 2))
		};
		if (!values.profile)
			await appendFile(
				path.join(ROOT, 'bench', 'results', 'import.txt'),
				`${JSON.stringify(line)}\n`
			);
	} finally {
		await closeDriver();
		await db?.stop();
		await rm(dataDir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
