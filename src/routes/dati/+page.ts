import { graphql } from '$lib/graphql';
import { gql } from '$lib/graphql-client';
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
		}
		territory {
			ats {
				ambiti {
					id
					name
				}
			}
			ambitiWithoutAts {
				id
				name
			}
		}
	}
`);

export const load: PageLoad = async ({ fetch, data }) => {
	const result = await gql(fetch, DATA_PAGE_QUERY);
	const ambiti = [
		...result.territory.ats.flatMap((a) => a.ambiti),
		...result.territory.ambitiWithoutAts
	].sort((a, b) => a.name.localeCompare(b.name, 'it'));
	return { ...data, formats: result.exportFormats, ambiti };
};
