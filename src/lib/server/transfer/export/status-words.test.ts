import { describe, expect, it } from 'vitest';
import { PROJECT_STATUSES, type ProjectStatus } from '../../../domain';
import { LANGS } from '../../../i18n/locale';
import { projectStatusLabel } from '../../../projects/labels';
import { parseProjectStatus } from '../import/sheet-kinds/projects';
import { buildExportGraph } from './export-graph';
import { buildTables, TABLE_HEADERS } from './tables';
import { fixtureInput } from './test-support';

/**
 * An evaluator reads a project's status on the dossier and the project list, then in the CSV/XLSX
 * sheets and the graph files (GEXF, GraphML, Kumu): every one must say the same word.
 */
describe('project status words', () => {
	const input = fixtureInput();
	const template = input.document.projects[0]!;
	// One more project per status, so that every status is written by every export.
	const idOf = (status: ProjectStatus) => `status-${status}`;
	input.document.projects.push(
		...PROJECT_STATUSES.map((status) => ({
			...template,
			id: idOf(status),
			title: `Progetto ${status}`,
			status
		}))
	);

	it('the sheets (CSV, XLSX) write the word the screens show', () => {
		const progetti = buildTables(input).find((t) => t.name === 'progetti')!;
		const statusColumn = TABLE_HEADERS.progetti.indexOf('Stato');
		for (const status of PROJECT_STATUSES) {
			const row = progetti.rows.find((r) => r[0] === idOf(status))!;
			expect(row[statusColumn], status).toBe(projectStatusLabel(status, 'it'));
		}
	});

	it('the graph files (GEXF, GraphML, Kumu) write the word the screens show', () => {
		const { nodes } = buildExportGraph(input);
		for (const status of PROJECT_STATUSES) {
			const node = nodes.find((n) => n.category === 'project' && n.id === idOf(status))!;
			expect(node.attributes.status, status).toBe(status);
			expect(node.attributes.statusLabel, status).toBe(projectStatusLabel(status, 'it'));
		}
	});

	it('the import reads every shown word back to its status, in either language', () => {
		for (const lang of LANGS)
			for (const status of PROJECT_STATUSES)
				expect(parseProjectStatus(projectStatusLabel(status, lang)), status).toEqual({
					ok: true,
					value: status
				});
	});

	it('still reads the words older exports wrote', () => {
		expect(parseProjectStatus('Bozza')).toEqual({ ok: true, value: 'draft' });
		expect(parseProjectStatus('Presentato')).toEqual({ ok: true, value: 'submitted' });
		expect(parseProjectStatus('Rejected')).toEqual({ ok: true, value: 'rejected' });
	});

	it('gives each status its own word, and a real word rather than its id', () => {
		for (const lang of LANGS) {
			const words = PROJECT_STATUSES.map((s) => projectStatusLabel(s, lang));
			expect(new Set(words).size).toBe(words.length);
			expect(words.filter((w, i) => w === PROJECT_STATUSES[i])).toEqual([]);
		}
	});
});
