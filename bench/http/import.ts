/**
 * The regional document imported as a user imports it: the `importDocument` mutation (what /dati and
 * the map's undo send), signed in, over HTTP. The regional document (~28 MB of JSON) is over the
 * 20 MB file limit (src/lib/server/import/limits.ts), so it goes in parts under the limit, in the
 * order their references need (actors before the projects they are partners in), each one
 * transaction, as a person would have to split it today.
 */
import type { TramaDocument } from '../../src/lib/domain';
import { graphql } from './client';

/** Kinds in the order their references need; a part never holds a kind that refers to a later one. */
const ORDER = [
	'actors',
	'calls',
	'networks',
	'memberships',
	'agreements',
	'projects',
	'actions',
	'partnerships',
	'collaborations'
] as const satisfies ReadonlyArray<keyof TramaDocument>;

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** Packs the document's lists, in ORDER, into documents of at most `maxBytes` of JSON each. */
export function splitDocument(doc: TramaDocument, maxBytes: number): Array<Partial<TramaDocument>> {
	const parts: Array<Partial<TramaDocument>> = [];
	let part: Partial<TramaDocument> = { format: doc.format };
	const flush = () => {
		if (Object.keys(part).length > 1) parts.push(part);
		part = { format: doc.format };
	};
	for (const kind of ORDER) {
		const items = doc[kind] as unknown[];
		let from = 0;
		while (from < items.length) {
			const room = maxBytes - bytes(part) - kind.length - 8;
			// As many items of this kind as fit (binary search on the slice's end).
			let [to, over] = [from, items.length + 1];
			while (over - to > 1) {
				const mid = Math.floor((to + over) / 2);
				if (bytes(items.slice(from, mid)) <= room) to = mid;
				else over = mid;
			}
			if (to === from) {
				if (Object.keys(part).length === 1)
					throw new Error(`one ${kind} item exceeds ${maxBytes} bytes`);
				flush();
				continue;
			}
			(part as Record<string, unknown[]>)[kind] = [
				...(((part as Record<string, unknown[]>)[kind] as unknown[] | undefined) ?? []),
				...items.slice(from, to)
			];
			from = to;
			if (from < items.length) flush();
		}
	}
	flush();
	return parts;
}

const IMPORT = `mutation BenchImport($input: ImportDocumentInput!) {
	importDocument(input: $input) { applied problems { field message } counts }
}`;

export async function importOverHttp(
	base: string,
	cookie: string,
	parts: Array<Partial<TramaDocument>>,
	log: (msg: string) => void
) {
	const each: Array<{ kinds: string; jsonMb: number; ms: number }> = [];
	for (const [i, part] of parts.entries()) {
		const json = JSON.stringify(part);
		const answer = await graphql<{
			importDocument: { applied: boolean; problems: Array<{ field: string; message: string }> };
		}>(
			base,
			cookie,
			IMPORT,
			{ input: { json, fileName: `regione-${i + 1}.json` } },
			{},
			{ newConnection: true }
		);
		const report = answer.value.importDocument;
		if (!report.applied)
			throw new Error(
				`import part ${i + 1} refused: ${report.problems
					.slice(0, 5)
					.map((p) => `${p.field}: ${p.message}`)
					.join('; ')}`
			);
		const kinds = Object.keys(part)
			.filter((k) => k !== 'format')
			.map((k) => `${k} ${(part as Record<string, unknown[]>)[k]!.length}`)
			.join(', ');
		each.push({
			kinds,
			jsonMb: Number((json.length / 2 ** 20).toFixed(1)),
			ms: Math.round(answer.ms)
		});
		log(`import part ${i + 1}/${parts.length} (${kinds}): ${(answer.ms / 1000).toFixed(1)} s`);
	}
	return each;
}
