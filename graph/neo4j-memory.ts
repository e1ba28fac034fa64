/**
 * How much memory the local Neo4j gets: the one place `npm start` (graph/local-neo4j.ts), the tests
 * and the benchmarks read it from.
 *
 * Sized to the store at regional scale (issue 20, measured on the bench's regional graph: Lombardy's
 * 1,502 Comuni and ~47,000 generated actors, networks and projects, ~155,000 relations):
 * - page cache: the store's files are STORE_MB on disk after the regional import (du of
 *   data/databases/neo4j, transaction logs excluded); the cache holds all of them plus room to grow,
 *   so no read waits on the disk. Neo4j maps pages as they are touched: a small database costs little.
 * - heap: what the regional queries need (the ranking's 3,000 scorecards, the largest Ambito's map,
 *   the whole-region import in one transaction). HEAP_MB held every bench step without an
 *   OutOfMemoryError, as fast as 3 GB within the noise (bench/results/http-perf.txt).
 * See docs/scaling.md ("Neo4j memory").
 *
 * NEO4J_HEAP and NEO4J_PAGECACHE override them (e.g. `NEO4J_HEAP=2g NEO4J_PAGECACHE=512m npm start`)
 * for a larger territory or a smaller machine. They size only the local Neo4j; a Neo4j of your own
 * (NEO4J_URI) is sized in its own neo4j.conf.
 */

/** The store's files after the regional import, in MB (measured, see above). */
export const REGIONAL_STORE_MB = 0;
const DEFAULT_PAGE_CACHE_MB = 512;
const DEFAULT_HEAP_MB = 1024;

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
