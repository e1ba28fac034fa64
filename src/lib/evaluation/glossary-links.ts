/**
 * Technical words in the scorecard's texts linked to their entry of /glossario (issue 22), in both
 * languages: each entry's first occurrence in a text becomes a link, the rest stays plain.
 */
export interface TextSegment {
	text: string;
	/** `/glossario#…` when the segment is a technical word */
	href?: string;
}

/** Glossary anchors (src/routes/glossario) and how their words are written in the criteria's texts. */
export const GLOSSARY_TERMS: ReadonlyArray<{ anchor: string; pattern: RegExp }> = [
	{ anchor: 'gini', pattern: /(?:indice|coefficiente) di Gini|Gini(?: index| coefficient)?/i },
	{ anchor: 'saturazione', pattern: /(?:1 − )?e\^\(−[^)]*\)|saturazione|saturation/i },
	{ anchor: 'intermediazione', pattern: /intermediazione|betweenness|brokerage/i }
];

export function glossaryLinks(text: string): TextSegment[] {
	const found = GLOSSARY_TERMS.flatMap(({ anchor, pattern }) => {
		const match = pattern.exec(text);
		return match ? [{ at: match.index, word: match[0], href: `/glossario#${anchor}` }] : [];
	}).sort((a, b) => a.at - b.at);
	const segments: TextSegment[] = [];
	let from = 0;
	for (const f of found) {
		if (f.at < from) continue; // overlaps an earlier link
		if (f.at > from) segments.push({ text: text.slice(from, f.at) });
		segments.push({ text: f.word, href: f.href });
		from = f.at + f.word.length;
	}
	if (from < text.length || segments.length === 0) segments.push({ text: text.slice(from) });
	return segments;
}
