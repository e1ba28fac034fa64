export type { ExportInput, TerritoryEdge, TerritoryNode } from './types';
export {
	buildExportGraph,
	type ExportGraph,
	type ExportNode,
	type ExportEdge
} from './export-graph';
export { toGexf } from './gexf';
export { toGraphml } from './graphml';
export { toKumu, type KumuBlueprint } from './kumu';
export { buildTables, TABLE_HEADERS, type Table } from './tables';
export { toCsvFiles, type CsvFile } from './csv';
export { toXlsx } from './xlsx';
export { EXPORT_FORMATS, exportFormat, type ExportFormat, type ExportFormatId } from './formats';
export {
	applyView,
	EXPORT_VIEWS,
	isExportView,
	viewedGraphOf,
	type ExportView,
	type ViewedGraph
} from './analysis-view';
