import { graphql } from '../graphql';
import type {
	MapActorQuery,
	MapAmbitiQuery,
	MapNetworkQuery,
	MapProjectQuery
} from '../graphql/graphql';

/** The map's reads, shared by the page load and the workspace (which reloads after edits). */
export type AmbitoChoice = MapAmbitiQuery['territory']['ambitiWithoutAts'][number];
export type AmbitoMapData = MapNetworkQuery;
export type ActorDetails = NonNullable<MapActorQuery['actor']>;
export type ProjectDetails = NonNullable<MapProjectQuery['project']>;
export type NodeMetricsRow = NonNullable<MapNetworkQuery['networkMetrics']>['nodes'][number];

export const AMBITI_QUERY = graphql(`
	query MapAmbiti {
		territory {
			ats {
				ambiti {
					...AmbitoChoice
				}
			}
			ambitiWithoutAts {
				...AmbitoChoice
			}
		}
	}
	fragment AmbitoChoice on Ambito {
		id
		name
		comuni {
			istat
			name
		}
	}
`);

/** The whole Ambito at depth 1 (its territory, actors, projects, networks) in one round trip. */
export const NETWORK_QUERY = graphql(`
	query MapNetwork($ambitoId: ID!, $ambitoKey: String!) {
		ambitoNetwork(ambitoId: $ambitoId, depth: 1, maxNodes: 20000) {
			...MapGraphView
		}
		networkMetrics(ambitoId: $ambitoId) {
			communityCount
			density
			nodes {
				id
				degree
				betweenness
				closeness
				community
			}
		}
		projects(ambitoId: $ambitoKey, first: 100) {
			edges {
				node {
					id
					title
					triennio
					policyAreas
					targetComuniIstat
					targetAmbitoIds
				}
			}
		}
		mapLayout(ambitoId: $ambitoId) {
			positionsJson
			savedAt
		}
	}
	# The map's graph, as ambitoNetwork and egoNetwork return it (GraphQL GraphView).
	fragment MapGraphView on GraphView {
		nodes {
			id
			label
			type
			kind
			sector
			fictional
			istat
			population
			triennio
			workshops {
				code
				name
				influence
				committedAt
			}
		}
		edges {
			id
			source
			target
			type
			role
			strength
			since
			until
			valueEur
		}
		truncated
	}
`);

/** `projects` takes the Ambito as a String, the other fields as an ID: the same value twice. */
export const networkVariables = (ambitoId: string) => ({ ambitoId, ambitoKey: ambitoId });

/** The side panel's reads and its one write of its own (updates and deletions are undo.ts's). */
export const ACTOR_QUERY = graphql(`
	query MapActor($id: ID!) {
		actor(id: $id) {
			id
			...ActorFields
			sector
			seatName
			fictional
			version
			partnerships {
				role
				project {
					id
					title
					triennio
				}
			}
			memberships {
				network {
					id
					name
				}
			}
			provenance {
				changedAt
				source
			}
		}
	}
`);
export const PROJECT_QUERY = graphql(`
	query MapProject($id: ID!) {
		project(id: $id) {
			id
			title
			triennio
			policyAreas
			budgetEur
			fictional
			partnerships {
				role
				actor {
					id
					name
				}
			}
		}
	}
`);
export const CREATE_COLLABORATION = graphql(`
	mutation MapConnect($input: CollaborationInput!) {
		createCollaboration(input: $input) {
			id
		}
	}
`);
