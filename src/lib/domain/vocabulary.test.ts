import { describe, expect, it } from 'vitest';
import { COLLABORATION_SOURCES, SHARED_HISTORY_KINDS } from './collaboration';
import { CO_DESIGN_PROCEDURES } from './co-design';
import { FUNDERS } from './funders';
import { LEPS, LEPS_BY_ID } from './leps';
import { POLICY_AREA_BY_ID } from './policy-areas';
import { POLICY_CYCLE_PHASES } from './policy-cycle';
import {
	COMMITMENT_TYPES,
	COMMITMENT_UNITS,
	RESOURCE_ORIGINS,
	isFundingSourceId,
	resourceOrigin
} from './commitments';
import { POLICY_AREAS } from './policy-areas';
import { ROLES, ROLE_BY_ID } from './roles';
import { SECTORS } from './sectors';

const registries = {
	sectors: SECTORS,
	roles: ROLES,
	policyAreas: POLICY_AREAS,
	commitmentTypes: COMMITMENT_TYPES,
	commitmentUnits: COMMITMENT_UNITS,
	resourceOrigins: RESOURCE_ORIGINS,
	collaborationSources: COLLABORATION_SOURCES,
	sharedHistoryKinds: SHARED_HISTORY_KINDS,
	funders: FUNDERS,
	leps: LEPS,
	policyCyclePhases: POLICY_CYCLE_PHASES,
	coDesignProcedures: CO_DESIGN_PROCEDURES
};

describe('vocabulary registries', () => {
	for (const [name, entries] of Object.entries(registries)) {
		it(`${name}: unique snake_case ids with Italian and English labels`, () => {
			const ids = entries.map((entry) => entry.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const entry of entries) {
				expect(entry.id).toMatch(/^[a-z][a-z0-9_]*$/);
				expect(entry.label.it.trim()).not.toBe('');
				expect(entry.label.en.trim()).not.toBe('');
			}
		});
	}

	it('lists the nine sectors', () => {
		expect(SECTORS).toHaveLength(9);
	});

	it('orders roles from the most to the least engaged, each saying what it means for scoring', () => {
		expect(ROLES.map((role) => role.id)).toEqual([
			'capofila',
			'promotore',
			'co_promotore',
			'partner',
			'aderente',
			'membro',
			'comune_coinvolto',
			'sostenitore',
			'ente_finanziatore'
		]);
		const rank = { lead: 0, operating: 1, signing: 2, funder: 3 };
		const ranks = ROLES.map((role) => rank[role.engagement]);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		for (const role of ROLES) {
			expect(role.fullPartner).toBe(role.engagement === 'lead' || role.engagement === 'operating');
			expect(role.scoring.it.length).toBeGreaterThan(20);
		}
		expect(ROLE_BY_ID.sostenitore.engagement).toBe('signing');
		expect(ROLE_BY_ID.ente_finanziatore.engagement).toBe('funder');
	});

	it('links LEPS to existing policy areas, and marks the sociosanitary ones', () => {
		for (const entry of LEPS) {
			if ('policyAreaId' in entry) expect(POLICY_AREA_BY_ID[entry.policyAreaId]).toBeDefined();
			expect(entry.source.length).toBeGreaterThan(10);
		}
		expect(LEPS_BY_ID.punto_unico_accesso.sociosanitary).toBe(true);
		expect(LEPS_BY_ID.pronto_intervento_sociale.sociosanitary).toBe(false);
	});

	it('lists the five phases of the policy cycle in order, and the funders the issue names', () => {
		expect(POLICY_CYCLE_PHASES.map((p) => p.id)).toEqual([
			'analisi_bisogno',
			'programmazione',
			'progettazione',
			'realizzazione',
			'monitoraggio_valutazione'
		]);
		expect(FUNDERS.map((f) => f.id)).toEqual([
			'regione',
			'fondazione_cariplo',
			'pnrr',
			'fse_plus',
			'comuni',
			'altro'
		]);
		expect(CO_DESIGN_PROCEDURES.filter((p) => p.article55).map((p) => p.id)).toEqual([
			'co_programmazione',
			'co_progettazione'
		]);
	});

	it('gives every commitment type a known unit', () => {
		const units = new Set(COMMITMENT_UNITS.map((unit) => unit.id));
		for (const type of COMMITMENT_TYPES) expect(units.has(type.unit)).toBe(true);
	});

	it('keeps policy-area shares within [0, 1]', () => {
		for (const area of POLICY_AREAS) {
			if ('shareOfAmbiti2021' in area) {
				expect(area.shareOfAmbiti2021).toBeGreaterThan(0);
				expect(area.shareOfAmbiti2021).toBeLessThanOrEqual(1);
			}
		}
	});
});

describe('resourceOrigin', () => {
	it('tells Third Sector money apart from other private money', () => {
		expect(resourceOrigin('private', 'cooperativa_sociale_a')).toBe('third_sector');
		expect(resourceOrigin('private', 'fondazione_bancaria')).toBe('other_private');
		expect(resourceOrigin('private', null)).toBe('other_private');
	});

	it('keeps public money public whoever contributes it', () => {
		expect(resourceOrigin('public', 'odv')).toBe('public');
		expect(resourceOrigin('public', 'comune')).toBe('public');
	});

	it('recognises funding source ids', () => {
		expect(isFundingSourceId('public')).toBe(true);
		expect(isFundingSourceId('third_sector')).toBe(false);
	});
});
