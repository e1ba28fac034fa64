import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Everything the local run keeps (database, locks) lives here; git-ignored. */
export const dataRoot = process.env.TRAMA_DATA_DIR ?? join(projectRoot, '.data');
export const neo4jDataDir = join(dataRoot, 'neo4j');
export const appLockFile = join(dataRoot, 'trama-app.json');
/** The built app (adapter-node); TRAMA_BUILD_DIR moves it, as it does for `vite build` (svelte.config.js). */
export const buildDir = resolve(projectRoot, process.env.TRAMA_BUILD_DIR ?? 'build');
