import { describe, expect, it } from 'vitest';
import { exportSvg } from './export';

describe('map export', () => {
	it('puts title, map, legend, date and attribution in one SVG, escaped', () => {
		const { svg, width, height } = exportSvg({
			mapMarkup: '<path d="M0,0L1,1" fill="#0072B2"/>',
			width: 400,
			height: 300,
			title: 'Copertura – Ambito "Cremasco" & C.',
			legendTitle: 'Copertura',
			legend: [
				{ colour: '#0072B2', label: 'Coperto' },
				{ colour: '#E69F00', label: 'Non coperto' }
			],
			dateLine: 'Data: 4 dicembre 2026',
			attribution: 'Confini comunali: ISTAT, elaborazione Openpolis (CC BY 4.0)'
		});
		expect(width).toBe(400);
		expect(height).toBeGreaterThan(300);
		expect(svg).toContain('Ambito &#34;Cremasco&#34; &#38; C.');
		expect(svg).toContain('<path d="M0,0L1,1" fill="#0072B2"/>');
		expect(svg.match(/class="legend-entry"/g)).toHaveLength(2);
		expect(svg).toMatch(/<g class="legend-entry"><rect [^>]*fill="#E69F00"/);
		expect(svg).toContain('>Non coperto</text>');
		expect(svg).toContain('>Data: 4 dicembre 2026</text>');
		expect(svg).toContain('>Confini comunali: ISTAT, elaborazione Openpolis (CC BY 4.0)</text>');
		expect(new DOMParserLike(svg).ok).toBe(true);
	});
});

/** Well-formedness without a DOM: every tag opened is closed in order. */
class DOMParserLike {
	ok: boolean;
	constructor(xml: string) {
		const stack: string[] = [];
		let ok = true;
		for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
			if (m[3]) continue;
			if (m[1]) ok &&= stack.pop() === m[2];
			else stack.push(m[2]!);
		}
		this.ok = ok && stack.length === 0;
	}
}
