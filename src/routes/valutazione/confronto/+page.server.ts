import { error } from '@sveltejs/kit';
import { gql } from '$lib/graphql-client';
import { requirePage } from '$lib/server/auth/routes';
import { DEFAULT_RUBRIC_ID } from '$lib/evaluation/desk';
import { EVALUATION_QUERY } from '$lib/evaluation/queries';
import type { ProjectDetail } from '$lib/evaluation/types';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

/** Side by side: 2 to 4 projects on the same rubric (`?progetti=a&progetti=b` or `?progetti=a,b`). */
export const load: PageServerLoad = async ({ locals, url, fetch }) => {
	requirePage(locals.viewer, 'network.read', url);
	const ids = [
		...new Set(
			url.searchParams
				.getAll('progetti')
				.flatMap((v) => v.split(','))
				.map((v) => v.trim())
				.filter(Boolean)
		)
	];
	if (ids.length < 2 || ids.length > 4) error(400, m.evalCompareHint());
	const rubricId = url.searchParams.get('griglia') || DEFAULT_RUBRIC_ID;
	const answers = await Promise.all(
		ids.map((projectId) => gql(fetch, EVALUATION_QUERY, { projectId, rubricId }))
	);
	const projects = answers.map(({ evaluation: { project, ...evaluation } }) => ({
		project,
		evaluation
	}));
	return {
		rubricId,
		compared: projects.filter((p): p is typeof p & { project: ProjectDetail } => p.project !== null)
	};
};
