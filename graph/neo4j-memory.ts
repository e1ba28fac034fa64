/**
 * How much memory the local Neo4j gets: the one place `npm start` (graph/local-neo4j.ts), the tests
 * and the benchmarks read it from.
 *
 * Sized to the store at regional scale (issue 20, measured on the bench's regional graph: Lombardy's
 * 1,502 Comuni and ~47,000 generated actors, networks and projects, ~155,000 relations):
 * - page cache: the store is 75 MB on disk after the regional import (du of data/databases/neo4j
 *   after a clean shutdown, transaction logs excluded); 256 MB holds it 3.4 times over, so no read
 *   waits on the disk and years of edits fit. Neo4j maps pages as they are touched: a small database
 *   (the tests') costs little of it.
 * - heap: the largest transaction decides. The regional document imported in one transaction (what
 *   `npm run bench` does: all or nothing) ran out of transaction memory with 1 GB (Neo4j allows a
 *   transaction 70 % of the heap: 717 MB were not enough); 2 GB imported it as fast as 3 GB did
 *   (240 vs 238 s, same load) and served the pages as fast (bench/results/http-perf.txt).
 * See docs/scaling.md, "Neo4j memory".
 *
 * NEO4J_HEAP and NEO4J_PAGECACHE override them (e.g. `NEO4J_HEAP=2g NEO4J_PAGECACHE=512m npm start`)
 * for a larger territory or a smaller machine. They size only the local Neo4j; a Neo4j of your own
 * (NEO4J_URI) is sized in its own neo4j.conf.
 */

const DEFAULT_PAGE_CACHE_MB = 256;
const DEFAULT_HEAP_MB = 2048;

export interface Neo4jMemory {
	heapMb: number;
	pageCacheMb: number;
}

/** `1g`, `1536m`, `1536` (MB) → MB; anything else is refused naming the variable. */
export function parseMegabytes(name: string, value: string): number {
	const m = /^\s*(\d+(?:\.\d+)?)\s*([gm]?)b?\s*$/i.exec(value);
	const mb = m ? Math.round(Number(m[1]) * (m[2]!.toLowerCase() === 'g' ? 1024 : 1)) : NaN;
	if (!Number.isFinite(mb) || mb < 64)
		throw new Error(
			`${name}="${value}" non è una dimensione valida: scrivi per esempio 1g o 512m (almeno 64m)` +
				` / ${name}="${value}" is not a valid size: write e.g. 1g or 512m (at least 64m)`
		);
	return mb;
}

/** The local Neo4j's heap and page cache: the measured defaults, or NEO4J_HEAP / NEO4J_PAGECACHE. */
export function neo4jMemory(env: Record<string, string | undefined> = process.env): Neo4jMemory {
	return {
		heapMb: env.NEO4J_HEAP ? parseMegabytes('NEO4J_HEAP', env.NEO4J_HEAP) : DEFAULT_HEAP_MB,
		pageCacheMb: env.NEO4J_PAGECACHE
			? parseMegabytes('NEO4J_PAGECACHE', env.NEO4J_PAGECACHE)
			: DEFAULT_PAGE_CACHE_MB
	};
}
