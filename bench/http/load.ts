/**
 * Many signed-in users at once, with autocannon (a well-kept HTTP load tool): each connection is one
 * user with its own session, sending one request at a time (no pipelining) from a mix of steps, each
 * connection starting at a different place in the mix. Bounded by a request count and a time, on
 * loopback. Latency per kind is timed here (autocannon reports no p95); throughput, errors and
 * timeouts come from autocannon and from the answers (a GraphQL answer with `errors` is an error).
 */
import autocannon from 'autocannon';
import { CSRF_HEADER, getPage, graphql } from './client';
import { percentile, round, spread } from '../stats';

export type StepKind = 'map' | 'ranking' | 'scorecard' | 'search';

export interface LoadStep {
	kind: StepKind;
	/** a page (GET) or a GraphQL operation (POST /graphql) */
	path: string;
	graphql?: { query: string; variables: Record<string, unknown> };
}

/** The 20 steps a browsing user repeats: 4 map pages, 2 rankings, 8 scorecards, 6 searches. */
const PATTERN: StepKind[] = [
	'map',
	'scorecard',
	'search',
	'scorecard',
	'search',
	'map',
	'scorecard',
	'ranking',
	'search',
	'scorecard',
	'map',
	'scorecard',
	'search',
	'scorecard',
	'ranking',
	'map',
	'scorecard',
	'search',
	'scorecard',
	'search'
];

export const SEARCH_QUERY = `query BenchSearch($search: String, $first: Int) {
	actors(search: $search, first: $first) { totalCount edges { node { id name kind } } }
}`;

export const REGIONAL_RANKING_PAGE = '/valutazione?vista=regione';
export const mapPath = (id: string) => `/mappa?ambito=${encodeURIComponent(id)}`;
export const scorecardPath = (id: string) => `/valutazione/progetti/${encodeURIComponent(id)}`;

/** Every Ambito with its network's size at depth 1, largest first (the map steps take them in turn). */
export async function ambitiBySize(url: string, cookie: string) {
	const ambitiOf = await graphql<{
		territory: {
			ats: Array<{ ambiti: Array<{ id: string }> }>;
			ambitiWithoutAts: Array<{ id: string }>;
		};
	}>(url, cookie, '{ territory { ats { ambiti { id } } ambitiWithoutAts { id } } }');
	const ambitoIds = [
		...ambitiOf.value.territory.ats.flatMap((a) => a.ambiti.map((x) => x.id)),
		...ambitiOf.value.territory.ambitiWithoutAts.map((x) => x.id)
	].sort();
	const sizes: Array<{ id: string; nodes: number }> = [];
	for (const id of ambitoIds) {
		const view = await graphql<{ ambitoNetwork: { nodes: unknown[] } | null }>(
			url,
			cookie,
			'query($a: ID!) { ambitoNetwork(ambitoId: $a, depth: 1, maxNodes: 20000) { nodes { id } } }',
			{ a: id }
		);
		sizes.push({ id, nodes: view.value.ambitoNetwork?.nodes.length ?? 0 });
	}
	return sizes.sort((a, b) => b.nodes - a.nodes || a.id.localeCompare(b.id));
}

/**
 * The mix's 100 steps (PATTERN five times): every Ambito's map in turn, the regional ranking and the
 * latest call's, 200 projects' scorecard pages, the actor searches.
 */
export function browsingMix(
	ambitiBySize: Array<{ id: string }>,
	doc: { calls: Array<{ id: string }>; projects: Array<{ id: string }> },
	searchTerms: string[]
): LoadStep[] {
	const byKind: Record<StepKind, string[]> = {
		map: ambitiBySize.map((a) => mapPath(a.id)),
		ranking: [
			REGIONAL_RANKING_PAGE,
			`/valutazione?bando=${encodeURIComponent(doc.calls.at(-1)!.id)}`
		],
		scorecard: spread(
			doc.projects.map((p) => p.id),
			200
		).map(scorecardPath),
		search: searchTerms
	};
	return Array.from({ length: PATTERN.length * 5 }, (_, i) => {
		const kind = PATTERN[i % PATTERN.length]!;
		const list = byKind[kind];
		const pick = list[(Math.floor(i / PATTERN.length) * 7 + i) % list.length]!;
		return kind === 'search'
			? {
					kind,
					path: '/graphql',
					graphql: { query: SEARCH_QUERY, variables: { search: pick, first: 20 } }
				}
			: { kind, path: pick };
	});
}

export interface LoadOptions {
	url: string;
	/** one session cookie per user (`name=value`) */
	cookies: string[];
	steps: LoadStep[];
	connections: number;
	maxRequests: number;
	maxSeconds: number;
	timeoutSeconds: number;
}

interface KindTally {
	samples: number[];
	errors: number;
	timeouts: number;
}

/** What autocannon's per-connection context holds for us (it is cloned per connection). */
interface Context {
	user?: number;
	kind?: StepKind;
	sentAt?: number;
	/** the request sent and not yet answered (a timeout leaves it set) */
	pending?: boolean;
}

/**
 * Every distinct step of the mix requested once on each process, one at a time, not timed: the
 * measured runs then compare processes that have seen the same pages (the one-process run's app had
 * been through the single-request timings; two fresh processes had not, and their first requests for
 * a call's ranking waited 30 s under the load). Cold costs are measured on their own (first ranking
 * after start, the single-request timings).
 */
export async function warmProcesses(urls: string[], cookie: string, steps: LoadStep[]) {
	const distinct = new Map(steps.map((s) => [JSON.stringify([s.path, s.graphql]), s]));
	const started = performance.now();
	for (const url of urls)
		for (const step of distinct.values())
			if (step.graphql) await graphql(url, cookie, step.graphql.query, step.graphql.variables);
			else await getPage(url, cookie, step.path);
	return {
		steps: distinct.size,
		processes: urls.length,
		ms: Math.round(performance.now() - started)
	};
}

export async function runLoad(options: LoadOptions) {
	const tally = Object.fromEntries(
		(['map', 'ranking', 'scorecard', 'search'] as const).map((k) => [
			k,
			{ samples: [], errors: 0, timeouts: 0 } as KindTally
		])
	) as Record<StepKind, KindTally>;
	const errorExamples: string[] = [];
	let users = 0;
	const { steps } = options;
	const stepFor = (i: number, ctx: Context) =>
		steps[(i + Math.floor(((ctx.user ?? 0) * steps.length) / options.connections)) % steps.length]!;

	const requests = steps.map((_, i) => ({
		setupRequest: (request: Record<string, unknown>, ctx: Context) => {
			if (ctx.pending && ctx.kind) tally[ctx.kind].timeouts++;
			ctx.user ??= users++;
			const step = stepFor(i, ctx);
			ctx.kind = step.kind;
			ctx.pending = true;
			ctx.sentAt = performance.now();
			const cookie = options.cookies[ctx.user % options.cookies.length]!;
			return step.graphql
				? {
						...request,
						method: 'POST',
						path: '/graphql',
						headers: {
							cookie,
							'content-type': 'application/json',
							accept: 'application/json',
							...CSRF_HEADER
						},
						body: JSON.stringify(step.graphql)
					}
				: { ...request, method: 'GET', path: step.path, headers: { cookie, accept: 'text/html' } };
		},
		onResponse: (status: number, body: string, ctx: Context) => {
			const kind = ctx.kind!;
			ctx.pending = false;
			tally[kind].samples.push(performance.now() - ctx.sentAt!);
			const graphqlFailed = body.startsWith('{') && /"errors"\s*:/.test(body.slice(0, 200));
			if (status !== 200 || graphqlFailed) {
				tally[kind].errors++;
				if (errorExamples.length < 5)
					errorExamples.push(`${kind} ${status}: ${body.slice(0, 200)}`);
			}
		}
	}));

	let finished: (result: autocannon.Result) => void = () => {};
	let failed: (error: Error) => void = () => {};
	const done = new Promise<autocannon.Result>((resolve, reject) => {
		finished = resolve;
		failed = reject;
	});
	const instance = autocannon(
		{
			url: options.url,
			connections: options.connections,
			pipelining: 1,
			amount: options.maxRequests,
			timeout: options.timeoutSeconds,
			requests: requests as never,
			initialContext: {}
		},
		(error, result) => (error ? failed(error) : finished(result))
	);
	const stopAt = setTimeout(() => instance.stop(), options.maxSeconds * 1000);
	const result = await done.finally(() => clearTimeout(stopAt));

	const all = Object.values(tally).flatMap((t) => t.samples);
	const answeredErrors = Object.values(tally).reduce((n, t) => n + t.errors, 0);
	const ok = all.length - answeredErrors;
	const byKind = Object.fromEntries(
		Object.entries(tally).map(([kind, t]) => [
			kind,
			{
				answered: t.samples.length,
				errors: t.errors,
				timeouts: t.timeouts,
				medianMs: round(percentile(t.samples, 50)),
				p95Ms: round(percentile(t.samples, 95)),
				maxMs: round(Math.max(...t.samples))
			}
		])
	);
	return {
		connections: options.connections,
		bounds: {
			maxRequests: options.maxRequests,
			maxSeconds: options.maxSeconds,
			timeoutSeconds: options.timeoutSeconds
		},
		durationSeconds: round(result.duration, 1),
		answered: all.length,
		/** successful answers per second over the run */
		rps: round(ok / result.duration, 2),
		p50Ms: round(percentile(all, 50)),
		p95Ms: round(percentile(all, 95)),
		maxMs: round(Math.max(...all)),
		/** non-200 answers, GraphQL errors, and autocannon's errors (connection errors and timeouts) */
		errors: answeredErrors + result.errors,
		timeouts: result.timeouts,
		connectionErrors: result.errors - result.timeouts,
		byKind,
		errorExamples,
		autocannon: {
			requestsTotal: result.requests.total,
			requestsPerSecondMean: result.requests.average,
			non2xx: result.non2xx,
			bytesTotal: result.throughput.total
		}
	};
}

export type LoadResult = Awaited<ReturnType<typeof runLoad>>;
