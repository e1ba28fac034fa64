import { graphql } from '../graphql';
import type { RoomFieldsFragment } from '../graphql/graphql';
import type { RunOperation } from '../graphql-client';
import type { Room } from './room';

/**
 * The workshop pages' operations. A room is read whole (`ROOM_QUERY`, `PARTICIPANT_ROOM_QUERY`), then
 * kept current by live events (`ROOM_EVENTS`, `PARTICIPANT_EVENTS`) carrying the same fields.
 */
export const ROOM_QUERY = graphql(`
	query WorkshopRoom($code: String!) {
		workshop(code: $code) {
			...RoomFields
		}
	}
	fragment RoomFields on Workshop {
		...RoomWorkshop
		participants {
			...RoomParticipant
		}
		contributions {
			...RoomContribution
		}
	}
	fragment RoomWorkshop on Workshop {
		id
		code
		name
		ambitoId
		step
		status
		joiningOpen
		ratedActors
	}
	fragment RoomParticipant on WorkshopParticipant {
		id
		name
		joinedAt
		removed
	}
	fragment RoomContribution on WorkshopContribution {
		id
		clientId
		type
		payloadJson
		participantId
		participantName
		at
		status
		mergedInto
	}
`);

export const PARTICIPANT_ROOM_QUERY = graphql(`
	query ParticipantRoom {
		participantWorkshop {
			...RoomFields
		}
	}
`);

export const ROOM_EVENTS = graphql(`
	subscription WorkshopRoomEvents($workshopId: ID!) {
		workshopEvents(workshopId: $workshopId) {
			...RoomEvent
		}
	}
	fragment RoomEvent on WorkshopEvent {
		kind
		workshop {
			...RoomWorkshop
		}
		participant {
			...RoomParticipant
		}
		contribution {
			...RoomContribution
		}
	}
`);

export const PARTICIPANT_EVENTS = graphql(`
	subscription ParticipantRoomEvents {
		participantWorkshopEvents {
			...RoomEvent
		}
	}
`);

/** A room as the pages hold it, from the workshop as the server sends it. */
export function roomOf({ participants, contributions, ...workshop }: RoomFieldsFragment): Room {
	return { workshop, participants, contributions };
}

/** The room of a workshop by its code; null when there is none. */
export async function loadRoom(run: RunOperation, code: string): Promise<Room | null> {
	const result = await run(ROOM_QUERY, { code });
	return result.workshop ? roomOf(result.workshop) : null;
}

// ---- the facilitator's commands (conduzione)

export const SET_STEP = graphql(`
	mutation SetWorkshopStep($workshopId: ID!, $step: String!) {
		setWorkshopStep(workshopId: $workshopId, step: $step) {
			id
		}
	}
`);
export const SET_STATUS = graphql(`
	mutation SetWorkshopStatus($workshopId: ID!, $status: String!) {
		setWorkshopStatus(workshopId: $workshopId, status: $status) {
			id
		}
	}
`);
export const SET_RATED_ACTORS = graphql(`
	mutation SetWorkshopRatedActors($workshopId: ID!, $refs: [String!]) {
		setWorkshopRatedActors(workshopId: $workshopId, refs: $refs) {
			id
		}
	}
`);
export const SET_JOINING = graphql(`
	mutation SetWorkshopJoining($workshopId: ID!, $open: Boolean!) {
		setWorkshopJoining(workshopId: $workshopId, open: $open) {
			id
		}
	}
`);
export const REMOVE_PARTICIPANT = graphql(`
	mutation RemoveWorkshopParticipant($workshopId: ID!, $participantId: ID!) {
		removeWorkshopParticipant(workshopId: $workshopId, participantId: $participantId)
	}
`);
export const REVIEW_CONTRIBUTIONS = graphql(`
	mutation ReviewWorkshopContributions($workshopId: ID!, $ids: [ID!]!, $status: String!) {
		reviewWorkshopContributions(workshopId: $workshopId, ids: $ids, status: $status) {
			id
		}
	}
`);
export const MERGE_ACTORS = graphql(`
	mutation MergeWorkshopActors($workshopId: ID!, $sourceIds: [ID!]!, $targetId: ID!) {
		mergeWorkshopActors(workshopId: $workshopId, sourceIds: $sourceIds, targetId: $targetId) {
			id
		}
	}
`);
export const CLASSIFY_ACTOR = graphql(`
	mutation ClassifyWorkshopActor(
		$workshopId: ID!
		$contributionId: ID!
		$kind: String!
		$seatIstat: String
	) {
		classifyWorkshopActor(
			workshopId: $workshopId
			contributionId: $contributionId
			kind: $kind
			seatIstat: $seatIstat
		) {
			id
		}
	}
`);
/** What the review needs besides the room: the Ambito's Comuni and the possible duplicates. */
export const REVIEW_AIDS_QUERY = graphql(`
	query WorkshopReviewAids($code: String!) {
		workshop(code: $code) {
			comuni {
				istat
				name
			}
			duplicateCandidates {
				sourceId
				targetId
				seatIstat
			}
		}
	}
`);
export const COMMIT_WORKSHOP = graphql(`
	mutation CommitWorkshop($workshopId: ID!) {
		commitWorkshop(workshopId: $workshopId) {
			actors
			collaborations
		}
	}
`);
export const WORKSHOP_EXPORT = graphql(`
	query WorkshopExport($workshopId: ID!) {
		workshopExport(workshopId: $workshopId)
	}
`);

// ---- a participant's (the phone page)

export const JOIN_WORKSHOP = graphql(`
	mutation JoinWorkshop($code: String!, $name: String!) {
		joinWorkshop(code: $code, name: $name) {
			token
			participant {
				id
				name
			}
		}
	}
`);
export const CONTRIBUTE = graphql(`
	mutation ContributeToWorkshop($clientId: String!, $type: String!, $payloadJson: String!) {
		contributeToWorkshop(clientId: $clientId, type: $type, payloadJson: $payloadJson) {
			created
		}
	}
`);

// ---- starting one (laboratorio)

export const WORKSHOPS_QUERY = graphql(`
	query Workshops {
		territory {
			...AmbitoNames
		}
		workshops {
			id
			code
			name
			ambitoId
			status
			step
			createdAt
		}
	}
`);
export const CREATE_WORKSHOP = graphql(`
	mutation CreateWorkshop($ambitoId: ID!, $name: String!, $fromMap: Boolean) {
		createWorkshop(ambitoId: $ambitoId, name: $name, fromMap: $fromMap) {
			code
		}
	}
`);

/** The join page's first question: is this code open to joining? (null: wrong or closed) */
export const JOIN_INFO = graphql(`
	query WorkshopJoinInfo($code: String!) {
		workshopJoinInfo(code: $code) {
			name
		}
	}
`);

/** The workshop report's read (facilitator): the whole room and what its commit left on the map. */
export const REPORT_QUERY = graphql(`
	query WorkshopReport($code: String!) {
		workshop(code: $code) {
			name
			code
			status
			createdAt
			participants {
				id
				name
				removed
			}
			contributions {
				...RoomContribution
			}
			committed {
				participantCount
				committedAt
				actorsAdded
				collaborationsAdded
				actorsRated
				notes
			}
		}
	}
`);
