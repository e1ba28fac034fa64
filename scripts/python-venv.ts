import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's one Python environment: networkx and python-igraph, used by the benchmark (the
 * same metrics side by side) and by the tests that open the graph exports in those clients.
 * Never an app dependency. Created on first use from PyPI; kept in bench/.venv (git-ignored).
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PYTHON_VENV = path.join(ROOT, 'bench', '.venv');
export const PYTHON_PACKAGES = ['networkx', 'python-igraph'] as const;
export const venvPython = (): string => path.join(PYTHON_VENV, 'bin', 'python');
export const PYTHON_VENV_HELP = `python3 -m venv bench/.venv && bench/.venv/bin/pip install ${PYTHON_PACKAGES.join(' ')}`;

const ready = (python: string) =>
	existsSync(python) &&
	spawnSync(python, ['-c', 'import networkx, igraph'], { stdio: 'ignore' }).status === 0;

/** The venv's python, creating the venv and installing the packages first when missing. */
export function ensurePythonVenv(): string {
	const python = venvPython();
	if (ready(python)) return python;
	const steps: Array<[string, string[]]> = [
		['python3', ['-m', 'venv', PYTHON_VENV]],
		[python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...PYTHON_PACKAGES]]
	];
	for (const [command, args] of steps) {
		// Bounded: an unreachable package index must fail the caller, not hang it.
		const run = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000 });
		if (run.status !== 0)
			throw new Error(
				`Ambiente Python non creato / Python venv not created: \`${command} ${args.join(' ')}\` ` +
					`failed (${run.error?.message ?? `exit ${run.status}`}): ${(run.stderr ?? '').slice(-800)}\n` +
					`Needs python3 with venv and access to PyPI; by hand: ${PYTHON_VENV_HELP}`
			);
	}
	if (!ready(python))
		throw new Error(`Python venv created but networkx/igraph do not import: ${PYTHON_VENV_HELP}`);
	return python;
}
