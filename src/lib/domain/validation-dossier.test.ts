import { describe, expect, it } from 'vitest';
import { draftProject, type PartnershipRecord, type ProjectRecord } from './model';
import { validateAction, validatePartnership, validateProject } from './validation';

const project = (extra: Partial<ProjectRecord> = {}): ProjectRecord =>
	draftProject({
		id: 'prj-1',
		title: 'Welfare in azione',
		start: '2024-01-01',
		end: '2026-12-31',
		triennio: '2024-2026',
		budgetEur: 100000,
		status: 'running',
		...extra
	});
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('the project dossier is validated field by field', () => {
	it('accepts a complete dossier and an old record without its fields', () => {
		expect(validateProject(project())).toEqual([]);
		const complete = project({
			funder: 'fondazione_cariplo',
			fundingEnd: '2026-06-30',
			leps: ['dimissioni_protette'],
			grantRequestedEur: 80000,
			grantAwardedEur: 70000,
			coDesign: { procedure: 'co_progettazione', date: '2023-05-10', act: 'Determina 12/2023' },
			sustainability: {
				what: 'Lo sportello',
				carriedByActorIds: ['act-1'],
				resources: 'Fondo dell’Ambito',
				committedUntil: '2028-12-31'
			},
			transferability: { what: 'Il modello', documentedWhere: 'https://esempio.it' },
			needs: ['Solitudine degli anziani'],
			targetGroups: ['Anziani soli'],
			indicators: [
				{
					name: 'Persone raggiunte',
					kind: 'quantitative',
					baseline: '0',
					target: '120,5',
					measured: null
				},
				{
					name: 'Fiducia',
					kind: 'qualitative',
					baseline: 'scarsa',
					target: 'buona',
					measured: null
				}
			]
		});
		expect(validateProject(complete)).toEqual([]);
	});

	it('names each wrong field, in Italian first', () => {
		const problems = validateProject(
			project({
				funder: 'banca' as never,
				grantAwardedEur: 200000,
				coDesign: { procedure: 'co_progettazione', date: '10/05/2023', act: null },
				leps: ['nessuno' as never],
				indicators: [
					{ name: '', kind: 'quantitative', baseline: 'molti', target: null, measured: null }
				]
			}),
			'input'
		);
		expect(fields(problems)).toEqual([
			'input.funder',
			'input.leps[0]',
			'input.grantAwardedEur',
			'input.coDesign.date',
			'input.indicators[0].name',
			'input.indicators[0].baseline'
		]);
		expect(problems.find((p) => p.field === 'input.grantAwardedEur')?.message).toMatch(
			/^supera il costo complessivo/
		);
		expect(problems.find((p) => p.field === 'input.indicators[0].baseline')?.message).toMatch(
			/^indicatore quantitativo: scrivi un numero/
		);
	});

	it('checks action phases and the declared members of a partner joining as a whole', () => {
		const action = {
			id: 'azn-1',
			projectId: 'prj-1',
			title: 'Sportello',
			description: null,
			responsibleActorIds: []
		};
		expect(validateAction({ ...action, phases: ['realizzazione'] })).toEqual([]);
		expect(fields(validateAction({ ...action, phases: ['boh' as never] }))).toEqual([
			'action.phases[0]'
		]);
		const partnership: PartnershipRecord = {
			id: 'ptn-1',
			actorId: 'act-1',
			projectId: 'prj-1',
			role: 'partner',
			since: null,
			until: null,
			commitments: [],
			declaredMembers: [
				{ kind: 'comune', count: 13 },
				{ kind: 'cooperativa_sociale_a', count: 11 }
			]
		};
		expect(validatePartnership(partnership)).toEqual([]);
		const bad = validatePartnership({
			...partnership,
			declaredMembers: [
				{ kind: 'comune', count: 0 },
				{ kind: 'comune', count: 2.5 }
			]
		});
		expect(fields(bad)).toEqual([
			'partnership.declaredMembers[0].count',
			'partnership.declaredMembers[1].kind',
			'partnership.declaredMembers[1].count'
		]);
	});
});
