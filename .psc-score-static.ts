import { readFileSync } from 'node:fs';
import { scoreMany } from './src/lib/scoring/index';
const rubric = JSON.parse(readFileSync('/tmp/psc-rubric.json', 'utf8'));
const snaps = JSON.parse(readFileSync('/tmp/psc-snaps.json', 'utf8'));
for (let i = 0; i < 6; i++) {
	const c0 = process.cpuUsage();
	scoreMany(snaps, rubric);
	const c = process.cpuUsage(c0);
	console.log(((c.user + c.system) / 1000).toFixed(0));
}
