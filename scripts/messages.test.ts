// The message files and the code agree: English has exactly Italian's messages with the same inputs,
// and every message is used somewhere in src (a message the code asks for but the files lack is a
// type error in svelte-check instead: Paraglide compiles one typed function per message).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
type Message = string | Array<{ declarations?: string[] }>;
const load = (locale: string): Record<string, Message> => {
	const { $schema: _schema, ...messages } = JSON.parse(
		readFileSync(join(root, 'messages', `${locale}.json`), 'utf8')
	) as Record<string, Message>;
	return messages;
};
const it_ = load('it');
const en = load('en');

/** What a message asks for: `{name}` in a plain text, `input name` in a message with variants. */
function inputsOf(message: Message): string[] {
	if (typeof message === 'string')
		return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
	return message
		.flatMap((variant) => variant.declarations ?? [])
		.filter((d) => d.startsWith('input '))
		.map((d) => d.slice('input '.length).trim())
		.sort();
}

/** Every `m.key` written in the app's code (the compiled folder and tests do not count). */
function usedKeys(): Set<string> {
	const used = new Set<string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
			const path = `${dir}/${entry.name}`;
			if (entry.isDirectory()) {
				if (path !== 'src/lib/paraglide' && path !== 'src/lib/graphql') walk(path);
			} else if (/\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
				const code = readFileSync(join(root, path), 'utf8');
				for (const match of code.matchAll(/\bm\.(\w+)\b/g)) used.add(match[1]!);
			}
		}
	};
	walk('src');
	return used;
}

describe('messages/it.json and messages/en.json', () => {
	it('hold the same messages', () => {
		const missingInEnglish = Object.keys(it_).filter((key) => !(key in en));
		const onlyInEnglish = Object.keys(en).filter((key) => !(key in it_));
		expect({ missingInEnglish, onlyInEnglish }).toEqual({
			missingInEnglish: [],
			onlyInEnglish: []
		});
	});

	it('ask for the same inputs in both languages', () => {
		const differing = Object.keys(it_).filter(
			(key) => key in en && inputsOf(it_[key]!).join() !== inputsOf(en[key]!).join()
		);
		expect(differing).toEqual([]);
	});

	it('speak plain Italian: no programmers’ words in what users read', () => {
		// The walk of issue 22 found "in una sola transazione" on the import page: say "tutto o niente".
		const jargon = /transazion|payload|endpoint|graphql|cypher|undefined/i;
		const text = (message: Message) =>
			typeof message === 'string' ? message : JSON.stringify(message);
		expect(Object.keys(it_).filter((key) => jargon.test(text(it_[key]!)))).toEqual([]);
	});

	it('hold only messages that the code uses', () => {
		const used = usedKeys();
		expect(Object.keys(it_).filter((key) => !used.has(key))).toEqual([]);
	});
});
