import { POLICY_AREAS, type PolicyAreaId } from '../../../../domain/policy-areas';
import { type Parsed, fail, ok, okWithWarning } from '../problems';
import {
	PROJECT_STATUS_LABELS,
	PROJECT_STATUSES,
	type ProjectStatus
} from '../../../../domain/model';
import { field, periodEndColumn, periodStartColumn, projectColumn } from '../columns';
import { parseAmount, parseList, parseText } from '../values';
import { closest, foldText } from '../../../../text';
import { callIdFor, projectIdFor } from '../ids';
import { push, unique } from '../name-index';
import type { ImportRun } from '../import-run';
import type { RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

/** A period as "Progetti" and "Accordi" name it. */
export const PROJECT_PERIOD = {
	start: periodStartColumn('start', { label: { it: 'Inizio', en: 'Start' }, synonyms: ['Avvio'] }),
	end: periodEndColumn('end', { label: { it: 'Fine', en: 'End' }, synonyms: ['Conclusione'] })
} as const;

const STATUS_BY_WORD = new Map<string, ProjectStatus>([
	...(
		Object.entries(PROJECT_STATUS_LABELS) as Array<[ProjectStatus, { it: string; en: string }]>
	).flatMap(([id, label]) => [
		[foldText(label.it), id] as const,
		[foldText(label.en), id] as const,
		[id, id] as const
	]),
	// the words exports wrote before they took the screens' words, so old files still read back
	['bozza', 'draft'],
	['presentato', 'submitted'],
	['avviato', 'running'],
	['attivo', 'running'],
	['chiuso', 'closed'],
	['terminato', 'closed'],
	['respinto', 'rejected'],
	['non ammesso', 'rejected'],
	['in valutazione', 'submitted'],
	['ammesso', 'funded']
]);

const statusWords = (lang: 'it' | 'en') =>
	PROJECT_STATUSES.map((s) => PROJECT_STATUS_LABELS[s][lang].toLowerCase()).join(', ');

/** "In corso", "Finanziato", "Concluso"… to a project status. */
export function parseProjectStatus(raw: string): Parsed<ProjectStatus> {
	const status = STATUS_BY_WORD.get(foldText(raw));
	if (status) return ok(status);
	const hint = closest(
		foldText(raw),
		[...STATUS_BY_WORD.keys()].map((k) => [k, k])
	);
	return fail(
		'UNKNOWN_VALUE',
		`Stato "${raw}" sconosciuto.${hint ? ` Forse intendevi "${hint}"?` : ''} Usa: ${statusWords('it')}.`,
		`Unknown status "${raw}".${hint ? ` Did you mean "${hint}"?` : ''} Use: ${statusWords('en')}.`
	);
}

const AREA_BY_WORD = new Map<string, PolicyAreaId>(
	POLICY_AREAS.flatMap((a) => [
		[foldText(a.label.it), a.id] as const,
		[foldText(a.label.en), a.id] as const,
		[a.id, a.id] as const
	])
);

/** Policy areas by their Italian or English label; an unknown one is named, never guessed. */
export function parsePolicyAreas(raw: string): Parsed<PolicyAreaId[]> {
	const list = parseList(raw);
	if (!list.ok) return list;
	const areas: PolicyAreaId[] = [];
	const unknown: string[] = [];
	for (const word of list.value) {
		const area = AREA_BY_WORD.get(foldText(word));
		if (area) areas.push(area);
		else unknown.push(word);
	}
	if (unknown.length === 0) return ok(areas);
	return okWithWarning(
		areas,
		'UNKNOWN_VALUE',
		`Area di policy sconosciuta: ${unknown.map((u) => `"${u}"`).join(', ')}; ignorata. Usa le aree dell'elenco (es. "${POLICY_AREAS[0].label.it}").`,
		`Unknown policy area: ${unknown.map((u) => `"${u}"`).join(', ')}; ignored. Use the listed areas (e.g. "${POLICY_AREAS[0].label.en}").`
	);
}

const PROJECT_FIELDS = {
	title: projectColumn('title', {
		label: { it: 'Titolo del progetto', en: 'Project title' },
		synonyms: ['Titolo', 'Title'],
		required: true
	}),
	call: field({
		id: 'call',
		label: { it: 'Bando', en: 'Call' },
		synonyms: ['Bando', 'Avviso', 'Bando / avviso', 'Misura', 'Call'],
		distinctive: true,
		parse: parseText
	}),
	funder: field({
		id: 'funder',
		label: { it: 'Ente finanziatore', en: 'Funder' },
		synonyms: [
			'Ente finanziatore',
			'Finanziatore',
			'Ente emittente',
			'Fonte di finanziamento',
			'Funder'
		],
		parse: parseText
	}),
	status: field({
		id: 'status',
		label: { it: 'Stato', en: 'Status' },
		synonyms: ['Stato', 'Stato del progetto', 'Status'],
		parse: parseProjectStatus
	}),
	...PROJECT_PERIOD,
	triennio: field({
		id: 'triennio',
		label: { it: 'Triennio', en: 'Three-year plan' },
		synonyms: ['Triennio', 'Triennio del Piano di Zona', 'Piano di Zona (triennio)'],
		distinctive: true,
		parse: parseText
	}),
	policyAreas: field({
		id: 'policyAreas',
		label: { it: 'Aree di policy', en: 'Policy areas' },
		synonyms: ['Aree di policy', 'Area di policy', 'Area', 'Aree tematiche', 'Policy areas'],
		parse: parsePolicyAreas
	}),
	budget: field({
		id: 'budget',
		label: { it: 'Budget (EUR)', en: 'Budget (EUR)' },
		synonyms: [
			'Budget',
			'Budget (EUR)',
			'Costo totale',
			'Costo complessivo',
			'Valore del progetto'
		],
		distinctive: true,
		parse: parseAmount
	}),
	targetComuni: field({
		id: 'targetComuni',
		label: { it: 'Comuni destinatari', en: 'Target municipalities' },
		synonyms: ['Comuni destinatari', 'Comuni coinvolti', 'Comuni target', 'Comuni'],
		parse: parseList
	}),
	targetAmbiti: field({
		id: 'targetAmbiti',
		label: { it: 'Ambiti destinatari', en: 'Target Ambiti' },
		synonyms: [
			'Ambiti destinatari',
			'Ambiti coinvolti',
			'Territorio',
			'Ambito',
			'Ambito territoriale',
			'Ambito distrettuale',
			'Ufficio di Piano',
			'Piano di Zona',
			'Ambiti'
		],
		parse: parseList
	})
} as const;

export const projectsSheet: SheetKindDefinition = {
	id: 'projects',
	label: { it: 'Progetti', en: 'Projects' },
	sheetNames: ['Progetti', 'Progetto', 'Projects'],
	fields: Object.values(PROJECT_FIELDS),
	requiredOneOf: [],
	creates: { actors: false, projects: true },
	readRow: readProjectRow
};

/** A "Progetti" row: the project as the office describes it (the sheet is the truth for it). */
export function readProjectRow(scope: RowScope, run: ImportRun): void {
	const row = scope.readAll(PROJECT_FIELDS);
	const { title, call: callTitle, funder, status, start, end, triennio, budget } = row;
	run.checkDateRange(scope, start, end, 'end');
	const policyAreas = row.policyAreas ?? [];
	const comuni = (row.targetComuni ?? []).map((name) =>
		run.places.comuneOfName(scope, 'targetComuni', name)
	);
	const ambiti = run.places.ambitoIds(scope, 'targetAmbiti', row.targetAmbiti ?? []);
	if (!title || scope.hasError) return;
	const known = run.projectsByTitle.get(foldText(title)) ?? [];
	const id = known.length === 1 ? known[0]! : projectIdFor(title);
	// One row per project: a second row with its title adds nothing and is said so.
	if (run.isRepeat(scope, JSON.stringify(['project', id]))) return;
	let callId: string | null = null;
	if (callTitle) {
		callId = callIdFor(callTitle);
		if (!run.callRecords.has(callId))
			run.callRecords.set(callId, {
				id: callId,
				title: callTitle,
				issuer: funder,
				year: start ? Number(start.slice(0, 4)) : null,
				fictional: false
			});
	}
	run.projectRecords.set(id, {
		id,
		title,
		callId,
		start,
		end,
		triennio,
		policyAreas: unique(policyAreas),
		budgetEur: budget,
		targetComuniIstat: unique(comuni.filter((c): c is string => c !== null)),
		targetAmbitoIds: ambiti,
		status: status ?? 'draft',
		fictional: false
	});
	if (known.length === 0) push(run.projectsByTitle, foldText(title), id);
	if (run.existingProjectIds.has(id)) run.matchedProjects.add(id);
}
