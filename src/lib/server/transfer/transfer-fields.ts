import { EXPORT_FORMATS, EXPORT_VIEWS } from './export';
import { SHEET_KINDS, type DuplicatePair, type ImportProblem } from './import';
import { getActors } from '../network/network-queries';
import { countsOf, importJsonDocument, type ImportReport } from './json-import-service';
import {
	applySpreadsheetImport,
	plannedImport,
	spreadsheetRequestOf,
	type SpreadsheetPlan
} from './spreadsheet-service';
import { exportNetwork, type ExportedFile } from './export-service';
import { builder } from '../graphql/builder';
import { READ_NETWORK, rule } from '../auth/rules';
import { IMPORT_DOCUMENT, IMPORT_SPREADSHEET } from './rules';
import { stampOf } from '../graphql/stamp';
import { LocalizedTextRef } from '../graphql/vocabulary';

const ExportFormatRef = builder
	.objectRef<(typeof EXPORT_FORMATS)[number]>('ExportFormat')
	.implement({
		fields: (t) => ({
			id: t.exposeString('id'),
			label: t.field({ type: LocalizedTextRef, resolve: (f) => f.label }),
			mediaType: t.exposeString('mediaType'),
			extension: t.exposeString('extension'),
			graph: t.boolean({
				description:
					'Formato di grafo: accetta le viste per l’analisi / a graph format: takes the analysis views',
				resolve: (f) => Boolean(f.graph)
			})
		})
	});

export const ExportFileRef = builder.objectRef<ExportedFile>('ExportFile').implement({
	fields: (t) => ({
		fileName: t.exposeString('fileName'),
		mediaType: t.exposeString('mediaType'),
		size: t.int({ resolve: (f) => f.bytes.byteLength }),
		base64: t.string({ resolve: (f) => Buffer.from(f.bytes).toString('base64') })
	})
});

/** Where a problem is (e.g. "actors[3].kind") and what is wrong, Italian / English. */
const ProblemRef = builder.objectRef<{ field: string; message: string }>('Problem').implement({
	fields: (t) => ({ field: t.exposeString('field'), message: t.exposeString('message') })
});

const ImportReportRef = builder.objectRef<ImportReport>('ImportReport').implement({
	fields: (t) => ({
		applied: t.exposeBoolean('applied', {
			description:
				'false per una prova (dry run) o con problemi / false for a dry run or with problems'
		}),
		problems: t.field({ type: [ProblemRef], resolve: (r) => r.problems }),
		counts: t.stringList({ resolve: (r) => r.counts.map((c) => `${c.key}: ${c.value}`) })
	})
});

builder.queryFields((t) => ({
	exportFormats: t.field({
		extensions: rule(READ_NETWORK),
		type: [ExportFormatRef],
		resolve: () => [...EXPORT_FORMATS]
	}),
	exportNetwork: t.field({
		extensions: rule(READ_NETWORK),
		type: ExportFileRef,
		description:
			'Esporta la rete (tutta o di un Ambito): JSON, CSV, XLSX, GEXF, GraphML, Kumu / export the network',
		args: {
			format: t.arg.string({ required: true }),
			ambitoId: t.arg.id(),
			view: t.arg.string({
				description: `Solo GEXF, GraphML, Kumu: ${EXPORT_VIEWS.join(' | ')} (predefinita directed) / graph formats only`
			})
		},
		resolve: (_r, args) =>
			exportNetwork(
				args.format,
				{ ambitoId: args.ambitoId ? String(args.ambitoId) : null, view: args.view },
				new Date().toISOString()
			)
	})
}));

const ImportDocumentInput = builder.inputType('ImportDocumentInput', {
	fields: (t) => ({
		json: t.string({
			required: true,
			description: 'Un documento Trama (formato "trama/1") / a Trama document'
		}),
		dryRun: t.boolean({ defaultValue: false }),
		fileName: t.string()
	})
});

builder.mutationFields((t) => ({
	importDocument: t.field({
		extensions: rule(IMPORT_DOCUMENT),
		type: ImportReportRef,
		description:
			'Importa un documento JSON: prova, poi tutto o niente in una transazione / dry run, then all or nothing',
		args: { input: t.arg({ type: ImportDocumentInput, required: true }) },
		resolve: (_r, { input }, ctx) =>
			importJsonDocument(input.json, {
				fileName: input.fileName,
				dryRun: Boolean(input.dryRun),
				by: stampOf(ctx).by
			})
	})
}));

// ---- Spreadsheets (CSV, XLSX): plan with column mapping and problems by row and column, then apply.

const SpreadsheetInput = builder.inputType('SpreadsheetInput', {
	fields: (t) => ({
		fileBase64: t.string({ required: true }),
		fileName: t.string({ required: true }),
		sheet: t.string(),
		kind: t.string({
			description:
				'actors | projects | partnerships | actions | resources | networks | agreements | collaborations | territory | calls'
		}),
		mapping: t.field({
			type: [
				builder.inputType('ColumnMappingInput', {
					fields: (f) => ({ header: f.string({ required: true }), field: f.string() })
				})
			]
		}),
		merges: t.field({
			type: [
				builder.inputType('MergeInput', {
					fields: (f) => ({
						incomingId: f.string({ required: true }),
						mergeIntoId: f.string({ required: true })
					})
				})
			]
		})
	})
});

const ImportProblemRef = builder.objectRef<ImportProblem>('ImportProblem').implement({
	fields: (t) => ({
		row: t.exposeInt('row'),
		sheet: t.string({
			nullable: true,
			description:
				'Il foglio, quando se ne importano più insieme / the sheet, when several are imported',
			resolve: (p) => p.sheet ?? null
		}),
		column: t.exposeString('column', { nullable: true }),
		field: t.exposeString('field', { nullable: true }),
		code: t.exposeString('code'),
		severity: t.exposeString('severity'),
		message: t.field({ type: LocalizedTextRef, resolve: (p) => p.message })
	})
});
const DuplicateRef = builder
	.objectRef<DuplicatePair & { incomingName: string; otherName: string }>('PossibleDuplicate')
	.implement({
		fields: (t) => ({
			incomingId: t.exposeString('incomingId'),
			incomingName: t.exposeString('incomingName'),
			otherId: t.exposeString('otherId'),
			otherName: t.exposeString('otherName'),
			otherIsExisting: t.exposeBoolean('otherIsExisting'),
			reason: t.exposeString('reason')
		})
	});
const MappingRef = builder
	.objectRef<{ header: string; field: string | null }>('ColumnMapping')
	.implement({
		fields: (t) => ({
			header: t.exposeString('header'),
			field: t.exposeString('field', { nullable: true })
		})
	});
const FieldOptionRef = builder
	.objectRef<{ id: string; label: { it: string; en: string }; required: boolean }>('ImportField')
	.implement({
		fields: (t) => ({
			id: t.exposeString('id'),
			label: t.field({ type: LocalizedTextRef, resolve: (f) => f.label }),
			required: t.exposeBoolean('required')
		})
	});
const SpreadsheetPlanRef = builder
	.objectRef<SpreadsheetPlan & { applied: boolean; names: Map<string, string> }>('SpreadsheetPlan')
	.implement({
		fields: (t) => ({
			applied: t.exposeBoolean('applied'),
			sheets: t.exposeStringList('sheets'),
			sheet: t.string({ resolve: (p) => p.sheet.name }),
			kind: t.exposeString('kind'),
			readSheets: t.stringList({
				description:
					'I fogli letti, nell’ordine (più d’uno per una cartella d’ufficio) / the sheets read, in order',
				resolve: (p) => p.parts.map((part) => part.sheet.name)
			}),
			encoding: t.exposeString('encoding', { nullable: true }),
			mapping: t.field({
				type: [MappingRef],
				resolve: (p) => Object.entries(p.mapping).map(([header, field]) => ({ header, field }))
			}),
			fields: t.field({
				type: [FieldOptionRef],
				description: 'I campi possibili per questo tipo / target fields of this kind',
				resolve: (p) =>
					SHEET_KINDS[p.kind].fields.map((f) => ({
						id: f.id,
						label: f.label,
						required: Boolean(f.required)
					}))
			}),
			rows: t.int({ resolve: (p) => p.result.stats.rows }),
			importable: t.int({ resolve: (p) => p.result.stats.imported }),
			errors: t.int({ resolve: (p) => p.result.stats.errors }),
			warnings: t.int({ resolve: (p) => p.result.stats.warnings }),
			problems: t.field({ type: [ImportProblemRef], resolve: (p) => p.result.problems }),
			duplicates: t.field({
				type: [DuplicateRef],
				resolve: (p) =>
					p.duplicates.map((d) => ({
						...d,
						incomingName: p.names.get(d.incomingId) ?? d.incomingId,
						otherName: p.names.get(d.otherId) ?? d.otherId
					}))
			}),
			counts: t.stringList({
				resolve: (p) =>
					countsOf(p.result.document)
						.filter((c) => c.value !== '0')
						.map((c) => `${c.key}: ${c.value}`)
			})
		})
	});

async function namesOf(plan: SpreadsheetPlan): Promise<Map<string, string>> {
	const names = new Map(plan.result.document.actors.map((a) => [a.id, a.name]));
	const existing = await getActors(
		plan.duplicates.filter((d) => d.otherIsExisting).map((d) => d.otherId)
	);
	existing.forEach((a) => names.set(a.id, a.name));
	return names;
}

builder.mutationFields((t) => ({
	previewSpreadsheetImport: t.field({
		extensions: rule(IMPORT_SPREADSHEET),
		type: SpreadsheetPlanRef,
		description:
			'Prova di importazione: colonne, problemi per riga e colonna, doppioni; non scrive nulla / dry run',
		args: { input: t.arg({ type: SpreadsheetInput, required: true }) },
		resolve: async (_r, { input }) => {
			const plan = await plannedImport(input);
			return { ...plan, applied: false, names: await namesOf(plan) };
		}
	}),
	applySpreadsheetImport: t.field({
		extensions: rule(IMPORT_SPREADSHEET),
		type: SpreadsheetPlanRef,
		description:
			'Applica tutto o niente, in una transazione / applies all or nothing, in one transaction',
		args: { input: t.arg({ type: SpreadsheetInput, required: true }) },
		resolve: async (_r, { input }, ctx) => {
			const plan = await applySpreadsheetImport(spreadsheetRequestOf(input), stampOf(ctx).by);
			return { ...plan, applied: true, names: await namesOf(plan) };
		}
	})
}));
