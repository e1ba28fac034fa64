import { graphql } from '$lib/graphql';
import { gql } from '$lib/graphql-client';
import type { PageLoad } from './$types';

const GAPS_QUERY = graphql(`
	query TerritoryGaps {
		territory {
			counts {
				comuni
				comuniWithAmbito
				comuniWithDistretto
				comuniWithAsst
				ambiti
				ambitiWithComuniListed
				caseDiComunita
			}
			gaps {
				comuniWithoutAmbito {
					istat
					name
					province
				}
				comuniWithoutDistretto {
					istat
				}
				comuniWithoutAsst {
					istat
				}
				ambitiWithoutComuni {
					id
					name
					nComuniStated
				}
				caseWithoutComune {
					id
					name
				}
			}
			places {
				...GeoPlace
			}
		}
	}
`);

/** What is known, what is missing, and every Comune's place for the map. */
export const load: PageLoad = async ({ fetch, data, depends }) => {
	depends('trama:territory');
	const { territory } = await gql(fetch, GAPS_QUERY);
	return { ...data, ...territory };
};
