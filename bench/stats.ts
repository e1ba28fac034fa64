import os from 'node:os';
/**
 * What every benchmark measures with: percentiles, repeated timings and memory from /proc. Shared by
 * bench/run.ts (functions called in-process) and bench/http/ (pages over HTTP).
 */
import { readFile } from 'node:fs/promises';

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(values: number[], p: number): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1]!;
}

export const round = (x: number, digits = 1) =>
	Number.isFinite(x) ? Number(x.toFixed(digits)) : null;

export interface Stats {
	n: number;
	medianMs: number | null;
	p95Ms: number | null;
	minMs: number | null;
	maxMs: number | null;
}

export function stats(samples: number[]): Stats {
	return {
		n: samples.length,
		medianMs: round(percentile(samples, 50)),
		p95Ms: round(percentile(samples, 95)),
		minMs: round(Math.min(...samples)),
		maxMs: round(Math.max(...samples))
	};
}

export async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
	const t0 = performance.now();
	const value = await work();
	return { ms: performance.now() - t0, value };
}

/** Warm-up runs (discarded), then `reps` timed runs of `work(i)`. */
export async function repeat(reps: number, warmup: number, work: (i: number) => Promise<unknown>) {
	for (let i = 0; i < warmup; i++) await work(i);
	const samples: number[] = [];
	for (let i = 0; i < reps; i++) samples.push((await time(() => work(i))).ms);
	return samples;
}

/** Deterministic sample of k items spread over the list. */
export function spread<T>(items: T[], k: number): T[] {
	if (items.length <= k) return items;
	const out: T[] = [];
	const step = items.length / k;
	for (let i = 0; i < k; i++)
		out.push(items[Math.floor(i * step + ((i * 7919) % Math.max(1, Math.floor(step))))]!);
	return out;
}

/** Resident memory now and its high-water mark, in MB (Linux: /proc/<pid>/status). */
export async function procStatus(
	pid: number | 'self'
): Promise<{ rssMb: number; hwmMb: number } | null> {
	const text = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
	if (!text) return null;
	const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
	return { rssMb: round(kb('VmRSS') / 1024, 0)!, hwmMb: round(kb('VmHWM') / 1024, 0)! };
}

/**
 * Samples the RSS of named groups of processes (e.g. app, neo4j) every `everyMs`, keeping the peak per
 * phase and per group; a group of several processes (two app processes) reports its largest one.
 * VmRSS sampling can miss a spike shorter than the interval: read VmHWM at the end as well.
 */
export class MemorySampler<Group extends string> {
	private timer: NodeJS.Timeout | null = null;
	readonly peakByPhase: Record<string, Record<Group, number>> = {};
	phase = 'start';
	constructor(
		private readonly groups: Record<Group, () => Array<number | 'self'>>,
		private readonly everyMs = 200
	) {}
	start() {
		this.timer = setInterval(() => void this.sample(), this.everyMs);
		return this;
	}
	async sample() {
		const phase = this.phase;
		const peak = (this.peakByPhase[phase] ??= Object.fromEntries(
			Object.keys(this.groups).map((g) => [g, 0])
		) as Record<Group, number>);
		for (const [group, pids] of Object.entries(this.groups) as Array<
			[Group, () => Array<number | 'self'>]
		>)
			for (const pid of pids())
				peak[group] = Math.max(peak[group], (await procStatus(pid))?.rssMb ?? 0);
	}
	/** The peak of one group over every phase sampled so far. */
	peak(group: Group): number {
		return Math.max(0, ...Object.values(this.peakByPhase).map((p) => p[group]));
	}
	stop() {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
	}
}

/**
 * CPU seconds (user + system, every thread: GC and JIT included) process `pid` has used so far: on
 * the shared machine a far steadier measure of work than wall-clock time.
 */
export async function processCpuSeconds(pid: number): Promise<number> {
	const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// utime and stime are fields 14 and 15 of proc(5), 12 and 13 after the command's ")".
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The load average when a run started and when it ended, 1/5/15-minute each: the machine is shared. */
export function loadAverageSince(atStart: readonly number[]): string {
	return [...atStart, ...os.loadavg()].map((x) => round(x, 2)).join(' ');
}
