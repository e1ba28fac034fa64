import { readFileSync } from 'node:fs';

/** Running, not merely a zombie its parent has not reaped yet (Linux: /proc/<pid>/stat). */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch {
		return false;
	}
	// "pid (comm) S …"; Z is a process that has exited. Without /proc, trust the signal check.
	const stat = (() => {
		try {
			return readFileSync(`/proc/${pid}/stat`, 'utf8');
		} catch {
			return null;
		}
	})();
	return stat === null || stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}
