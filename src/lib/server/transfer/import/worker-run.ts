import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';

/**
 * Runs one module in a worker thread with its own heap limit and a deadline, so that whatever it
 * does to memory or time, the process that asked (the app server) goes on answering. The module
 * starts its work when it sees `workerData` (see read-table.worker.ts) and posts one message.
 */
export interface WorkerBudget {
	memoryMb: number;
	seconds: number;
}

export class WorkerLimitError extends Error {
	constructor(readonly limit: 'memory' | 'time') {
		super(limit === 'memory' ? 'worker out of memory' : 'worker out of time');
		this.name = 'WorkerLimitError';
	}
}

export function runInWorker<T>(
	moduleUrl: string,
	workerData: unknown,
	transferList: TransferListItem[],
	budget: WorkerBudget
): Promise<T> {
	const options = {
		workerData,
		transferList,
		// The parent's flags (an inspector, vitest's) are not the worker's business.
		execArgv: [],
		resourceLimits: {
			maxOldGenerationSizeMb: budget.memoryMb,
			maxYoungGenerationSizeMb: Math.max(1, Math.min(32, Math.floor(budget.memoryMb / 8)))
		}
	};
	const worker = moduleUrl.endsWith('.ts')
		? // Source, not a build (tests, `vite dev`, the CLI): tsx compiles the module in the worker.
			new Worker(TSX_BOOTSTRAP, {
				...options,
				eval: true,
				env: { ...process.env, TRAMA_WORKER_MODULE: moduleUrl, TRAMA_WORKER_TSX: tsxApiUrl() }
			})
		: new Worker(new URL(moduleUrl), options);
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => {
			reject(new WorkerLimitError('time'));
			void worker.terminate();
		}, budget.seconds * 1000);
		const settle = () => {
			clearTimeout(timer);
			void worker.terminate();
		};
		worker.once('message', (message: T) => {
			settle();
			resolve(message);
		});
		worker.once('error', (error: Error & { code?: string }) => {
			settle();
			reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerLimitError('memory') : error);
		});
		worker.once('exit', (code) => {
			settle();
			// After a message or an error this changes nothing: a promise settles once.
			reject(new Error(`worker exited (${code}) without an answer`));
		});
	});
}

const TSX_BOOTSTRAP = `import(process.env.TRAMA_WORKER_TSX).then(({ tsImport }) =>
	tsImport(process.env.TRAMA_WORKER_MODULE, process.env.TRAMA_WORKER_MODULE))`;

let tsxApi: string | undefined;
/** tsx's ESM API, found through its package.json (its CommonJS build cannot register in a worker). */
function tsxApiUrl(): string {
	if (!tsxApi) {
		const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
		const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
			exports: Record<string, { import: { default: string } }>;
		};
		tsxApi = pathToFileURL(join(dirname(manifest), pkg.exports['./esm/api']!.import.default)).href;
	}
	return tsxApi;
}

/** At most `size` holders at once; the others wait in line. */
export class Gate {
	private active = 0;
	private readonly waiting: Array<() => void> = [];
	constructor(private readonly size: number) {}

	async run<T>(task: () => Promise<T>): Promise<T> {
		if (this.active >= this.size) await new Promise<void>((go) => this.waiting.push(go));
		else this.active++;
		try {
			return await task();
		} finally {
			const next = this.waiting.shift();
			if (next) next();
			else this.active--;
		}
	}
}
