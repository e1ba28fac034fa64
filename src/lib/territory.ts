import { graphql } from './graphql';

/**
 * The Ambiti as the pages list them. `territory` groups them under their ATS (and those with none
 * apart); `AmbitoNames` asks for each one's id and name, `allAmbiti` lays them out in one list.
 */
export const AMBITO_NAMES = graphql(`
	fragment AmbitoNames on Territory {
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
`);

/** An Ambito with its Comuni and their residents: to name a project's territory and weigh its cover. */
export const AMBITO_COMUNI = graphql(`
	fragment AmbitoComuni on Ambito {
		id
		name
		comuni {
			istat
			name
			population
		}
	}
`);

export function allAmbiti<Ambito extends { name: string }>(territory: {
	ats: ReadonlyArray<{ ambiti: readonly Ambito[] }>;
	ambitiWithoutAts: readonly Ambito[];
}): Ambito[] {
	return [...territory.ats.flatMap((a) => a.ambiti), ...territory.ambitiWithoutAts];
}

/** By name, as an Italian reader sorts them. */
export const byName = (a: { name: string }, b: { name: string }) =>
	a.name.localeCompare(b.name, 'it');
