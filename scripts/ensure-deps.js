#!/usr/bin/env node
// Runs before `npm start` / `npm test`, when the project's own packages may not be installed yet:
// that is why this one file is plain JavaScript with no dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url);
/** @param {string} p */
const at = (p) => new URL(p, root);

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
	console.error(
		`Trama richiede Node 20.19 o successivo (trovato ${process.versions.node}): installa Node 20 LTS.\n` +
			`Trama needs Node 20.19 or newer (found ${process.versions.node}): install Node 20 LTS.`
	);
	process.exit(1);
}

// npm records what it installed in node_modules/.package-lock.json; older than package.json = stale.
const marker = at('node_modules/.package-lock.json');
const stale =
	!existsSync(marker) || statSync(marker).mtimeMs < statSync(at('package.json')).mtimeMs;
if (stale) {
	console.log('Installo i pacchetti npm… / Installing npm packages…');
	// `npm ci` fails on these machines (missing optional rollup binaries): see docs/STACK notes.
	execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

// Tests also open the spreadsheet exports in LibreOffice (tests/integration/export-office.test.ts).
/** @type {Array<[binary: string, debianPackage: string]>} */
const needed = [
	['/usr/bin/chromium', 'chromium'],
	['/usr/bin/soffice', 'libreoffice-calc-nogui']
];
const debianPackages = needed.filter(([binary]) => !existsSync(binary));
if (process.argv.includes('--browser') && debianPackages.length > 0) {
	const names = debianPackages.map(([, name]) => name);
	console.log(
		`Installo ${names.join(', ')} (pacchetti Debian) per i test… / Installing ${names.join(', ')}…`
	);
	const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
	/** @param {string[]} args */
	const run = (args) => {
		const [cmd = '', ...rest] = [...asRoot, ...args];
		return spawnSync(cmd, rest, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	};
	const ok =
		run(['apt-get', 'update', '-qq']).status === 0 &&
		run(['apt-get', 'install', '-y', '-qq', ...names]).status === 0;
	if (!ok || debianPackages.some(([binary]) => !existsSync(binary))) {
		console.error(
			`Impossibile installare ${names.join(', ')}: esegui \`sudo apt-get install ${names.join(' ')}\` e riprova.\n` +
				`Could not install ${names.join(', ')}: run \`sudo apt-get install ${names.join(' ')}\` and try again.`
		);
		process.exit(1);
	}
}
