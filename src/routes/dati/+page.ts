import { graphql } from '$lib/graphql';
import { gql } from '$lib/graphql-client';
import { allAmbiti, byName } from '$lib/territory';
import type { PageLoad } from './$types';

const DATA_PAGE_QUERY = graphql(`
	query DataPage {
		exportFormats {
			id
			label {
				it
				en
			}
			extension
			graph
		}
		territory {
			...AmbitoNames
		}
	}
`);

export const load: PageLoad = async ({ fetch, data }) => {
	const result = await gql(fetch, DATA_PAGE_QUERY);
	const ambiti = allAmbiti(result.territory).sort(byName);
	return { ...data, formats: result.exportFormats, ambiti };
};
