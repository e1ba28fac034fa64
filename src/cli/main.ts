import { parseArgs } from 'node:util';
import {
	LocalNeo4jError,
	localNeo4jStatus,
	startLocalNeo4j,
	stopLocalNeo4j
} from '../../graph/local-neo4j';
import { DatabaseUnavailableError } from '../lib/server/db/driver';
import { AppError } from '../lib/server/errors';
import { territoryCounts } from '../lib/server/territory/territory-queries';
import { importFormatNames } from '../lib/transfer/import-formats';
import { localBoltPort, log, usesExternalNeo4j, withDatabase } from './database';
import { neo4jDataDir } from './paths';
import { prepareDatabase } from './seed';
import { scoreCommand } from './score';
import { REPORT_HELP, reportCommand } from './report';
import { exportCommand, importCommand } from './transfer';
import { start, StartError } from './start';
import { USER_CREATE_HELP, userCreateCommand } from './users';

const HELP = `trama — la rete del welfare locale lombardo / Lombardy's local welfare network

Uso / usage: npx trama <comando> [opzioni]

  start                 avvia Neo4j locale (se NEO4J_URI non è impostato) e l'app / start the app
  db:start              avvia il Neo4j locale in background / start the local Neo4j in the background
  db:stop               ferma il Neo4j locale / stop the local Neo4j
  db:status             stato del database / database status
  seed [--force] [--demo | --remove-demo]
                        schema, territorio reale, dati dimostrativi (o toglierli) / schema, real territory,
                        demo data (or remove it)
  ${USER_CREATE_HELP}
  score --project ID [--rubric ID] [--json] [--en]
                        scheda di valutazione di un partenariato / a partnership scorecard
  ${REPORT_HELP}
  export --format json|csv|xlsx|gexf|graphml|kumu [--ambito ID] [--view VISTA] [--out FILE]
                        esporta la rete / export the network; VISTA (GEXF, GraphML, Kumu):
                        directed (predefinita), undirected, collaborations, partnerships
  import FILE [--dry-run] importa ${importFormatNames('it')} (tutto o niente) / import (all or nothing)
  help                  questo aiuto / this help

Ambiente / environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (un altro Neo4j / another
Neo4j: server, cluster, Aura), PORT (3000), HOST (127.0.0.1), TRAMA_NEO4J_PORT (7687), TRAMA_DATA_DIR (.data),
TRAMA_ADMIN_EMAIL / TRAMA_ADMIN_PASSWORD (il primo amministratore / the first administrator),
TRAMA_DEMO=0 (start senza dati dimostrativi: non li carica e li toglie se ci sono / start without the demo).`;

type Command = (args: string[]) => Promise<void>;

const commands: Record<string, Command> = {
	start: () => start(),
	'db:start': async () => {
		if (usesExternalNeo4j())
			return log(
				'NEO4J_URI è impostato: nessun Neo4j locale da avviare. / NEO4J_URI is set: no local Neo4j to start.'
			);
		const neo4j = await startLocalNeo4j({
			dataDir: neo4jDataDir,
			boltPort: localBoltPort(),
			exitWithParent: false,
			onProgress: log
		});
		console.log(
			`Neo4j ${neo4j.version} avviato / started: ${neo4j.uri} (pid ${neo4j.pid}). Fermalo con / stop it with: npx trama db:stop`
		);
	},
	'db:stop': async () => {
		const stopped = await stopLocalNeo4j(neo4jDataDir);
		console.log(
			stopped
				? 'Neo4j locale fermato. / Local Neo4j stopped.'
				: 'Il Neo4j locale non era avviato. / The local Neo4j was not running.'
		);
	},
	'db:status': async () => {
		if (usesExternalNeo4j()) {
			await withDatabase(async (config) => {
				const counts = await territoryCounts();
				console.log(
					`Neo4j esterno / external: ${config.uri} — raggiungibile / reachable; Comuni: ${counts.comuni}`
				);
			});
			return;
		}
		const status = await localNeo4jStatus(neo4jDataDir);
		console.log(
			status.running
				? `Neo4j locale avviato / local Neo4j running: ${status.uri} (pid ${status.pid}, ${status.version})`
				: `Neo4j locale fermo / local Neo4j stopped (dati / data: ${neo4jDataDir})`
		);
	},
	seed: async (args) => {
		const { values } = parseArgs({
			args,
			options: {
				force: { type: 'boolean', default: false },
				demo: { type: 'boolean', default: false },
				'remove-demo': { type: 'boolean', default: false }
			}
		});
		if (values.demo && values['remove-demo'])
			throw new StartError('--demo e --remove-demo insieme? Scegline uno. / choose one of them.');
		await withDatabase(async () => {
			const result = await prepareDatabase({
				force: values.force,
				demo: values['remove-demo'] ? 'remove' : values.demo,
				onProgress: log
			});
			const counts = await territoryCounts();
			console.log(
				`Schema: ${result.migrations.length ? result.migrations.join(', ') : 'aggiornato / up to date'}; ` +
					`Comuni: ${counts.comuni}, Ambiti: ${counts.ambiti}, ATS: ${counts.ats}, ASST: ${counts.asst}`
			);
		});
	},
	'user:create': userCreateCommand,
	score: scoreCommand,
	report: reportCommand,
	export: exportCommand,
	import: importCommand,
	help: async () => console.log(HELP)
};

async function main(): Promise<void> {
	const [name = 'help', ...args] = process.argv.slice(2);
	const command = commands[name];
	if (!command) {
		console.error(`Comando sconosciuto / unknown command: ${name}\n\n${HELP}`);
		process.exit(2);
	}
	try {
		await command(args);
	} catch (error) {
		// A refused input (a file over a limit, a bad row) is said in words, not as a stack trace.
		const known =
			error instanceof AppError ||
			error instanceof LocalNeo4jError ||
			error instanceof DatabaseUnavailableError ||
			error instanceof StartError;
		console.error(known ? (error as Error).message : error);
		process.exit(1);
	}
}

await main();
