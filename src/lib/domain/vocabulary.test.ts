import { describe, expect, it } from 'vitest';
import { COLLABORATION_SOURCES } from './collaboration';
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
	collaborationSources: COLLABORATION_SOURCES
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

	it('orders roles from lead to supporter, only the first two being full partners', () => {
		expect(ROLES.map((role) => role.id)).toEqual([
			'capofila',
			'partner',
			'aderente',
			'sostenitore'
		]);
		expect(ROLE_BY_ID.partner.fullPartner).toBe(true);
		expect(ROLE_BY_ID.sostenitore.fullPartner).toBe(false);
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
