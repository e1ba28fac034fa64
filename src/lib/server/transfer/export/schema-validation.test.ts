import { describe, expect, it } from 'vitest';
import { EXPORT_VIEWS } from './analysis-view';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { fixtureInput, gexfProblems, graphmlProblems, TRICKY_NAME } from './test-support';

describe('GEXF against the published GEXF 1.3 RELAX NG grammar (xmllint)', () => {
	it.each(EXPORT_VIEWS)('the %s view is valid', async (view) => {
		expect(await gexfProblems(toGexf({ ...fixtureInput(), view }))).toEqual([]);
	});

	it('stays valid with hostile names', async () => {
		const input = fixtureInput();
		input.document.actors[0]!.name = `${TRICKY_NAME}\u0001 \t`;
		expect(await gexfProblems(toGexf(input))).toEqual([]);
	});

	it('is a validator that refuses what the grammar does not allow', async () => {
		const xml = toGexf(fixtureInput());
		// What the exports used to write: `mode` on <attributes> and xsi:schemaLocation.
		const before = xml.replace(
			'<attributes class="node">',
			'<attributes class="node" mode="static">'
		);
		expect((await gexfProblems(before)).join()).toMatch(/mode/);
		expect(await gexfProblems(xml.replace('type="mutual"', 'type="both"'))).not.toEqual([]);
		expect(await gexfProblems(xml.replace('<nodes>', '<nodes><colour/>'))).not.toEqual([]);
	});
});

describe('GraphML against the published GraphML 1.0 XML Schema (xmllint)', () => {
	it.each(EXPORT_VIEWS)('the %s view is valid', async (view) => {
		expect(await graphmlProblems(toGraphml({ ...fixtureInput(), view }))).toEqual([]);
	});

	it('stays valid with hostile names', async () => {
		const input = fixtureInput();
		input.document.actors[0]!.name = `${TRICKY_NAME}\u0001 \t`;
		expect(await graphmlProblems(toGraphml(input))).toEqual([]);
	});

	it('is a validator that refuses what the schema does not allow', async () => {
		const xml = toGraphml(fixtureInput());
		expect(await graphmlProblems(xml.replace('edgedefault="', 'edgedefault="x'))).not.toEqual([]);
		expect(await graphmlProblems(xml.replace('attr.type="', 'attr.type="text'))).not.toEqual([]);
		expect(await graphmlProblems(xml.replace('<graph ', '<graph colour="1" '))).not.toEqual([]);
	});
});
