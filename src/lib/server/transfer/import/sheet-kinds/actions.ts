import { field, projectColumn } from '../columns';
import { parseList, parseLongText, parseText } from '../values';
import { foldText } from '../../../../text';
import { actionIdFor } from '../ids';
import { unique } from '../name-index';
import type { ImportRun } from '../import-run';
import { t, type RowScope } from '../row-scope';
import type { SheetKindDefinition } from './kind';

const ACTION_FIELDS = {
	project: projectColumn('project', { required: true }),
	title: field({
		id: 'title',
		label: { it: 'Azione', en: 'Action' },
		required: true,
		synonyms: [
			'Azione',
			'Titolo azione',
			'Nome azione',
			'Attività',
			'Intervento',
			'Action',
			'Action title'
		],
		distinctive: true,
		parse: parseText
	}),
	description: field({
		id: 'description',
		label: { it: 'Descrizione', en: 'Description' },
		synonyms: ['Descrizione', 'Descrizione azione', 'Descrizione attività', 'Description'],
		parse: parseLongText
	}),
	responsible: field({
		id: 'responsible',
		label: { it: 'Responsabile', en: 'Responsible' },
		required: true,
		synonyms: [
			'Responsabile',
			'Responsabili',
			'Ente responsabile',
			'Enti responsabili',
			'Soggetto responsabile',
			'Responsible',
			'Responsible organisation'
		],
		distinctive: true,
		parse: parseList
	})
} as const;

export const actionsSheet: SheetKindDefinition = {
	id: 'actions',
	label: {
		it: 'Azioni di progetto e responsabili',
		en: 'Project actions and who is responsible'
	},
	sheetNames: ['Azioni', 'Attività', 'Actions'],
	fields: Object.values(ACTION_FIELDS),
	requiredOneOf: [],
	creates: { actors: true, projects: true },
	readRow: readActionRow
};

export function readActionRow(scope: RowScope, run: ImportRun): void {
	const row = scope.readAll(ACTION_FIELDS);
	const { project: projectTitle, title, description } = row;
	const responsibleNames = row.responsible ?? [];
	if (!projectTitle || !title || responsibleNames.length === 0 || scope.hasError) return;
	const project = run.projectRef(scope, 'project', projectTitle);
	if (!project) return;
	const responsible = run
		.splitKnownNames(responsibleNames)
		.map((name) => run.actorRef(scope, 'responsible', name))
		.filter((r): r is NonNullable<typeof r> => r !== null);
	if (scope.hasError) return;
	if (
		run.isRepeat(
			scope,
			JSON.stringify([project.id, foldText(title), description, responsible.map((r) => r.id)])
		)
	)
		return;

	const id = actionIdFor(project.id, title);
	const previous = run.actionRecords.get(id);
	if (previous) {
		// One row per responsible actor is a common layout: collect them on one action.
		previous.responsibleActorIds = unique([
			...previous.responsibleActorIds,
			...responsible.map((r) => r.id)
		]);
		if (description && previous.description && description !== previous.description) {
			scope.report(
				'warning',
				'CONFLICT',
				'description',
				scope.columnOf('description'),
				t(
					`L'azione "${title}" ha già una descrizione diversa in una riga precedente: resta quella.`,
					`Action "${title}" already has a different description in an earlier row: that one is kept.`
				)
			);
		}
		previous.description ??= description;
	} else {
		run.actionRecords.set(id, {
			id,
			projectId: project.id,
			title,
			description,
			responsibleActorIds: unique(responsible.map((r) => r.id))
		});
	}
	project.commit();
	for (const r of responsible) r.commit();
}
