// Workshops in integration tests: a facilitator of the Cremasco, creating a room, joining it as a
// participant (through the real token), contributing and reading one's contributions back.
import { expect } from 'vitest';
import type { Viewer } from '../../src/lib/server/auth/policy';
import { resumeParticipant } from '../../src/lib/server/workshops/tokens';
import { execute, ok, testViewer } from './graphql';

export const CREMASCO = 'ambito-ambito-distrettuale-cremasco';
export const facilitator = testViewer({
	id: 'test-facilitator',
	name: 'Facilitatrice',
	roles: ['facilitatore'],
	ambitoIds: [CREMASCO]
});

export const WORKSHOP_FIELDS = `id code name ambitoId step status joiningOpen`;
export interface Workshop {
	id: string;
	code: string;
	status: string;
	step: string;
}
export interface Contribution {
	id: string;
	clientId: string;
	type: string;
	payloadJson: string;
	status: string;
	participantName: string;
}

/** A room of the Cremasco, opened by `by` (the shared facilitator unless a test needs its own). */
export async function createWorkshop(
	name: string,
	fromMap = false,
	by: Viewer = facilitator
): Promise<Workshop> {
	const data = await ok<{ createWorkshop: Workshop }>(
		`mutation($a: ID!, $n: String!, $m: Boolean) { createWorkshop(ambitoId: $a, name: $n, fromMap: $m) { ${WORKSHOP_FIELDS} } }`,
		{ a: CREMASCO, n: name, m: fromMap },
		by
	);
	return data.createWorkshop;
}

export async function join(code: string, name: string): Promise<{ viewer: Viewer; token: string }> {
	const data = await ok<{ joinWorkshop: { token: string; participant: { id: string } } }>(
		`mutation($c: String!, $n: String!) { joinWorkshop(code: $c, name: $n) { token participant { id } } }`,
		{ c: code, n: name },
		null
	);
	const viewer = await resumeParticipant(data.joinWorkshop.token);
	expect(viewer?.roles).toEqual(['partecipante']);
	return { viewer: viewer!, token: data.joinWorkshop.token };
}

const CONTRIBUTE = `mutation($c: String!, $t: String!, $p: String!) {
	contributeToWorkshop(clientId: $c, type: $t, payloadJson: $p) { created contribution { id clientId status } } }`;

export function contribute(viewer: Viewer, clientId: string, type: string, payload: unknown) {
	return execute<{
		contributeToWorkshop: { created: boolean; contribution: { id: string; status: string } };
	}>(CONTRIBUTE, { c: clientId, t: type, p: JSON.stringify(payload) }, viewer);
}

export async function contributions(viewer: Viewer): Promise<Contribution[]> {
	const data = await ok<{ participantWorkshop: { contributions: Contribution[] } }>(
		`{ participantWorkshop { contributions { id clientId type payloadJson status participantName } } }`,
		{},
		viewer
	);
	return data.participantWorkshop.contributions;
}
