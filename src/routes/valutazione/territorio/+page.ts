import { graphql } from '$lib/graphql';
import { gql } from '$lib/graphql-client';
import { GEO_PLACES_QUERY, placesOf } from '$lib/geo/queries';
import {
	REGIONAL_LEVELS,
	REGIONAL_MEASURES,
	type RegionalLevel,
	type RegionalMeasure
} from '$lib/geo/regional';
import type { PageLoad } from './$types';

const REGIONAL_QUERY = graphql(`
	query RegionalActivity {
		regionalActivity {
			date
			activeProjects
			projects {
				id
				title
				total
				comuni
			}
			comuni {
				istat
				activeProjects
				coveringProjects
				meanScore
			}
			ambiti {
				id
				name
				activeProjects
				residentShare
				meanScore
			}
		}
	}
`);

const pick = <T extends string>(all: readonly T[], value: string | null): T =>
	all.find((x) => x === value) ?? all[0]!;

/** The activity of the whole region and every Comune's place; the measure and level from the URL. */
export const load: PageLoad = async ({ fetch, url, data }) => {
	const [activity, places] = await Promise.all([
		gql(fetch, REGIONAL_QUERY),
		gql(fetch, GEO_PLACES_QUERY)
	]);
	return {
		...data,
		activity: activity.regionalActivity,
		places: placesOf(places),
		measure: pick<RegionalMeasure>(REGIONAL_MEASURES, url.searchParams.get('misura')),
		level: pick<RegionalLevel>(REGIONAL_LEVELS, url.searchParams.get('livello'))
	};
};
