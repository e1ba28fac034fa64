import { foldText } from '../../../text';
import { headerMatchScore, type FieldDefinition } from './columns';
import { actionsSheet } from './sheet-kinds/actions';
import { actorsSheet } from './sheet-kinds/actors';
import { agreementsSheet } from './sheet-kinds/agreements';
import { callsSheet } from './sheet-kinds/calls';
import { collaborationsSheet } from './sheet-kinds/collaborations';
import {
	SHEET_KIND_IDS,
	type ColumnMapping,
	type SheetKindDefinition,
	type SheetKindId
} from './sheet-kinds/kind';
import { networksSheet } from './sheet-kinds/networks';
import { partnershipsSheet } from './sheet-kinds/partnerships';
import { projectsSheet } from './sheet-kinds/projects';
import { resourcesSheet } from './sheet-kinds/resources';
import { territorySheet } from './sheet-kinds/territory';

export { SHEET_KIND_IDS };
export type { ColumnMapping, SheetKindDefinition, SheetKindId };

/**
 * The registry of what a sheet can hold: one object per kind (in `sheet-kinds/`), with the names
 * the sheet goes by, its columns (with the headers offices write), what it may create and how its
 * rows are read. Headers are matched to columns here; `buildImport` runs the readers.
 */
export const SHEET_KINDS: Readonly<Record<SheetKindId, SheetKindDefinition>> = {
	actors: actorsSheet,
	calls: callsSheet,
	partnerships: partnershipsSheet,
	actions: actionsSheet,
	collaborations: collaborationsSheet,
	projects: projectsSheet,
	resources: resourcesSheet,
	networks: networksSheet,
	agreements: agreementsSheet,
	territory: territorySheet
};

export function fieldById(kind: SheetKindId, fieldId: string): FieldDefinition | undefined {
	return SHEET_KINDS[kind].fields.find((f) => f.id === fieldId);
}

/** Below this a header is left unmapped rather than guessed. */
const MATCH_THRESHOLD = 0.55;

function bestScore(header: string, definition: FieldDefinition): number {
	let best = 0;
	for (const synonym of [
		...definition.synonyms,
		definition.label.it,
		definition.label.en,
		definition.id
	]) {
		best = Math.max(best, headerMatchScore(header, synonym));
		if (best === 1) break;
	}
	return best;
}

/**
 * The field each header most likely fills, or null. Each field takes one column (the best
 * match) unless it accepts several; ties go to the leftmost header.
 */
export function suggestMapping(headers: readonly string[], kind: SheetKindId): ColumnMapping {
	const fields = SHEET_KINDS[kind].fields;
	const candidates: Array<{
		header: string;
		index: number;
		field: FieldDefinition;
		score: number;
	}> = [];
	headers.forEach((header, index) => {
		for (const definition of fields) {
			const score = bestScore(header, definition);
			if (score >= MATCH_THRESHOLD) candidates.push({ header, index, field: definition, score });
		}
	});
	candidates.sort((a, b) => b.score - a.score || a.index - b.index);

	const mapping: ColumnMapping = Object.fromEntries(headers.map((h) => [h, null]));
	const taken = new Set<string>();
	const assigned = new Set<string>();
	for (const { header, field: definition } of candidates) {
		if (assigned.has(header)) continue;
		if (taken.has(definition.id) && !definition.multipleColumns) continue;
		mapping[header] = definition.id;
		assigned.add(header);
		taken.add(definition.id);
	}
	return mapping;
}

/**
 * How well a sheet's headers fit each kind: mapped fields count 1 (2 if distinctive of the kind,
 * weighted by match quality), halved when a required field has no column.
 */
export function scoreSheetKinds(headers: readonly string[]): Record<SheetKindId, number> {
	const scores = {} as Record<SheetKindId, number>;
	for (const kind of SHEET_KIND_IDS) {
		const definition = SHEET_KINDS[kind];
		const mapping = suggestMapping(headers, kind);
		const mapped = new Set(Object.values(mapping).filter((v): v is string => v !== null));
		let score = 0;
		for (const [header, fieldId] of Object.entries(mapping)) {
			if (!fieldId) continue;
			const fieldDefinition = definition.fields.find((f) => f.id === fieldId)!;
			score += (fieldDefinition.distinctive ? 2 : 1) * bestScore(header, fieldDefinition);
		}
		const missingRequired =
			definition.fields.some((f) => f.required && !mapped.has(f.id)) ||
			definition.requiredOneOf.some((group) => !group.some((id) => mapped.has(id)));
		scores[kind] = missingRequired ? score / 2 : score;
	}
	return scores;
}

/** The kind of entity a sheet most likely holds, or null when nothing fits. */
export function detectSheetKind(headers: readonly string[]): SheetKindId | null {
	const scores = scoreSheetKinds(headers);
	let best: SheetKindId | null = null;
	for (const kind of SHEET_KIND_IDS) {
		if (SHEET_KINDS[kind].byNameOnly) continue;
		if (scores[kind] > 0 && (best === null || scores[kind] > scores[best])) best = kind;
	}
	return best;
}

/** The kind a sheet's name says it holds ("Partner", "Risorse", "partenariati"), or null. */
export function sheetKindOfName(name: string): SheetKindId | null {
	const key = foldText(name);
	for (const kind of SHEET_KIND_IDS) {
		if (SHEET_KINDS[kind].sheetNames.some((n) => foldText(n) === key)) return kind;
	}
	return null;
}
