import { foldText } from '../../../../text';
import { callIdFor, projectIdFor } from '../ids';
import { push, unique } from '../name-index';
import { PROJECT_SHEET_FIELDS } from '../office-columns';
import type { ImportRun } from '../import-run';
import type { RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

export const projectsSheet: SheetKindDefinition = {
	id: 'projects',
	label: { it: 'Progetti', en: 'Projects' },
	sheetNames: ['Progetti', 'Progetto', 'Projects'],
	fields: Object.values(PROJECT_SHEET_FIELDS),
	requiredOneOf: [],
	creates: { actors: false, projects: true },
	readRow: readProjectRow
};

/** A "Progetti" row: the project as the office describes it (the sheet is the truth for it). */
export function readProjectRow(scope: RowScope, run: ImportRun): void {
	const f = PROJECT_SHEET_FIELDS;
	const title = scope.read(f.title);
	const callTitle = scope.read(f.call);
	const funder = scope.read(f.funder);
	const status = scope.read(f.status);
	const start = scope.read(f.start);
	const end = scope.read(f.end);
	run.checkDateRange(scope, start, end, 'end');
	const triennio = scope.read(f.triennio);
	const policyAreas = scope.read(f.policyAreas) ?? [];
	const budget = scope.read(f.budget);
	const comuni = (scope.read(f.targetComuni) ?? []).map((name) =>
		run.places.comuneOfName(scope, 'targetComuni', name)
	);
	const ambiti = run.places.ambitoIds(scope, 'targetAmbiti', scope.read(f.targetAmbiti) ?? []);
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
