import { graphql } from '../graphql';
import type { GeoPlacesQuery } from '../graphql/graphql';
import type { ComuneInfo } from './membership';

/**
 * Every Comune with its Ambito, Distretto, ASST and ATS, as the maps colour and outline them. The
 * shape is `ComuneInfo`, so the server's answer goes to GeoMap as it is.
 */
export const GEO_PLACE_FRAGMENT = graphql(`
	fragment GeoPlace on ComunePlace {
		istat
		name
		population
		ambito {
			id
			name
		}
		distretto {
			id
			name
		}
		asst {
			id
			name
		}
		ats {
			id
			name
		}
	}
`);
export const GEO_PLACES_QUERY = graphql(`
	query GeoPlaces {
		territory {
			places {
				...GeoPlace
			}
		}
	}
`);

export const placesOf = (d: GeoPlacesQuery): ComuneInfo[] => d.territory.places;
