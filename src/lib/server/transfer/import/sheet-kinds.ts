import type { LocalizedText } from '../../../domain/registry';
import { foldText } from '../../../text';
import {
	ACTION_FIELDS,
	ACTOR_FIELDS,
	COLLABORATION_FIELDS,
	PARTNERSHIP_FIELDS,
	TERRITORY_FIELDS,
	headerMatchScore,
	type FieldDefinition
} from './columns';
import {
	AGREEMENT_FIELDS,
	NETWORK_FIELDS,
	PROJECT_SHEET_FIELDS,
	RESOURCE_FIELDS
} from './office-columns';

/**
 * The registry of what a sheet can hold: one object per kind, with the names the sheet goes by,
 * its columns (with the headers offices write) and what it may create. The rows are read into the
 * document by `buildImport`; headers are matched to columns here.
 */

export const SHEET_KIND_IDS = [
	'actors',
	'projects',
	'partnerships',
	'actions',
	'resources',
	'networks',
	'agreements',
	'collaborations',
	'territory'
] as const;
export type SheetKindId = (typeof SHEET_KIND_IDS)[number];

export interface SheetKindDefinition {
	readonly id: SheetKindId;
	readonly label: LocalizedText;
	/**
	 * Names a sheet of this kind goes by in an office workbook (and in Trama's own export), matched
	 * after folding: a workbook whose sheets carry them is read whole, each sheet as its kind.
	 */
	readonly sheetNames: readonly string[];
	readonly fields: readonly FieldDefinition[];
	/** At least one field of each group must be mapped and filled (besides `required` fields). */
	readonly requiredOneOf: ReadonlyArray<readonly string[]>;
	/** Whether actors / projects named in the sheet and not found may be created. */
	readonly creates: { readonly actors: boolean; readonly projects: boolean };
	/** Recognised by the sheet's name only, never guessed from headers (they look like another kind's). */
	readonly byNameOnly?: boolean;
}

export const SHEET_KINDS: Readonly<Record<SheetKindId, SheetKindDefinition>> = {
	actors: {
		id: 'actors',
		label: { it: 'Enti (attori della rete)', en: 'Organisations (network actors)' },
		sheetNames: ['Enti', 'Attori', 'Soggetti', 'Anagrafica enti', 'Organisations'],
		fields: Object.values(ACTOR_FIELDS),
		requiredOneOf: [],
		creates: { actors: false, projects: false }
	},
	partnerships: {
		id: 'partnerships',
		label: { it: 'Partenariati di progetto', en: 'Project partnerships' },
		sheetNames: ['Partner', 'Partenariato', 'Partenariati', 'Partners'],
		fields: Object.values(PARTNERSHIP_FIELDS),
		requiredOneOf: [],
		creates: { actors: true, projects: true }
	},
	actions: {
		id: 'actions',
		label: {
			it: 'Azioni di progetto e responsabili',
			en: 'Project actions and who is responsible'
		},
		sheetNames: ['Azioni', 'Attività', 'Actions'],
		fields: Object.values(ACTION_FIELDS),
		requiredOneOf: [],
		creates: { actors: true, projects: true }
	},
	collaborations: {
		id: 'collaborations',
		label: { it: 'Collaborazioni tra enti', en: 'Collaborations between organisations' },
		sheetNames: ['Collaborazioni', 'Collaborations'],
		fields: Object.values(COLLABORATION_FIELDS),
		requiredOneOf: [],
		creates: { actors: true, projects: false }
	},
	projects: {
		id: 'projects',
		label: { it: 'Progetti', en: 'Projects' },
		sheetNames: ['Progetti', 'Progetto', 'Projects'],
		fields: Object.values(PROJECT_SHEET_FIELDS),
		requiredOneOf: [],
		creates: { actors: false, projects: true }
	},
	resources: {
		id: 'resources',
		label: {
			it: 'Risorse messe a disposizione dai partner',
			en: 'Resources the partners commit'
		},
		sheetNames: ['Risorse', 'Cofinanziamento', 'Cofinanziamenti', 'Resources'],
		fields: Object.values(RESOURCE_FIELDS),
		requiredOneOf: [],
		creates: { actors: false, projects: false },
		// Its columns are a partner sheet's without the role: "Partner" is the safer guess.
		byNameOnly: true
	},
	networks: {
		id: 'networks',
		label: { it: 'Reti e loro membri', en: 'Networks and their members' },
		sheetNames: ['Reti', 'Rete', 'Appartenenze', 'Membri delle reti', 'Networks'],
		fields: Object.values(NETWORK_FIELDS),
		requiredOneOf: [],
		creates: { actors: true, projects: false }
	},
	agreements: {
		id: 'agreements',
		label: { it: 'Accordi di Programma', en: 'Programme agreements (Accordi di Programma)' },
		sheetNames: ['Accordi', 'Accordo di Programma', 'Accordi di Programma', 'Agreements'],
		fields: Object.values(AGREEMENT_FIELDS),
		requiredOneOf: [],
		creates: { actors: true, projects: false }
	},
	territory: {
		id: 'territory',
		label: {
			it: 'Territorio: Comune → Ambito → Distretto/ASST → ATS',
			en: 'Territory: Comune → Ambito → District/ASST → ATS'
		},
		sheetNames: ['Territorio', 'Territory'],
		fields: Object.values(TERRITORY_FIELDS),
		requiredOneOf: [['comune', 'istat']],
		creates: { actors: false, projects: false }
	}
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

export type ColumnMapping = Record<string, string | null>;

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
