import { graphql } from '../graphql';
import type { DossierAgreementFragment, DossierNetworkFragment } from '../graphql/graphql';

/**
 * The Accordi di Programma and networks around a project, edited from its dossier through the
 * network's own mutations (createAgreement/updateAgreement, createNetwork/updateNetwork and the
 * memberships): each row saves alone with the version it read.
 */
export type DossierAgreement = DossierAgreementFragment;
export type DossierNetwork = DossierNetworkFragment;

export const AGREEMENT_FIELDS = graphql(`
	fragment DossierAgreement on Agreement {
		id
		version
		title
		ambitoId
		start
		end
		signatories {
			id
			name
		}
		adherents {
			id
			name
		}
	}
`);

export const NETWORK_FIELDS = graphql(`
	fragment DossierNetwork on Network {
		id
		version
		name
		description
		ambitoId
		linkedNetworks {
			id
		}
		members {
			since
			until
			version
			actor {
				id
				name
			}
		}
	}
`);

export const AGREEMENTS_OF_AMBITO = graphql(`
	query DossierAgreements($ambitoId: String!) {
		agreements(ambitoId: $ambitoId) {
			...DossierAgreement
		}
	}
`);
/** The networks that concern a project: kept by one of its Ambiti, or with one of its partners in. */
export const NETWORKS_AROUND_PROJECT = graphql(`
	query DossierNetworks($projectId: ID!) {
		project(id: $projectId) {
			networksAround {
				...DossierNetwork
			}
		}
	}
`);

export const NETWORK_BY_ID = graphql(`
	query DossierNetwork($id: ID!) {
		network(id: $id) {
			...DossierNetwork
		}
	}
`);

export const CREATE_AGREEMENT = graphql(`
	mutation CreateDossierAgreement($input: AgreementInput!) {
		createAgreement(input: $input) {
			...DossierAgreement
		}
	}
`);
export const UPDATE_AGREEMENT = graphql(`
	mutation UpdateDossierAgreement($input: UpdateAgreementInput!) {
		updateAgreement(input: $input) {
			...DossierAgreement
		}
	}
`);
export const CREATE_NETWORK = graphql(`
	mutation CreateDossierNetwork($input: NetworkInput!) {
		createNetwork(input: $input) {
			...DossierNetwork
		}
	}
`);
export const UPDATE_NETWORK = graphql(`
	mutation UpdateDossierNetwork($input: UpdateNetworkInput!) {
		updateNetwork(input: $input) {
			...DossierNetwork
		}
	}
`);
export const CREATE_MEMBERSHIP = graphql(`
	mutation CreateDossierMembership($input: MembershipInput!) {
		createMembership(input: $input) {
			version
		}
	}
`);
export const UPDATE_MEMBERSHIP = graphql(`
	mutation UpdateDossierMembership($input: UpdateMembershipInput!) {
		updateMembership(input: $input) {
			version
		}
	}
`);
export const DELETE_MEMBERSHIP = graphql(`
	mutation DeleteDossierMembership($actorId: String!, $networkId: String!) {
		deleteMembership(actorId: $actorId, networkId: $networkId)
	}
`);

/** The people who may be chosen for a row: those on it already and the project's partners, once each. */
export function candidates(
	current: ReadonlyArray<{ id: string; name: string }>,
	partners: ReadonlyArray<{ id: string; name: string }>
) {
	return [...new Map([...current, ...partners].map((a) => [a.id, a])).values()];
}
