import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { PERMISSION_IDS } from './permissions';
import { authorize, can, ROLE_PERMISSIONS, type Scope, type Viewer } from './policy';
import { USER_ROLE_IDS, type UserRoleId } from './user-roles';

const viewer = (roles: UserRoleId[], extra: Partial<Viewer> = {}): Viewer => ({
	id: 'u1',
	name: 'U',
	email: 'u@x.it',
	roles,
	ambitoIds: ['X'],
	callIds: ['C1'],
	workshopIds: ['W1'],
	mustChangePassword: false,
	method: 'test',
	...extra
});

/**
 * The whole role × permission table, as written in the issue: a row per permission, a column per
 * role; '-' refused, 'all', 'assigned'.
 */
const EXPECTED = grantTable(`
	                    amministratore ufficio_di_piano valutatore facilitatore partecipante lettore
	network.read        all            all              all        all          -            all
	network.edit        all            assigned         -          -            -            -
	network.import      all            assigned         -          -            -            -
	evaluation.write    all            -                assigned   -            -            -
	workshop.run        all            -                -          assigned     -            -
	workshop.contribute -              -                -          -            assigned     -
	survey.run          all            assigned         -          assigned     -            -
	users.manage        all            -                -          -            -            -
	personalData.read   all            assigned         assigned   assigned     -            assigned
	audit.read          all            -                -          -            -            -
	account.self        assigned       assigned         assigned   assigned     -            assigned
`);

/** Reads the table above into role -> permission -> cell; a role or permission it lacks is absent. */
function grantTable(text: string): Partial<Record<string, Record<string, string>>> {
	const [roles = [], ...rows] = text
		.trim()
		.split('\n')
		.map((line) => line.trim().split(/\s+/));
	const table: Record<string, Record<string, string>> = {};
	for (const [permission = '', ...cells] of rows)
		cells.forEach((cell, i) => ((table[roles[i]!] ??= {})[permission] = cell));
	return table;
}

describe('policy table', () => {
	it('grants exactly the expected role × permission table', () => {
		for (const role of USER_ROLE_IDS)
			for (const permission of PERMISSION_IDS)
				expect([role, permission, ROLE_PERMISSIONS[role][permission] ?? '-']).toEqual([
					role,
					permission,
					EXPECTED[role]?.[permission]
				]);
	});

	it('limits assigned grants to the assignment', () => {
		const udp = viewer(['ufficio_di_piano']);
		const inX: Scope = { kind: 'ambiti', ambitoIds: ['X', 'Z'] };
		const inY: Scope = { kind: 'ambiti', ambitoIds: ['Y'] };
		expect(can(udp, 'network.edit', inX)).toBe(true);
		expect(can(udp, 'network.edit', inY)).toBe(false);
		expect(can(udp, 'network.edit', [inX, inY])).toBe(false);
		expect(can(udp, 'network.edit', { kind: 'global' })).toBe(false);
		expect(can(udp, 'network.edit', { kind: 'ambiti', ambitoIds: [], ownerId: 'u1' })).toBe(true);
		expect(can(udp, 'network.edit', { kind: 'ambiti', ambitoIds: [], ownerId: 'u2' })).toBe(false);
		expect(can(udp, 'network.edit', { kind: 'ambiti', ambitoIds: [], ownerId: null })).toBe(false);
		const evaluator = viewer(['valutatore']);
		expect(can(evaluator, 'evaluation.write', { kind: 'calls', callIds: ['C1'] })).toBe(true);
		expect(can(evaluator, 'evaluation.write', { kind: 'calls', callIds: ['C2'] })).toBe(false);
		expect(
			can(viewer(['partecipante']), 'workshop.contribute', { kind: 'workshop', workshopId: 'W2' })
		).toBe(false);
		expect(can(viewer(['lettore']), 'personalData.read', { kind: 'self', userId: 'u1' })).toBe(
			true
		);
		expect(can(viewer(['lettore']), 'personalData.read', { kind: 'self', userId: 'u2' })).toBe(
			false
		);
		expect(
			can(viewer(['amministratore']), 'personalData.read', { kind: 'self', userId: 'u2' })
		).toBe(true);
	});

	it('throws UNAUTHENTICATED for nobody, FORBIDDEN with a bilingual message otherwise', () => {
		const codeOf = (f: () => void) => {
			try {
				f();
				return 'allowed';
			} catch (e) {
				expect(e).toBeInstanceOf(AppError);
				expect((e as AppError).message).toContain(' / ');
				return (e as AppError).code;
			}
		};
		expect(codeOf(() => authorize(null, 'network.read'))).toBe('UNAUTHENTICATED');
		expect(codeOf(() => authorize(viewer(['lettore']), 'network.edit'))).toBe('FORBIDDEN');
		expect(codeOf(() => authorize(viewer(['lettore']), 'network.read'))).toBe('allowed');
		expect(
			codeOf(() =>
				authorize(viewer(['amministratore'], { mustChangePassword: true }), 'network.read')
			)
		).toBe('FORBIDDEN');
		expect(
			codeOf(() =>
				authorize(viewer(['lettore'], { mustChangePassword: true }), 'account.self', {
					kind: 'self',
					userId: 'u1'
				})
			)
		).toBe('allowed');
	});
});
