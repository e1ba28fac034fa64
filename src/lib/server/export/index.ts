export type { ExportInput, TerritoryEdge, TerritoryNode } from './types';
export { buildGraphView, type GraphView, type GraphNode, type GraphEdge } from './graph-view';
export { toGexf } from './gexf';
export { toGraphml } from './graphml';
export { toKumu, type KumuBlueprint } from './kumu';
export { buildTables, TABLE_HEADERS, type Table } from './tables';
export { toCsvFiles, type CsvFile } from './csv';
export { toXlsx } from './xlsx';
export { EXPORT_FORMATS, exportFormat, type ExportFormat, type ExportFormatId } from './formats';
