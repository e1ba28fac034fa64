import type { WorkshopsQuery } from '$lib/graphql/graphql';
import { gql } from '$lib/graphql-client';
import { WORKSHOPS_QUERY } from '$lib/workshop/queries';
import type { PageLoad } from './$types';

export type WorkshopSummary = WorkshopsQuery['workshops'][number];

export const load: PageLoad = async ({ fetch, data }) => {
	if (!data.canRun) return { ...data, ambiti: [], workshops: [] as WorkshopSummary[] };
	const result = await gql(fetch, WORKSHOPS_QUERY).catch(() => null);
	const all = result
		? [...result.territory.ats.flatMap((a) => a.ambiti), ...result.territory.ambitiWithoutAts]
		: [];
	const ambiti = all
		.filter((a) => data.isAdmin || data.ambitoIds.includes(a.id))
		.sort((a, b) => a.name.localeCompare(b.name, 'it'));
	return { ...data, ambiti, workshops: result?.workshops ?? [] };
};
