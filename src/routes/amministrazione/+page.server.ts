import { fail } from '@sveltejs/kit';
import {
	adminCreateUser,
	adminDeleteUser,
	adminListUsers,
	adminResetPassword,
	adminUpdateUser
} from '$lib/server/accounts/account-service';
import { USER_ROLES } from '$lib/server/auth/user-roles';
import { requirePage } from '$lib/server/auth/routes';
import { ambitoChoices } from '$lib/server/network/placement-queries';
import { AppError } from '$lib/server/errors';
import { runWith } from '$lib/graphql-client';
import { loadChoices } from '$lib/evaluation/desk';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, fetch }) => {
	const viewer = requirePage(locals.viewer, 'users.manage', url);
	const [users, ambiti, choices] = await Promise.all([
		adminListUsers(viewer),
		ambitoChoices(),
		loadChoices(runWith(fetch))
	]);
	return {
		users,
		ambiti,
		// An evaluator's calls are chosen by title, newest first.
		calls: [...choices.calls]
			.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title, 'it'))
			.map((c) => ({ id: c.id, title: c.title, year: c.year ?? null })),
		roles: USER_ROLES.filter((r) => r.hasAccount).map((r) => ({ id: r.id, label: r.label })),
		viewerId: viewer.id
	};
};

const list = (form: FormData, key: string) =>
	form
		.getAll(key)
		.map(String)
		.flatMap((v) => v.split(/[\s,]+/))
		.filter(Boolean);

/** What the user forms hold: given back after a refusal, so nothing typed is lost. */
export interface UserFormValues {
	id: string;
	name: string;
	email: string;
	roles: string[];
	ambitoIds: string[];
	callIds: string[];
	disabled: boolean;
}

const typed = (form: FormData): UserFormValues => ({
	id: String(form.get('id') ?? ''),
	name: String(form.get('name') ?? ''),
	email: String(form.get('email') ?? ''),
	roles: list(form, 'roles'),
	ambitoIds: list(form, 'ambitoIds'),
	callIds: list(form, 'callIds'),
	disabled: form.get('disabled') === 'on'
});

/** Every action goes through the account operations, which call `authorize` first. */
async function attempt<T>(action: string, form: FormData, work: () => Promise<T>) {
	try {
		return await work();
	} catch (e) {
		if (e instanceof AppError)
			return fail(e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED' ? 403 : 400, {
				action,
				error: e.message,
				values: typed(form)
			});
		throw e;
	}
}

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const form = await request.formData();
		return attempt('create', form, async () => {
			const created = await adminCreateUser(locals.viewer, {
				email: String(form.get('email') ?? ''),
				name: String(form.get('name') ?? ''),
				roles: list(form, 'roles'),
				ambitoIds: list(form, 'ambitoIds'),
				callIds: list(form, 'callIds')
			});
			return {
				action: 'create',
				email: created.user.email,
				oneTimePassword: created.oneTimePassword
			};
		});
	},
	update: async ({ request, locals }) => {
		const form = await request.formData();
		return attempt('update', form, async () => {
			const user = await adminUpdateUser(locals.viewer, String(form.get('id') ?? ''), {
				name: String(form.get('name') ?? ''),
				roles: list(form, 'roles'),
				ambitoIds: list(form, 'ambitoIds'),
				callIds: list(form, 'callIds'),
				disabled: form.get('disabled') === 'on'
			});
			return { action: 'update', email: user.email, oneTimePassword: null };
		});
	},
	reset: async ({ request, locals }) => {
		const form = await request.formData();
		return attempt('reset', form, async () => {
			const id = String(form.get('id') ?? '');
			const password = await adminResetPassword(locals.viewer, id);
			return { action: 'reset', email: String(form.get('email') ?? ''), oneTimePassword: password };
		});
	},
	delete: async ({ request, locals }) => {
		const form = await request.formData();
		return attempt('delete', form, async () => {
			await adminDeleteUser(locals.viewer, String(form.get('id') ?? ''));
			return { action: 'delete', email: String(form.get('email') ?? ''), oneTimePassword: null };
		});
	}
};
