import { parseMegabytes } from '../../graph/neo4j-memory';

/**
 * The app's JavaScript heap: the one place `npm start` (start.ts) and the tests' and benchmarks' app
 * (tests/helpers/app-process.ts) read it from, as graph/neo4j-memory.ts is for Neo4j.
 *
 * Measured at regional scale (issue 20): what the caches keep once warm is ~220 MB (the regional
 * ranking, its reads and rows ~160 MB, 40 scorecards, 30 Ambiti's maps and metrics; after full
 * collections), yet the app's RSS reached 1.2 GB in the HTTP bench: garbage, not kept data. On a
 * machine with much memory Node lets the old generation grow to about half of a 4 GB limit before
 * its first full collection, so each regional ranking answered as GraphQL (7 MB of JSON) left ~40 MB
 * more behind (eleven of them: RSS 468 -> 946 MB). A 1 GB limit makes it collect near 512 MB: the
 * same requests peak at ~530 MB. The limit is over four times what is kept.
 *
 * TRAMA_APP_HEAP overrides it (e.g. `TRAMA_APP_HEAP=2g npm start`) for a larger territory. See
 * docs/scaling.md, "App memory".
 */
const DEFAULT_APP_HEAP_MB = 1024;

/** Node's options for the app process: its heap limit, the measured default or TRAMA_APP_HEAP. */
export function appNodeArgs(env: Record<string, string | undefined> = process.env): string[] {
	const heapMb = env.TRAMA_APP_HEAP
		? parseMegabytes('TRAMA_APP_HEAP', env.TRAMA_APP_HEAP)
		: DEFAULT_APP_HEAP_MB;
	return [`--max-old-space-size=${heapMb}`];
}
