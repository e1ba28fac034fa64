import type { WorkshopsQuery } from '$lib/graphql/graphql';
import { gql } from '$lib/graphql-client';
import { allAmbiti, byName } from '$lib/territory';
import { WORKSHOPS_QUERY } from '$lib/workshops/queries';
import type { PageLoad } from './$types';

export type WorkshopSummary = WorkshopsQuery['workshops'][number];

export const load: PageLoad = async ({ fetch, data }) => {
	if (!data.canRun) return { ...data, ambiti: [], workshops: [] as WorkshopSummary[] };
	const result = await gql(fetch, WORKSHOPS_QUERY).catch(() => null);
	const all = result ? allAmbiti(result.territory) : [];
	const ambiti = all.filter((a) => data.isAdmin || data.ambitoIds.includes(a.id)).sort(byName);
	return { ...data, ambiti, workshops: result?.workshops ?? [] };
};
