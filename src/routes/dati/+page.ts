import { gql } from '$lib/graphql-client';
import type { PageLoad } from './$types';

export interface DataPageData {
	exportFormats: Array<{ id: string; label: { it: string; en: string }; extension: string }>;
	territory: {
		ats: Array<{ ambiti: Array<{ id: string; name: string }> }>;
		ambitiWithoutAts: Array<{ id: string; name: string }>;
	};
}

export const load: PageLoad = async ({ fetch, data }) => {
	const result = await gql<DataPageData>(
		fetch,
		`{ exportFormats { id label { it en } extension } territory { ats { ambiti { id name } } ambitiWithoutAts { id name } } }`
	);
	const ambiti = [
		...result.territory.ats.flatMap((a) => a.ambiti),
		...result.territory.ambitiWithoutAts
	].sort((a, b) => a.name.localeCompare(b.name, 'it'));
	return { ...data, formats: result.exportFormats, ambiti };
};
