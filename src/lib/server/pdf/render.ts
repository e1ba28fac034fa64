import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** Roboto as shipped inside pdfmake: it covers Latin-1 and Latin Extended (à è é ì ò ù, €, «», –). */
const FONT_DIR = join(
	dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
	'fonts',
	'Roboto'
);

/** The family every document uses; pdfmake's default font name, so definitions need not name it. */
export const PDF_FONT = 'Roboto';

let ready = false;

/** pdfmake is one module-wide instance: fonts and access policies are set once, on first use. */
function setUp(): void {
	if (ready) return;
	pdfmake.setFonts({
		[PDF_FONT]: {
			normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
			bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
			italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
			bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf')
		}
	});
	// Documents are built from our data only: no remote images, no files but the fonts.
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
	ready = true;
}

/** Renders a pdfmake document definition to the bytes of a PDF file. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
	setUp();
	return pdfmake
		.createPdf({ ...definition, defaultStyle: { font: PDF_FONT, ...definition.defaultStyle } })
		.getBuffer();
}
