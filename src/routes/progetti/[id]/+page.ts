import { error } from '@sveltejs/kit';
import { gql } from '$lib/graphql-client';
import { AGREEMENTS_OF_AMBITO, ALL_NETWORKS, networksOfProject } from '$lib/projects/agreements';
import { PROJECT_DOSSIER } from '$lib/projects/queries';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, data: server }) => {
	const data = await gql(fetch, PROJECT_DOSSIER, { id: params.id });
	if (!data.project) error(404, params.id);
	const project = data.project;
	// The agreements of each target Ambito and the networks around the project, beside the dossier.
	const [agreements, networks] = await Promise.all([
		Promise.all(
			project.targetAmbitoIds.map((ambitoId) => gql(fetch, AGREEMENTS_OF_AMBITO, { ambitoId }))
		),
		gql(fetch, ALL_NETWORKS, {})
	]);
	return {
		...server,
		project,
		calls: data.calls,
		territory: data.territory,
		agreements: agreements.flatMap((a) => a.agreements),
		networks: networksOfProject(
			networks.networks,
			project.targetAmbitoIds,
			new Set(project.partnerships.map((p) => p.actor.id))
		)
	};
};
