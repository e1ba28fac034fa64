import { graphql } from '../graphql';
import type {
	DossierProjectFragment,
	ProjectDossierQuery,
	ProjectListQuery,
	UpdatePartnershipInput
} from '../graphql/graphql';
import { gql } from '../graphql-client';
import { saveShowing, type SaveOutcome } from './save';

/** The dossier page's reads and writes: one query, one mutation per section or row. */
/** The project's own fields (what each section's save answers with). */
export type Dossier = DossierProjectFragment;
type Loaded = NonNullable<ProjectDossierQuery['project']>;
export type DossierPartnership = Loaded['partnerships'][number];
export type DossierAction = Loaded['actions'][number];
export type ProjectListItem = ProjectListQuery['projects']['edges'][number]['node'];
export type TerritoryTree = ProjectDossierQuery['territory'];

export const PROJECT_LIST = graphql(`
	query ProjectList(
		$search: String
		$ambitoId: String
		$callId: String
		$triennio: String
		$status: ProjectStatus
		$after: String
	) {
		projects(
			first: 50
			after: $after
			search: $search
			ambitoId: $ambitoId
			callId: $callId
			triennio: $triennio
			status: $status
		) {
			totalCount
			pageInfo {
				hasNextPage
				endCursor
			}
			edges {
				node {
					id
					title
					triennio
					status
					funder
					fictional
					call {
						title
					}
					partnerships {
						id
					}
				}
			}
		}
		calls {
			id
			title
		}
		territory {
			...AmbitoNames
		}
	}
`);

export const PROJECT_FIELDS = graphql(`
	fragment DossierProject on Project {
		id
		title
		version
		fictional
		call {
			id
		}
		funder
		start
		end
		fundingEnd
		triennio
		status
		policyAreas
		leps
		targetAmbitoIds
		targetComuniIstat
		budgetEur
		grantRequestedEur
		grantAwardedEur
		coDesign {
			procedure
			date
			act
		}
		sustainability {
			what
			carriedByActorIds
			resources
			committedUntil
		}
		transferability {
			what
			documentedWhere
		}
		needs
		targetGroups
		indicators {
			name
			kind
			baseline
			target
			measured
		}
	}
`);

export const PARTNERSHIP_FIELDS = graphql(`
	fragment DossierPartnership on Partnership {
		id
		version
		role
		since
		until
		actor {
			id
			name
			kind
		}
		declaredMembers {
			kind
			count
		}
		commitments {
			...CommitmentFields
			description
		}
	}
`);

/** A partner's co-financing as the scoring reads it (the dossier adds its description). */
export const COMMITMENT_FIELDS = graphql(`
	fragment CommitmentFields on Commitment {
		type
		amount
		valueEur
		source
		beyondFunding
	}
`);

export const ACTION_FIELDS = graphql(`
	fragment DossierAction on Action {
		id
		version
		title
		description
		phases
		responsible {
			id
		}
	}
`);

export const PROJECT_DOSSIER = graphql(`
	query ProjectDossier($id: ID!) {
		project(id: $id) {
			...DossierProject
			partnerships {
				...DossierPartnership
			}
			actions {
				...DossierAction
			}
		}
		calls {
			id
			title
		}
		territory {
			ats {
				ambiti {
					...DossierAmbito
				}
			}
			ambitiWithoutAts {
				...DossierAmbito
			}
		}
	}
	fragment DossierAmbito on Ambito {
		...AmbitoComuni
		population
	}
`);

export const CREATE_PROJECT = graphql(`
	mutation CreateProject($input: ProjectInput!) {
		createProject(input: $input) {
			id
		}
	}
`);

export const SAVE_IDENTITY = graphql(`
	mutation SaveProjectIdentity($input: UpdateProjectIdentityInput!) {
		updateProjectIdentity(input: $input) {
			...DossierProject
		}
	}
`);
export const SAVE_RESOURCES = graphql(`
	mutation SaveProjectResources($input: UpdateProjectResourcesInput!) {
		updateProjectResources(input: $input) {
			...DossierProject
		}
	}
`);
export const SAVE_CO_DESIGN = graphql(`
	mutation SaveProjectCoDesign($input: UpdateProjectCoDesignInput!) {
		updateProjectCoDesign(input: $input) {
			...DossierProject
		}
	}
`);
export const SAVE_AFTER_FUNDING = graphql(`
	mutation SaveProjectAfterFunding($input: UpdateProjectAfterFundingInput!) {
		updateProjectAfterFunding(input: $input) {
			...DossierProject
		}
	}
`);
export const SAVE_OUTCOMES = graphql(`
	mutation SaveProjectOutcomes($input: UpdateProjectOutcomesInput!) {
		updateProjectOutcomes(input: $input) {
			...DossierProject
		}
	}
`);

export const SEARCH_ACTORS = graphql(`
	query DossierActorSearch($search: String!) {
		actors(search: $search, first: 8, includeTerritorial: true) {
			edges {
				node {
					id
					name
					kind
					seatName
				}
			}
		}
	}
`);

export const CREATE_PARTNERSHIP = graphql(`
	mutation CreateDossierPartnership($input: PartnershipInput!) {
		createPartnership(input: $input) {
			...DossierPartnership
		}
	}
`);
/** A partner not yet in Trama: the actor and its partnership created in one transaction. */
export const CREATE_PARTNER_ACTOR = graphql(`
	mutation CreateDossierPartnerActor($actor: ActorInput!, $partnership: NewPartnershipInput!) {
		createActorAsPartner(actor: $actor, partnership: $partnership) {
			...DossierPartnership
		}
	}
`);
export const UPDATE_PARTNERSHIP = graphql(`
	mutation UpdateDossierPartnership($input: UpdatePartnershipInput!) {
		updatePartnership(input: $input) {
			...DossierPartnership
		}
	}
`);
export const DELETE_PARTNERSHIP = graphql(`
	mutation DeleteDossierPartnership($id: ID!) {
		deletePartnership(id: $id)
	}
`);
export const CREATE_ACTION = graphql(`
	mutation CreateDossierAction($input: ActionInput!) {
		createAction(input: $input) {
			...DossierAction
		}
	}
`);
export const UPDATE_ACTION = graphql(`
	mutation UpdateDossierAction($input: UpdateActionInput!) {
		updateAction(input: $input) {
			...DossierAction
		}
	}
`);

/**
 * The update input of a partnership as it stands, with `changes`: the partnership and the resources
 * sections each change their part and send the rest as read (an update replaces the record).
 */
export function partnershipInput(
	projectId: string,
	p: DossierPartnership,
	changes: Partial<Omit<UpdatePartnershipInput, 'id' | 'expectedVersion'>> = {}
): UpdatePartnershipInput {
	return {
		id: p.id,
		expectedVersion: p.version,
		actorId: p.actor.id,
		projectId,
		role: p.role,
		since: p.since,
		until: p.until,
		declaredMembers: p.declaredMembers.map(({ kind, count }) => ({ kind, count })),
		commitments: p.commitments.map(
			({ type, amount, valueEur, source, beyondFunding, description }) => ({
				type,
				amount,
				valueEur,
				source,
				beyondFunding,
				description
			})
		),
		...changes
	};
}

/** Saves a partnership as it stands with `changes`, shown as it goes; a refusal names the partner. */
export async function savePartnership(
	show: (outcome: SaveOutcome) => void,
	projectId: string,
	p: DossierPartnership,
	changes: Partial<Omit<UpdatePartnershipInput, 'id' | 'expectedVersion'>>
): Promise<DossierPartnership | null> {
	const saved = await saveShowing(
		show,
		() => gql(fetch, UPDATE_PARTNERSHIP, { input: partnershipInput(projectId, p, changes) }),
		p.actor.name
	);
	return saved?.updatePartnership ?? null;
}
