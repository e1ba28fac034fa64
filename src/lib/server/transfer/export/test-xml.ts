import { SaxesParser } from 'saxes';

/**
 * Test helper: a conforming, namespace-aware XML parse into a small tree. saxes is the parser
 * exceljs reads workbooks with (so it is installed with exceljs); it rejects anything that is not
 * well-formed (unbalanced tags, raw `&` or `<`, forbidden characters, duplicate attributes), which
 * is exactly what a hand-rolled tag-balance check would miss.
 */
export interface XmlElement {
	/** Local name (without prefix). */
	name: string;
	namespace: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

export function parseXml(xml: string): XmlElement {
	const parser = new SaxesParser({ xmlns: true });
	const stack: XmlElement[] = [];
	let root: XmlElement | null = null;
	parser.on('error', (error) => {
		throw error;
	});
	parser.on('opentag', (tag) => {
		const attributes: Record<string, string> = {};
		for (const [name, attribute] of Object.entries(tag.attributes))
			attributes[name] = attribute.value;
		const element: XmlElement = {
			name: tag.local,
			namespace: tag.uri,
			attributes,
			children: [],
			text: ''
		};
		stack.at(-1)?.children.push(element);
		root ??= element;
		stack.push(element);
	});
	parser.on('text', (text) => {
		const current = stack.at(-1);
		if (current) current.text += text;
	});
	parser.on('closetag', () => {
		stack.pop();
	});
	parser.write(xml).close();
	if (!root) throw new Error('No root element');
	return root;
}

/** Every descendant element with the given local name, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
	const found: XmlElement[] = [];
	const visit = (e: XmlElement) => {
		if (e.name === name) found.push(e);
		e.children.forEach(visit);
	};
	element.children.forEach(visit);
	return found;
}
