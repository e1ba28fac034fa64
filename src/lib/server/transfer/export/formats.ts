import JSZip from 'jszip';
import type { LocalizedText } from '../../../domain';
import { toCsvFiles } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toKumu } from './kumu';
import type { ExportInput } from './types';
import { toXlsx } from './xlsx';

export type ExportFormatId = 'json' | 'csv' | 'xlsx' | 'gexf' | 'graphml' | 'kumu';

export interface ExportFormat {
	id: ExportFormatId;
	label: LocalizedText;
	mediaType: string;
	/** File extension without the leading dot. */
	extension: string;
	/** A graph format: it renders the analysis views (analysis-view.ts); the others ignore them. */
	graph?: boolean;
	render(input: ExportInput): Promise<Uint8Array | string>;
}

/**
 * The CSV export is several files (one per entity), so it is delivered as one ZIP. JSZip is the
 * zip library exceljs itself depends on (exceljs ^4.4 → jszip ^3.10), so it is always installed
 * with it; it should still be listed in package.json as a direct dependency (not done here: this
 * module's owner may not edit package.json). Entry dates come from `generatedAt`, never the clock,
 * so the same input gives the same bytes.
 */
export async function renderCsvZip(input: ExportInput): Promise<Uint8Array> {
	const zip = new JSZip();
	const date = new Date(input.generatedAt);
	const options = Number.isNaN(date.getTime()) ? {} : { date };
	for (const file of toCsvFiles(input)) zip.file(file.name, file.content, options);
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
	{
		id: 'json',
		label: { it: 'Trama JSON (per reimportare)', en: 'Trama JSON (for re-import)' },
		mediaType: 'application/json',
		extension: 'json',
		render: async (input) => JSON.stringify(input.document, null, 2)
	},
	{
		id: 'csv',
		label: { it: 'CSV (un file per tabella, in ZIP)', en: 'CSV (one file per table, zipped)' },
		mediaType: 'application/zip',
		extension: 'zip',
		render: renderCsvZip
	},
	{
		id: 'xlsx',
		label: { it: 'Excel (un foglio per tabella)', en: 'Excel (one sheet per table)' },
		mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		extension: 'xlsx',
		render: toXlsx
	},
	{
		id: 'gexf',
		label: { it: 'GEXF (Gephi)', en: 'GEXF (Gephi)' },
		mediaType: 'application/gexf+xml',
		extension: 'gexf',
		graph: true,
		render: async (input) => toGexf(input)
	},
	{
		id: 'graphml',
		label: { it: 'GraphML (yEd, Cytoscape, NetworkX)', en: 'GraphML (yEd, Cytoscape, NetworkX)' },
		mediaType: 'application/graphml+xml',
		extension: 'graphml',
		graph: true,
		render: async (input) => toGraphml(input)
	},
	{
		id: 'kumu',
		label: { it: 'Kumu (JSON)', en: 'Kumu (JSON)' },
		mediaType: 'application/json',
		// Distinct from the Trama JSON so that both can sit in one folder.
		extension: 'kumu.json',
		graph: true,
		render: async (input) => JSON.stringify(toKumu(input), null, 2)
	}
];

export function exportFormat(id: string): ExportFormat | undefined {
	return EXPORT_FORMATS.find((format) => format.id === id);
}
