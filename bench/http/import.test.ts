import { describe, expect, it } from 'vitest';
import { emptyDocument, type TramaDocument } from '../../src/lib/domain';
import { splitDocument } from './import';

const kindsOf = (doc: TramaDocument) => Object.keys(doc).filter((k) => k !== 'format');

/** A document with `n` small items of every kind (their content does not matter to the split). */
function documentWith(n: number): TramaDocument {
	const doc = emptyDocument() as unknown as Record<string, unknown>;
	for (const kind of kindsOf(emptyDocument()))
		doc[kind] = Array.from({ length: n }, (_, i) => ({
			id: `${kind}-${i}`,
			name: 'x'.repeat(i % 50)
		}));
	return doc as unknown as TramaDocument;
}

describe('splitDocument (the regional document in parts under the import limit)', () => {
	it('keeps every item of every kind, in order, each part under the limit', () => {
		const doc = documentWith(300);
		const maxBytes = 20_000;
		const parts = splitDocument(doc, maxBytes);
		expect(parts.length).toBeGreaterThan(5);
		for (const part of parts) {
			expect(Buffer.byteLength(JSON.stringify(part))).toBeLessThanOrEqual(maxBytes);
			expect(part.format).toBe(doc.format);
		}
		for (const kind of kindsOf(doc)) {
			const joined = parts.flatMap(
				(p) => ((p as Record<string, unknown[]>)[kind] ?? []) as unknown[]
			);
			expect(joined, kind).toEqual((doc as unknown as Record<string, unknown[]>)[kind]);
		}
	});

	it('sends what others refer to first: no part holds actors after a part with partnerships', () => {
		const parts = splitDocument(documentWith(300), 20_000);
		const firstWith = (kind: string) => parts.findIndex((p) => kind in p);
		const lastWith = (kind: string) => parts.findLastIndex((p) => kind in p);
		expect(lastWith('actors')).toBeLessThanOrEqual(firstWith('partnerships'));
		expect(lastWith('projects')).toBeLessThanOrEqual(firstWith('actions'));
		expect(lastWith('calls')).toBeLessThanOrEqual(firstWith('projects'));
	});

	it('one part when the document fits; an item over the limit is refused', () => {
		expect(splitDocument(documentWith(2), 1_000_000)).toHaveLength(1);
		const big = documentWith(1);
		big.actors[0]!.name = 'y'.repeat(5_000);
		expect(() => splitDocument(big, 1_000)).toThrow(/exceeds/);
	});
});
