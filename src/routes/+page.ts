import { gql } from '$lib/graphql-client';
import type { PageLoad } from './$types';

const HOME_QUERY = /* GraphQL */ `
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
`;

export interface HomeData {
	health: { ok: boolean; neo4jVersion: string };
	territory: {
		counts: Record<
			| 'comuni'
			| 'comuniWithPopulation'
			| 'population'
			| 'comuniWithAmbito'
			| 'comuniWithAts'
			| 'comuniWithAsst'
			| 'comuniWithDistretto'
			| 'ambiti'
			| 'ambitiWithComuniListed'
			| 'ats'
			| 'asst'
			| 'distretti'
			| 'caseDiComunita'
			| 'province',
			number
		>;
		ats: Array<{
			code: string;
			name: string;
			comuniKnown: number;
			asst: Array<{ code: string; name: string }>;
			ambiti: AmbitoSummary[];
		}>;
		ambitiWithoutAts: AmbitoSummary[];
	};
}
interface AmbitoSummary {
	id: string;
	name: string;
	nComuniStated: number | null;
	nComuniKnown: number;
}

export const load: PageLoad = async ({ fetch }) => gql<HomeData>(fetch, HOME_QUERY);
