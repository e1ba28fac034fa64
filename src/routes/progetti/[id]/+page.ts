import { error } from '@sveltejs/kit';
import { gql } from '$lib/graphql-client';
import { PROJECT_DOSSIER } from '$lib/projects/queries';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, data: server }) => {
	const data = await gql(fetch, PROJECT_DOSSIER, { id: params.id });
	if (!data.project) error(404, params.id);
	return { ...server, project: data.project, calls: data.calls, territory: data.territory };
};
