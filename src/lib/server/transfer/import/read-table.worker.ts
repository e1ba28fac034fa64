import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ImportFileError } from './file-errors';
import type { ImportLimits } from './limits';
import { parseTable, type WorkerAnswer } from './parse-table';

/**
 * The worker thread's side of `readTable`: parses one file and posts the table, or the error, back.
 * Imported in the main thread only for its URL (the work starts only inside a worker given the task).
 */
export const TABLE_WORKER_URL = import.meta.url;
export const TABLE_WORKER_TASK = 'trama:read-table';

interface TableTask {
	task: typeof TABLE_WORKER_TASK;
	bytes: Uint8Array;
	fileName: string;
	limits: ImportLimits;
}

const task = workerData as TableTask | null;
if (!isMainThread && task?.task === TABLE_WORKER_TASK) {
	const post = (answer: WorkerAnswer) => parentPort!.postMessage(answer);
	parseTable(task.bytes, task.fileName, task.limits).then(
		(result) => post({ ok: true, result }),
		(error: unknown) =>
			post(
				error instanceof ImportFileError
					? { ok: false, code: error.code, userMessage: error.userMessage, message: error.message }
					: { ok: false, message: error instanceof Error ? error.message : String(error) }
			)
	);
}
