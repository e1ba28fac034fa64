// `npm run i18n` (also a step of `npm run check`; Vite runs the same compile through Paraglide's plugin):
// compiles messages/it.json and messages/en.json into typed message functions in src/lib/paraglide,
// which git does not keep (like src/lib/graphql). A message used in the code but missing from the
// files is then a type error in svelte-check; scripts/messages.test.ts fails on unused ones.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type CompilerOptions } from '@inlang/paraglide-js';
import type { Plugin } from 'vite';

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

const INTL_CONSTRUCTION =
	/new Intl\.(PluralRules|NumberFormat|DateTimeFormat|RelativeTimeFormat)\(locale, (\w+)\)/g;

/**
 * Paraglide's registry (src/lib/paraglide/registry.js) builds a new Intl formatter at every plural or
 * number in a message, ~10 µs each: 3 % of the app's CPU under the 50 users' load. Rewritten as it is
 * bundled (the Vite plugin below) to keep one formatter per kind, locale and options: messages name a
 * fixed set of them. Refuses a registry it no longer recognises, rather than leave it slow unnoticed.
 */
export function cacheIntlFormatters(registry: string): string {
	const cached = registry.replace(INTL_CONSTRUCTION, 'formatter(Intl.$1, locale, $2)');
	if (cached === registry || /new Intl\./.test(cached))
		throw new Error(
			'Paraglide registry changed: update cacheIntlFormatters (scripts/paraglide.ts)'
		);
	return `${cached}
const formatters = new Map();
function formatter(Kind, locale, options) {
	const key = \`\${locale} \${JSON.stringify(options ?? {})}\`;
	let byKey = formatters.get(Kind);
	if (!byKey) formatters.set(Kind, (byKey = new Map()));
	let made = byKey.get(key);
	if (!made) byKey.set(key, (made = new Kind(locale, options)));
	return made;
}
`;
}

export const paraglideIntlCache = (): Plugin => ({
	name: 'trama-paraglide-intl-cache',
	transform(code, id) {
		if (id.replaceAll('\\', '/').endsWith(`${MESSAGES_OUTDIR}/registry.js`))
			return { code: cacheIntlFormatters(code), map: null };
	}
});

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
