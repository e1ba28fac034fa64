import { error } from '@sveltejs/kit';
import { gql } from '$lib/graphql-client';
import { AGREEMENTS_OF_AMBITO, NETWORKS_AROUND_PROJECT } from '$lib/projects/agreements';
import { PROJECT_DOSSIER } from '$lib/projects/queries';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, data: server }) => {
	// The agreements and networks are edited, never shown as text: only those who edit read them.
	// The networks around the project are chosen on the server and asked beside the dossier.
	const [data, around] = await Promise.all([
		gql(fetch, PROJECT_DOSSIER, { id: params.id }),
		server.canEdit ? gql(fetch, NETWORKS_AROUND_PROJECT, { projectId: params.id }) : null
	]);
	if (!data.project) error(404, params.id);
	const project = data.project;
	// The agreements of each target Ambito.
	const agreements = server.canEdit
		? await Promise.all(
				project.targetAmbitoIds.map((ambitoId) => gql(fetch, AGREEMENTS_OF_AMBITO, { ambitoId }))
			)
		: [];
	return {
		...server,
		project,
		calls: data.calls,
		territory: data.territory,
		agreements: agreements.flatMap((a) => a.agreements),
		networks: around?.project?.networksAround ?? []
	};
};
