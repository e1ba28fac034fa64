// `npm run i18n` (also a step of `npm run check`; Vite runs the same compile through Paraglide's plugin):
// compiles messages/it.json and messages/en.json into typed message functions in src/lib/paraglide,
// which git does not keep (like src/lib/graphql). A message used in the code but missing from the
// files is then a type error in svelte-check; scripts/messages.test.ts fails on unused ones.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type CompilerOptions } from '@inlang/paraglide-js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const MESSAGES_OUTDIR = 'src/lib/paraglide';

/**
 * The language is the `lang` cookie that /lingua sets, else Italian: on the server (per request, see
 * hooks.server.ts) and in the browser alike. There is no locale in the URL.
 */
export const paraglideOptions = {
	project: join(root, 'project.inlang'),
	outdir: join(root, MESSAGES_OUTDIR),
	strategy: ['cookie', 'baseLocale'],
	cookieName: 'lang'
} satisfies CompilerOptions;

export const compiledExists = () => existsSync(join(root, MESSAGES_OUTDIR, 'messages.js'));

export async function compileMessages(): Promise<void> {
	await compile(paraglideOptions);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	try {
		await compileMessages();
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
