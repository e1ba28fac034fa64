import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { PERMISSION_IDS, type PermissionId } from './permissions';
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

/** The whole role × permission table, as written in the issue. '-' refused, 'all', 'assigned'. */
const EXPECTED: Record<UserRoleId, Record<PermissionId, '-' | 'all' | 'assigned'>> = {
	amministratore: {
		'network.read': 'all',
		'network.edit': 'all',
		'network.import': 'all',
		'evaluation.write': 'all',
		'workshop.run': 'all',
		'workshop.contribute': '-',
		'survey.run': 'all',
		'users.manage': 'all',
		'personalData.read': 'all',
		'audit.read': 'all',
		'account.self': 'assigned'
	},
	ufficio_di_piano: {
		'network.read': 'all',
		'network.edit': 'assigned',
		'network.import': 'assigned',
		'evaluation.write': '-',
		'workshop.run': '-',
		'workshop.contribute': '-',
		'survey.run': 'assigned',
		'users.manage': '-',
		'personalData.read': 'assigned',
		'audit.read': '-',
		'account.self': 'assigned'
	},
	valutatore: {
		'network.read': 'all',
		'network.edit': '-',
		'network.import': '-',
		'evaluation.write': 'assigned',
		'workshop.run': '-',
		'workshop.contribute': '-',
		'survey.run': '-',
		'users.manage': '-',
		'personalData.read': 'assigned',
		'audit.read': '-',
		'account.self': 'assigned'
	},
	facilitatore: {
		'network.read': 'all',
		'network.edit': '-',
		'network.import': '-',
		'evaluation.write': '-',
		'workshop.run': 'assigned',
		'workshop.contribute': '-',
		'survey.run': 'assigned',
		'users.manage': '-',
		'personalData.read': 'assigned',
		'audit.read': '-',
		'account.self': 'assigned'
	},
	partecipante: {
		'network.read': '-',
		'network.edit': '-',
		'network.import': '-',
		'evaluation.write': '-',
		'workshop.run': '-',
		'workshop.contribute': 'assigned',
		'survey.run': '-',
		'users.manage': '-',
		'personalData.read': '-',
		'audit.read': '-',
		'account.self': '-'
	},
	lettore: {
		'network.read': 'all',
		'network.edit': '-',
		'network.import': '-',
		'evaluation.write': '-',
		'workshop.run': '-',
		'workshop.contribute': '-',
		'survey.run': '-',
		'users.manage': '-',
		'personalData.read': 'assigned',
		'audit.read': '-',
		'account.self': 'assigned'
	}
};

describe('policy table', () => {
	it('grants exactly the expected role × permission table', () => {
		for (const role of USER_ROLE_IDS)
			for (const permission of PERMISSION_IDS)
				expect([role, permission, ROLE_PERMISSIONS[role][permission] ?? '-']).toEqual([
					role,
					permission,
					EXPECTED[role][permission]
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
