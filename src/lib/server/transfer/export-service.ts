import type { TramaDocument } from '../../domain';
import { readDocument, territoryAround } from '../network/document-queries';
import { readTx } from '../db/driver';
import { badInput, notFound } from '../errors';
import { filterDocumentToAmbito } from './export/ambito-filter';
import { EXPORT_VIEWS, exportFormat, isExportView, type ExportFormatId } from './export';

export interface ExportedFile {
	fileName: string;
	mediaType: string;
	bytes: Uint8Array;
}

/**
 * The network (whole, or one Ambito's part) in one transaction, rendered in the chosen format;
 * graph formats through the chosen analysis view (directed by default).
 */
export async function exportNetwork(
	formatId: string,
	options: { ambitoId?: string | null; view?: string | null },
	generatedAt: string
): Promise<ExportedFile> {
	const format = exportFormat(formatId as ExportFormatId);
	if (!format)
		throw badInput([{ field: 'format', message: 'formato sconosciuto / unknown format' }]);
	const view = options.view ?? 'directed';
	if (!isExportView(view))
		throw badInput([
			{
				field: 'view',
				message: `vista sconosciuta "${view}": usa ${EXPORT_VIEWS.join(', ')} / unknown view`
			}
		]);
	if (view !== 'directed' && !format.graph)
		throw badInput([
			{
				field: 'view',
				message: `la vista "${view}" vale solo per GEXF, GraphML e Kumu / views apply to graph formats only`
			}
		]);
	const { document, territory, title } = await readTx(async (tx) => {
		let doc: TramaDocument = await readDocument(tx);
		let title = 'Trama — rete del welfare lombardo';
		if (options.ambitoId) {
			const r = await tx.run(
				'MATCH (a:Ambito {id: $id}) RETURN a.name AS name, [(c:Comune)-[:IN]->(a) | c.istat] AS comuni',
				{ id: options.ambitoId }
			);
			const row = r.records[0];
			if (!row) throw notFound('Ambito', options.ambitoId);
			doc = filterDocumentToAmbito(doc, options.ambitoId, new Set(row.get('comuni') as string[]));
			title = `Trama — ${row.get('name') as string}`;
		}
		return { document: doc, territory: await territoryAround(tx, doc), title };
	});
	const rendered = await format.render({ document, territory, generatedAt, title, view });
	const bytes = typeof rendered === 'string' ? new TextEncoder().encode(rendered) : rendered;
	const stamp = generatedAt.slice(0, 10);
	const scope = options.ambitoId ? options.ambitoId.replace(/^ambito-/, '') : 'lombardia';
	const suffix = view === 'directed' ? '' : `-${view}`;
	return {
		fileName: `trama-${scope}${suffix}-${stamp}.${format.extension}`,
		mediaType: format.mediaType,
		bytes
	};
}
