// Writes the import limits into README.md, between its markers, from src/lib/server/transfer/import/limits.ts.
// Run: npx tsx scripts/readme-import-limits.ts (limits.test.ts fails while the README is behind).
import { readFileSync, writeFileSync } from 'node:fs';
import {
	importLimitsMarkdown,
	README_LIMITS_BEGIN,
	README_LIMITS_END
} from '../src/lib/server/transfer/import/limits';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const begin = readme.indexOf(README_LIMITS_BEGIN);
const end = readme.indexOf(README_LIMITS_END);
if (begin < 0 || end < begin) throw new Error('README.md has no import-limits markers');
writeFileSync(
	path,
	readme.slice(0, begin) + importLimitsMarkdown() + readme.slice(end + README_LIMITS_END.length)
);
