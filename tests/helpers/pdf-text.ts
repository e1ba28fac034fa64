import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, as pdf.js reads it (so a file that does not parse throws). */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
	const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
	const parts: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		for (const item of content.items)
			if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : '');
	}
	const pages = doc.numPages;
	await doc.destroy();
	return { pages, text: parts.join('') };
}
