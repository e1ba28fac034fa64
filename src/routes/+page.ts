import { graphql } from '$lib/graphql';
import { gql } from '$lib/graphql-client';
import type { PageLoad } from './$types';

const HOME_QUERY = graphql(`
	query Home {
		health {
			ok
			neo4jVersion
		}
		territory {
			counts {
				comuni
				comuniWithPopulation
				population
				comuniWithAmbito
				comuniWithAts
				comuniWithAsst
				comuniWithDistretto
				ambiti
				ambitiWithComuniListed
				ats
				asst
				distretti
				caseDiComunita
				province
			}
			ats {
				code
				name
				comuniKnown
				asst {
					code
					name
				}
				ambiti {
					id
					name
					nComuniStated
					nComuniKnown
				}
			}
			ambitiWithoutAts {
				id
				name
				nComuniStated
				nComuniKnown
			}
		}
	}
`);

export const load: PageLoad = async ({ fetch }) => gql(fetch, HOME_QUERY);
