import type { AttributeType, AttributeValue } from './export-graph';

/**
 * Code points XML 1.0 forbids even as character references (C0 controls other than tab/LF/CR,
 * U+FFFE/U+FFFF, unpaired surrogates). They can only come from pasted junk; they are replaced
 * rather than dropped so that the reader sees something was there.
 */
const FORBIDDEN_IN_XML =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
	// Parsers normalise literal whitespace in attribute values to spaces; references survive.
	'\t': '&#9;',
	'\n': '&#10;',
	'\r': '&#13;'
};

/** Escapes a string for use both as element text and inside a double-quoted attribute value. */
export function escapeXml(value: string): string {
	return value.replace(FORBIDDEN_IN_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (ch) => ENTITIES[ch]!);
}

/** The lexical form of a value for its declared type (xs:boolean, xs:integer, xs:double). */
export function formatXmlValue(type: AttributeType, value: AttributeValue): string {
	switch (type) {
		case 'boolean':
			return value === true || value === 'true' ? 'true' : 'false';
		case 'integer':
			return typeof value === 'number' ? String(Math.round(value)) : String(value);
		case 'double':
			return String(value);
		case 'string':
			return String(value);
	}
}

/** `name="value"` pairs, escaped, skipping absent values. */
export function xmlAttributes(pairs: Record<string, string | number | undefined>): string {
	return Object.entries(pairs)
		.filter((entry): entry is [string, string | number] => entry[1] !== undefined)
		.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
		.join('');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
