import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../tests/helpers/pdf-text';
import { renderPdf } from './render';

describe('renderPdf', () => {
	it('renders a definition to a PDF that parses, with Italian letters kept', async () => {
		const bytes = await renderPdf({
			info: { title: 'Prova' },
			content: [
				{ text: 'Perché la città è più unita', bold: true },
				'Contributo: 9.460 € — già versato «sì»'
			]
		});
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const { pages, text } = await pdfText(bytes);
		expect(pages).toBe(1);
		expect(text).toContain('Perché la città è più unita');
		expect(text).toContain('9.460 € — già versato «sì»');
	});

	it('reads no file but its fonts (documents carry our data only)', async () => {
		await expect(renderPdf({ content: [{ image: '/etc/passwd', width: 10 }] })).rejects.toThrow(
			/access policy/
		);
	});
});
