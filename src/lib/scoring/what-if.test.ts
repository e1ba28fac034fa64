import { describe, expect, it } from 'vitest';
import { PROGRAMMAZIONE_2025_2027, SPERIMENTAZIONI_2012_2014 } from './rubrics';
import { scorePartnership } from './score';
import { commitment, makePartner, makeSnapshot } from './test-support';
import type { PartnershipSnapshot } from './types';
import { applyEdits, whatIf, WhatIfError } from './what-if';

const snapshot: PartnershipSnapshot = makeSnapshot({
	project: {
		id: 'p',
		title: 'P',
		start: '2022-01-01',
		end: '2024-12-31',
		budgetEur: 100_000,
		grantRequestedEur: 70_000,
		funder: 'regione'
	},
	partners: [
		makePartner('com', 'comune', 'capofila', {
			name: 'Comune di Crema',
			seatComune: '019035',
			ambitoIds: ['crema']
		}),
		makePartner('coop', 'cooperativa_sociale_a', 'partner', {
			name: 'Coop Igea',
			seatComune: '019035'
		}),
		makePartner('odv', 'odv', 'sostenitore', { name: 'ODV Amici' })
	],
	actions: [
		{ id: 'a1', title: 'Sportello', responsibleActorIds: ['com', 'coop'] },
		{ id: 'a2', title: 'Laboratori', responsibleActorIds: ['coop'] }
	],
	commitments: [commitment('com', 20_000, 'public'), commitment('coop', 10_000, 'private')],
	territory: {
		comuni: [
			{ istat: '019035', name: 'Crema', population: 34_000, ambitoId: 'crema', atsId: 'valpadana' },
			{
				istat: '019011',
				name: 'Bagnolo Cremasco',
				population: 4_800,
				ambitoId: 'crema',
				atsId: 'valpadana'
			}
		]
	},
	candidates: [
		{
			actorId: 'cisl',
			name: 'CISL Asse del Po',
			kind: 'organizzazione_sindacale',
			seatComune: null
		},
		{ actorId: 'scuola', name: 'IC Bagnolo Cremasco', kind: 'scuola', seatComune: '019011' },
		{
			actorId: 'demo',
			name: 'Cooperativa Demo',
			kind: 'impresa',
			seatComune: '019011',
			fictional: true
		}
	]
});

describe('whatIf', () => {
	it('returns the new scorecard and the change per criterion, without touching the snapshot', () => {
		const before = JSON.stringify(snapshot);
		const result = whatIf(snapshot, SPERIMENTAZIONI_2012_2014, [
			{ kind: 'changeRole', actorId: 'odv', role: 'partner' }
		]);
		expect(JSON.stringify(snapshot)).toBe(before);
		expect(result.before).toEqual(scorePartnership(snapshot, SPERIMENTAZIONI_2012_2014));
		const a = result.criteria.find((c) => c.criterionId === 'A')!;
		expect(a.delta).toBeCloseTo(a.after! - a.before!, 12);
		// The ODV now counts in full for breadth, but as an operating partner with no action it lowers B.
		expect(a.delta).toBeGreaterThan(0);
		expect(result.criteria.find((c) => c.criterionId === 'B')!.delta).toBeLessThan(0);
		expect(result.totalDelta).toBeCloseTo(result.after.total! - result.before.total!, 12);
	});

	it('adds a candidate with a role and actions, and removes a partner with its commitments and responsibilities', () => {
		const added = applyEdits(snapshot, [
			{ kind: 'addCandidate', actorId: 'scuola', role: 'partner', responsibleFor: ['a2'] }
		]);
		expect(added.partners.find((p) => p.actorId === 'scuola')).toMatchObject({
			role: 'partner',
			seatComune: '019011',
			ambitoIds: ['crema']
		});
		expect(added.actions.find((a) => a.id === 'a2')!.responsibleActorIds).toEqual([
			'coop',
			'scuola'
		]);
		expect(added.candidates!.map((c) => c.actorId)).not.toContain('scuola');
		const removed = applyEdits(snapshot, [{ kind: 'removePartner', actorId: 'coop' }]);
		expect(removed.partners.map((p) => p.actorId)).toEqual(['com', 'odv']);
		expect(removed.commitments.map((c) => c.actorId)).toEqual(['com']);
		expect(removed.actions.map((a) => a.responsibleActorIds)).toEqual([['com'], []]);
	});

	it('refuses a fictional candidate, an unknown partner and a partner added twice, in Italian and English', () => {
		const attempt = (edits: Parameters<typeof applyEdits>[1]) => {
			try {
				applyEdits(snapshot, edits);
			} catch (error) {
				expect(error).toBeInstanceOf(WhatIfError);
				return (error as WhatIfError).detail;
			}
			throw new Error('no error');
		};
		expect(attempt([{ kind: 'addCandidate', actorId: 'demo' }]).it).toContain('fittizio');
		expect(attempt([{ kind: 'removePartner', actorId: 'nobody' }]).en).toContain('not a partner');
		expect(attempt([{ kind: 'addPartner', partner: makePartner('com', 'comune') }]).it).toContain(
			'già tra i partner'
		);
	});
});

describe('whatIf: pretending the project declared what it does not', () => {
	const undeclared: PartnershipSnapshot = {
		...snapshot,
		project: { id: 'p', title: 'P', start: '2022-01-01', end: '2024-12-31', funder: 'regione' }
	};
	const criterionAfter = (result: ReturnType<typeof whatIf>, id: string) =>
		result.criteria.find((c) => c.criterionId === id)!;

	it('«se il progetto dichiarasse i LEPS»: J turns from non valutabile into a score, the snapshot is untouched', () => {
		const before = JSON.stringify(undeclared);
		const result = whatIf(undeclared, PROGRAMMAZIONE_2025_2027, [
			{ kind: 'declare', field: 'leps', leps: ['pronto_intervento_sociale'] }
		]);
		expect(JSON.stringify(undeclared)).toBe(before);
		expect(result.snapshot.project.leps).toEqual(['pronto_intervento_sociale']);
		const j = criterionAfter(result, 'J');
		expect(j.before).toBeNull();
		expect(j.after).not.toBeNull();
		expect(result.after.assessedWeightShare).toBeGreaterThan(result.before.assessedWeightShare);
	});

	it('«la co-progettazione»: an art. 55 procedure scores K’s procedure at 100, «nessuna» at 0', () => {
		const k = (procedure: 'co_progettazione' | 'nessuna') =>
			whatIf(undeclared, PROGRAMMAZIONE_2025_2027, [
				{ kind: 'declare', field: 'coDesign', procedure }
			]).after.criteria.find((c) => c.id === 'K')!;
		expect(k('co_progettazione').subscores.find((x) => x.id === 'procedure')?.score).toBe(100);
		expect(k('nessuna').subscores.find((x) => x.id === 'procedure')?.score).toBe(0);
	});

	it('«il cofinanziamento»: budget and grant replace the declared ones (awarded grant too) and E reads them', () => {
		const awarded = { ...snapshot, project: { ...snapshot.project, grantAwardedEur: 90_000 } };
		const result = whatIf(awarded, SPERIMENTAZIONI_2012_2014, [
			{ kind: 'declare', field: 'cofinancing', budgetEur: 200_000, grantEur: 100_000 }
		]);
		expect(result.snapshot.project).toMatchObject({
			budgetEur: 200_000,
			grantRequestedEur: 100_000,
			grantAwardedEur: null
		});
		const e = result.after.criteria.find((c) => c.id === 'E')!;
		expect(e.inputs.cofinancingShare).toBeCloseTo(0.5, 9);
	});

	it('refuses an unknown LEPS, an unknown procedure and a grant above the cost, naming the field', () => {
		const attempt = (edit: Parameters<typeof applyEdits>[1][number]) => {
			try {
				applyEdits(undeclared, [edit]);
			} catch (error) {
				expect(error).toBeInstanceOf(WhatIfError);
				return (error as WhatIfError).detail;
			}
			throw new Error('no error');
		};
		expect(
			attempt({ kind: 'declare', field: 'leps', leps: ['nope' as 'pronto_intervento_sociale'] }).it
		).toContain('LEPS sconosciuto');
		expect(attempt({ kind: 'declare', field: 'leps', leps: [] }).it).toContain('almeno un LEPS');
		expect(
			attempt({ kind: 'declare', field: 'coDesign', procedure: 'x' as 'nessuna' }).it
		).toContain('Procedura sconosciuta');
		expect(
			attempt({ kind: 'declare', field: 'cofinancing', budgetEur: 100, grantEur: 200 }).it
		).toContain('Contributo richiesto');
		expect(
			attempt({ kind: 'declare', field: 'cofinancing', budgetEur: 0, grantEur: 0 }).it
		).toContain('Costo complessivo');
	});
});

describe('candidate impacts', () => {
	it('say how much each real candidate would change the total, and name them in the suggestions', () => {
		const card = scorePartnership(snapshot, SPERIMENTAZIONI_2012_2014, { candidateImpacts: 5 });
		const impacts = card.candidateImpacts!;
		expect(impacts.map((i) => i.actorId).sort()).toEqual(['cisl', 'scuola']);
		for (const impact of impacts) {
			const edited = whatIf(snapshot, SPERIMENTAZIONI_2012_2014, [
				{ kind: 'addCandidate', actorId: impact.actorId, role: 'partner', responsibleFor: ['a2'] }
			]);
			expect(impact.totalDelta).toBeCloseTo(edited.totalDelta!, 9);
		}
		const named = card.criteria.flatMap((c) => c.suggestions).filter((s) => s.impacts?.length);
		expect(named.length).toBeGreaterThan(0);
		expect(named[0]!.it).toMatch(/Effetto sul totale se entrassero come partner: .+ [+−]\d/);
	});

	it('are not computed unless asked, so rankings stay one scoring per project', () => {
		expect(scorePartnership(snapshot, SPERIMENTAZIONI_2012_2014).candidateImpacts).toBeUndefined();
	});
});
