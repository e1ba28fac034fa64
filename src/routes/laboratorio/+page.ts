import { gql } from '$lib/graphql-client';
import type { PageLoad } from './$types';

export interface WorkshopSummary {
	id: string;
	code: string;
	name: string;
	ambitoId: string;
	status: string;
	step: string;
	createdAt: number;
}

export const load: PageLoad = async ({ fetch, data }) => {
	if (!data.canRun) return { ...data, ambiti: [], workshops: [] as WorkshopSummary[] };
	const result = await gql<{
		territory: {
			ats: Array<{ ambiti: Array<{ id: string; name: string }> }>;
			ambitiWithoutAts: Array<{ id: string; name: string }>;
		};
		workshops: WorkshopSummary[];
	}>(
		fetch,
		`{ territory { ats { ambiti { id name } } ambitiWithoutAts { id name } }
		   workshops { id code name ambitoId status step createdAt } }`
	).catch(() => null);
	const all = result
		? [...result.territory.ats.flatMap((a) => a.ambiti), ...result.territory.ambitiWithoutAts]
		: [];
	const ambiti = all
		.filter((a) => data.isAdmin || data.ambitoIds.includes(a.id))
		.sort((a, b) => a.name.localeCompare(b.name, 'it'));
	return { ...data, ambiti, workshops: result?.workshops ?? [] };
};
