import { error, fail } from '@sveltejs/kit';
import { gql, GraphQLRequestError } from '$lib/graphql-client';
import { requirePage } from '$lib/server/auth/routes';
import { can } from '$lib/server/auth/policy';
import { runInRequest } from '$lib/server/graphql/endpoint';
import { DEFAULT_RUBRIC_ID } from '$lib/evaluation/desk';
import { loadEvaluation } from '$lib/evaluation/load';
import { ADJUST_SCORE, FINALIZE, REOPEN, SET_NOTES, WHAT_IF_QUERY } from '$lib/evaluation/queries';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { whatIfEditsFromForm } from './what-if-form';

const rubricOf = (url: URL) => url.searchParams.get('griglia') || DEFAULT_RUBRIC_ID;

export const load: PageServerLoad = async (event) => {
	const { locals, url, params } = event;
	const viewer = requirePage(locals.viewer, 'network.read', url);
	try {
		// The map's places and the partners' seats are not read here: the map loads the places
		// itself, the seats are the partners' own (ProjectDetail).
		const data = await loadEvaluation(runInRequest(event), params.id, rubricOf(url));
		const callIds = data.project.call ? [data.project.call.id] : [];
		return {
			...data,
			// Only to show or hide the forms: every mutation is authorised again by the API.
			canEvaluate: can(viewer, 'evaluation.write', { kind: 'calls', callIds })
		};
	} catch (e) {
		if (e instanceof GraphQLRequestError && e.codes.includes('NOT_FOUND')) error(404, e.message);
		if (e instanceof Error && e.name === 'ProjectNotFound') error(404, params.id);
		throw e;
	}
};

/** The evaluation every form on the page changes. */
const evaluationOf = (event: RequestEvent) => ({
	projectId: event.params.id,
	rubricId: rubricOf(event.url)
});

/**
 * Every form posts to GraphQL as the signed-in evaluator; the API's answer becomes the form's
 * (`echo`: what the form gets back to show again after a refusal).
 */
async function mutate(
	event: RequestEvent,
	action: string,
	send: () => Promise<unknown>,
	echo: { criterionId?: string; reason?: string; score?: string } = {}
) {
	requirePage(event.locals.viewer, 'network.read', event.url);
	try {
		await send();
		return { action, saved: true };
	} catch (e) {
		if (!(e instanceof GraphQLRequestError)) throw e;
		const code = e.codes[0] ?? 'UNKNOWN';
		const status =
			code === 'CONFLICT' ? 409 : code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 403 : 400;
		return fail(status, {
			action,
			code,
			error: e.message,
			criterionId: echo.criterionId ?? null,
			reason: echo.reason ?? null,
			score: echo.score ?? null
		});
	}
}

const text = (form: FormData, key: string) => String(form.get(key) ?? '');
const version = (form: FormData) => {
	const v = Number(form.get('expectedVersion'));
	return Number.isInteger(v) ? v : null;
};
/** "72,5" and "72.5" are the same score; empty clears the adjustment. */
const score = (raw: string) => (raw.trim() === '' ? null : Number(raw.replace(',', '.')));

export const actions: Actions = {
	/** "What if": nothing is saved; the page shows the score with the ticked changes. */
	whatif: async (event) => {
		requirePage(event.locals.viewer, 'network.read', event.url);
		const asked = whatIfEditsFromForm(await event.request.formData());
		const { tried } = asked;
		if ('error' in asked)
			return fail(400, { action: 'whatif', code: 'BAD_INPUT', error: asked.error, tried });
		try {
			const { whatIf } = await gql(event.fetch, WHAT_IF_QUERY, {
				...evaluationOf(event),
				edits: asked.edits
			});
			return { action: 'whatif', whatIf, tried };
		} catch (e) {
			if (!(e instanceof GraphQLRequestError)) throw e;
			return fail(400, {
				action: 'whatif',
				code: e.codes[0] ?? 'UNKNOWN',
				error: e.message,
				tried
			});
		}
	},
	adjust: async (event) => {
		const form = await event.request.formData();
		const clear = form.get('clear') === '1';
		const value = clear ? null : score(text(form, 'score'));
		if (value !== null && !Number.isFinite(value))
			return fail(400, {
				action: 'adjust',
				code: 'BAD_INPUT',
				error: m.evalInvalidScore(),
				criterionId: text(form, 'criterionId'),
				reason: text(form, 'reason'),
				score: text(form, 'score')
			});
		const echo = { criterionId: text(form, 'criterionId'), reason: text(form, 'reason') };
		return mutate(
			event,
			'adjust',
			() =>
				gql(event.fetch, ADJUST_SCORE, {
					...evaluationOf(event),
					...echo,
					score: value,
					expectedVersion: version(form)
				}),
			{ ...echo, score: text(form, 'score') }
		);
	},
	notes: async (event) => {
		const form = await event.request.formData();
		return mutate(event, 'notes', () =>
			gql(event.fetch, SET_NOTES, {
				...evaluationOf(event),
				notes: text(form, 'notes'),
				expectedVersion: version(form)
			})
		);
	},
	finalize: async (event) => {
		const form = await event.request.formData();
		return mutate(event, 'finalize', () =>
			gql(event.fetch, FINALIZE, { ...evaluationOf(event), expectedVersion: version(form) })
		);
	},
	reopen: async (event) => {
		const form = await event.request.formData();
		const reason = text(form, 'reason');
		return mutate(
			event,
			'reopen',
			() =>
				gql(event.fetch, REOPEN, {
					...evaluationOf(event),
					reason,
					expectedVersion: version(form)
				}),
			{ reason }
		);
	}
};
