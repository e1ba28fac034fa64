import { randomUUID } from 'node:crypto';
import { isActorKindId } from '../../domain/actor-kinds';
import { validateDocument } from '../../domain/validation';
import {
	parsePayload,
	referencedActors,
	type ActorPayload,
	type RatingPayload
} from '../../workshops/payloads';
import { AppError } from '../errors';
import { importDocument } from '../network/entities';
import { normalizeActorName } from '../transfer/import/duplicates';
import {
	ambitoExists,
	CONTRIBUTION_TYPES,
	comuneExists,
	findContribution,
	findWorkshop,
	insertParticipant,
	insertWorkshop,
	knownActorRefs,
	listContributions,
	listParticipants,
	markParticipantRemoved,
	readAmbitoSeed,
	setContributionPayload,
	setContributionStatus,
	updateWorkshop,
	upsertContribution,
	WORKSHOP_STEPS,
	type ContributionRecord,
	type ContributionStatus,
	type ContributionType,
	type ParticipantRecord,
	type SeedItem,
	type WorkshopRecord,
	type WorkshopStatus,
	type WorkshopStep
} from './workshop-queries';
import { can, type Viewer } from '../auth/policy';
import { documentScopes } from '../network/rules';
import { placementOf } from '../network/placement-queries';
import { publish } from './pubsub';
import { joinLimiter } from './join-limit';
import { provenance, reviewedDocument, workshopOutcome } from './outcome';
import { claimWorkshopCommit, writeWorkshopOutcome } from './outcome-queries';
import { newParticipantToken, newWorkshopCode, normalizeCode } from './tokens';

const notFound = () => new AppError('NOT_FOUND', 'Laboratorio non trovato / workshop not found');

async function workshopOrThrow(id: string): Promise<WorkshopRecord> {
	const w = await findWorkshop({ id });
	if (!w) throw notFound();
	return w;
}

export async function createWorkshop(
	input: { ambitoId: string; name: string; fromMap: boolean },
	viewer: Viewer
): Promise<WorkshopRecord> {
	const name = input.name.trim();
	if (!name || name.length > 120)
		throw new AppError('BAD_INPUT', 'Nome del laboratorio non valido / invalid workshop name', [
			{ field: 'name', message: '1–120' }
		]);
	if (!(await ambitoExists(input.ambitoId)))
		throw new AppError('NOT_FOUND', `Ambito "${input.ambitoId}" non trovato / not found`);
	const seed: SeedItem[] = [];
	if (input.fromMap) {
		const map = await readAmbitoSeed(input.ambitoId);
		for (const a of map.actors)
			seed.push({
				clientId: `map:${a.id}`,
				type: 'actor',
				payloadJson: JSON.stringify({
					name: a.name,
					kind: a.kind,
					existingActorId: a.id,
					seatIstat: a.seatIstat
				}),
				nameKey: normalizeActorName(a.name),
				seatIstat: a.seatIstat
			});
		for (const r of map.relations)
			seed.push({
				clientId: `map:${r.a}~${r.b}`,
				type: 'relation',
				payloadJson: JSON.stringify({
					a: `map:${r.a}`,
					b: `map:${r.b}`,
					label: null,
					strength: null,
					existing: true
				})
			});
	}
	for (let attempt = 0; ; attempt++) {
		try {
			return await insertWorkshop(
				{
					id: randomUUID(),
					code: newWorkshopCode(),
					name,
					ambitoId: input.ambitoId,
					step: 'actors',
					status: 'open',
					joiningOpen: true,
					createdBy: viewer.id,
					createdAt: Date.now()
				},
				seed
			);
		} catch (error) {
			const code = (error as { code?: string }).code ?? '';
			if (attempt < 5 && code.includes('ConstraintValidationFailed')) continue; // code taken
			throw error;
		}
	}
}

/**
 * The workshop a code opens, counted against the join limits (join-limit.ts); null when the code is
 * wrong or the workshop is not open to joining: the two look the same from outside (one indexed
 * lookup each), so a guess learns nothing about codes that exist.
 */
async function joinableByCode(
	codeInput: string,
	clientAddress: string | null
): Promise<WorkshopRecord | null> {
	const code = normalizeCode(codeInput);
	return joinLimiter.attempt(clientAddress, code, async () => {
		const workshop = code ? await findWorkshop({ code }) : null;
		const joinable =
			workshop?.joiningOpen && (workshop.status === 'open' || workshop.status === 'paused');
		return joinable ? workshop : null;
	});
}

const notJoinable = () =>
	new AppError(
		'NOT_FOUND',
		'Codice errato, o laboratorio non aperto alle iscrizioni: controlla il codice sullo schermo / wrong code, or the workshop is not open to joining: check the code on screen',
		[{ field: 'code', message: 'codice non valido / invalid code' }]
	);

/** What the join page needs: the room's name, for a code open to joining (null otherwise). */
export async function joinInfo(
	codeInput: string,
	clientAddress: string | null
): Promise<WorkshopRecord | null> {
	return joinableByCode(codeInput, clientAddress);
}

export async function joinWorkshop(
	codeInput: string,
	nameInput: string,
	clientAddress: string | null = null
): Promise<{ token: string; participant: ParticipantRecord; workshop: WorkshopRecord }> {
	const name = nameInput.trim().replace(/\s+/g, ' ');
	if (!name || name.length > 60)
		throw new AppError('BAD_INPUT', 'Scrivi un nome (max 60) / enter a name (max 60)', [
			{ field: 'name', message: '1–60' }
		]);
	const workshop = await joinableByCode(codeInput, clientAddress);
	if (!workshop) throw notJoinable();
	// Joining is public: a bound on how many tokens one code can hand out.
	const present = (await listParticipants(workshop.id)).filter((p) => !p.removed).length;
	if (present >= MAX_PARTICIPANTS)
		throw new AppError('CONFLICT', 'Il laboratorio è al completo / the workshop is full');
	const { token, tokenHash } = newParticipantToken();
	const participant = await insertParticipant({
		id: randomUUID(),
		workshopId: workshop.id,
		name,
		joinedAt: Date.now(),
		removed: false,
		tokenHash
	});
	publish({ workshopId: workshop.id, kind: 'participant', participant });
	return { token, participant, workshop };
}

/** A room: 10–50 people expected; the bound keeps a leaked code from minting tokens forever. */
export const MAX_PARTICIPANTS = 200;

const CLIENT_ID = /^[A-Za-z0-9_-]{8,80}$/;

/**
 * One edit from a participant. Stored (durably) before it is acknowledged; the same client id
 * again returns the stored contribution and publishes nothing, so retries never duplicate.
 */
export async function contribute(
	viewer: Viewer,
	input: { clientId: string; type: string; payloadJson: string }
): Promise<{ contribution: ContributionRecord; created: boolean }> {
	const workshopId = viewer.workshopIds[0];
	if (!workshopId) throw notFound();
	if (!CLIENT_ID.test(input.clientId))
		throw new AppError('BAD_INPUT', 'clientId non valido / invalid clientId', [
			{ field: 'clientId', message: '8–80 [A-Za-z0-9_-]' }
		]);
	if (!(CONTRIBUTION_TYPES as readonly string[]).includes(input.type))
		throw new AppError('BAD_INPUT', 'Tipo non valido / invalid type', [
			{ field: 'type', message: CONTRIBUTION_TYPES.join(', ') }
		]);
	const type = input.type as ContributionType;
	const workshop = await workshopOrThrow(workshopId);
	if (workshop.status !== 'open') {
		// An acknowledged edit retried after the room paused is still acknowledged.
		const stored = await findContribution(workshopId, { clientId: input.clientId });
		if (stored) return { contribution: stored, created: false };
		throw new AppError(
			'CONFLICT',
			workshop.status === 'paused'
				? 'Il laboratorio è in pausa: le modifiche partiranno alla ripresa / the workshop is paused'
				: 'Il laboratorio è chiuso / the workshop is closed'
		);
	}
	const parsed = parsePayload(type, input.payloadJson);
	if (!parsed.ok)
		throw new AppError('BAD_INPUT', parsed.error, [
			{ field: 'payloadJson', message: parsed.error }
		]);
	const actor = type === 'actor' ? (parsed.value as ActorPayload) : null;
	if (actor) {
		await assertOnWorkshopMap(workshop, actor);
		await assertKnownSeat(actor.seatIstat ?? null, 'payloadJson.seatIstat');
	}
	if (type === 'rating' && workshop.ratedActors) {
		const actor = (parsed.value as RatingPayload).actor;
		if (!workshop.ratedActors.includes(actor))
			throw new AppError(
				'BAD_INPUT',
				'Questo soggetto non è tra quelli da valutare scelti dal facilitatore / this actor is not among those the facilitator chose to rate',
				[{ field: 'payloadJson.actor', message: actor }]
			);
	}
	const refs = referencedActors(type, parsed.value);
	if (refs.length) {
		const known = await knownActorRefs(workshopId, refs);
		const missing = refs.filter((r) => !known.has(r));
		if (missing.length)
			throw new AppError('BAD_INPUT', 'Soggetto non trovato nel laboratorio / unknown actor', [
				{ field: 'payloadJson', message: missing.join(', ') }
			]);
	}
	const result = await upsertContribution({
		workshopId,
		clientId: input.clientId,
		type,
		payloadJson: JSON.stringify(parsed.value),
		participantId: viewer.id,
		participantName: viewer.name,
		at: Date.now(),
		nameKey: actor ? normalizeActorName(actor.name) : null,
		seatIstat: actor?.seatIstat ?? null
	});
	if (result.created)
		publish({ workshopId, kind: 'contribution', contribution: result.contribution });
	return result;
}

/** A seat must be a real Comune (the error names the field it came in). */
async function assertKnownSeat(seat: string | null, field: string): Promise<void> {
	if (seat && !(await comuneExists(seat)))
		throw new AppError('BAD_INPUT', `Comune non trovato: "${seat}" / unknown Comune`, [
			{ field, message: seat }
		]);
}

/**
 * A participant may name an actor already on the map only if it is on this workshop's map: seeded
 * into it (from the map of its Ambito) or placed in its Ambito. Any other id, made up or of an actor
 * elsewhere in the region, is refused: the commit would write relations outside the room's Ambito.
 */
async function assertOnWorkshopMap(workshop: WorkshopRecord, actor: ActorPayload): Promise<void> {
	const id = actor.existingActorId;
	if (!id) return;
	const seeded = await findContribution(workshop.id, { clientId: `map:${id}` });
	if (seeded?.type === 'actor' && seeded.participantId === null) return;
	if ((await placementOf('Actor', id))?.ambitoIds.includes(workshop.ambitoId)) return;
	const message = `L’ente "${id}" non è nella mappa di questo laboratorio: aggiungilo come nuovo soggetto / actor "${id}" is not on this workshop’s map: add it as a new one`;
	throw new AppError('BAD_INPUT', message, [{ field: 'payloadJson.existingActorId', message }]);
}

export async function setStep(workshopId: string, step: string): Promise<WorkshopRecord> {
	if (!(WORKSHOP_STEPS as readonly string[]).includes(step))
		throw new AppError('BAD_INPUT', 'Fase non valida / invalid step', [
			{ field: 'step', message: WORKSHOP_STEPS.join(', ') }
		]);
	return changeWorkshop(workshopId, { step: step as WorkshopStep });
}

export async function setStatus(workshopId: string, status: string): Promise<WorkshopRecord> {
	if (!['open', 'paused', 'closed'].includes(status))
		throw new AppError('BAD_INPUT', 'Stato non valido / invalid status', [
			{ field: 'status', message: 'open, paused, closed' }
		]);
	return changeWorkshop(workshopId, { status: status as WorkshopStatus });
}

export async function setJoining(workshopId: string, open: boolean): Promise<WorkshopRecord> {
	return changeWorkshop(workshopId, { joiningOpen: open });
}

/** The most organisations one influence step asks about (a room rates a handful, not the region). */
export const MAX_RATED_ACTORS = 200;

/**
 * The facilitator's choice of the organisations rated in the influence step (client ids of actors
 * in the room); null goes back to the default. Phones then ask only these; ratings of others are
 * refused.
 */
export async function setRatedActors(
	workshopId: string,
	refs: readonly string[] | null
): Promise<WorkshopRecord> {
	if (refs === null) return changeWorkshop(workshopId, { ratedActors: null });
	const chosen = [...new Set(refs)];
	if (chosen.length > MAX_RATED_ACTORS)
		throw new AppError(
			'BAD_INPUT',
			`Al massimo ${MAX_RATED_ACTORS} soggetti da valutare / at most ${MAX_RATED_ACTORS} actors to rate`,
			[{ field: 'refs', message: `≤ ${MAX_RATED_ACTORS}` }]
		);
	const known = await knownActorRefs(workshopId, chosen);
	const unknown = chosen.filter((r) => !known.has(r));
	if (unknown.length)
		throw new AppError('BAD_INPUT', 'Soggetto non trovato nel laboratorio / unknown actor', [
			{ field: 'refs', message: unknown.join(', ') }
		]);
	return changeWorkshop(workshopId, { ratedActors: chosen });
}

async function changeWorkshop(
	workshopId: string,
	patch: Partial<Pick<WorkshopRecord, 'step' | 'status' | 'joiningOpen' | 'ratedActors'>>
): Promise<WorkshopRecord> {
	const before = await workshopOrThrow(workshopId);
	if (before.status === 'committed')
		throw new AppError('CONFLICT', 'Il laboratorio è già stato salvato / already committed');
	const workshop = (await updateWorkshop(workshopId, patch)) ?? before;
	publish({ workshopId, kind: 'workshop', workshop });
	return workshop;
}

export async function removeParticipant(
	workshopId: string,
	participantId: string
): Promise<boolean> {
	const done = await markParticipantRemoved(workshopId, participantId);
	if (done) {
		const participant = (await listParticipants(workshopId)).find((p) => p.id === participantId);
		publish({ workshopId, kind: 'participant', participant: participant ?? null });
	}
	return done;
}

export async function review(
	workshopId: string,
	ids: string[],
	status: string,
	viewer: Viewer
): Promise<ContributionRecord[]> {
	if (!['accepted', 'rejected', 'pending'].includes(status))
		throw new AppError('BAD_INPUT', 'Stato non valido / invalid status', [
			{ field: 'status', message: 'accepted, rejected, pending' }
		]);
	await assertNotCommitted(workshopId);
	const out: ContributionRecord[] = [];
	for (const id of ids.slice(0, 2000)) {
		const c = await setContributionStatus(workshopId, id, status as ContributionStatus, viewer.id);
		if (!c) throw new AppError('NOT_FOUND', `Contributo "${id}" non trovato / not found`);
		publish({ workshopId, kind: 'contribution', contribution: c });
		out.push(c);
	}
	return out;
}

/** Duplicates: each source actor becomes "merged" into the target; references follow it at commit. */
export async function merge(
	workshopId: string,
	sourceIds: string[],
	targetId: string,
	viewer: Viewer
): Promise<ContributionRecord[]> {
	await assertNotCommitted(workshopId);
	const target = await findContribution(workshopId, { id: targetId });
	if (!target || target.type !== 'actor')
		throw new AppError('NOT_FOUND', 'Soggetto di destinazione non trovato / target not found');
	const out: ContributionRecord[] = [];
	for (const id of sourceIds.slice(0, 500)) {
		if (id === targetId) continue;
		const source = await findContribution(workshopId, { id });
		if (!source || source.type !== 'actor')
			throw new AppError('NOT_FOUND', `Soggetto "${id}" non trovato / not found`);
		const c = await setContributionStatus(workshopId, id, 'merged', viewer.id, target.clientId);
		publish({ workshopId, kind: 'contribution', contribution: c });
		if (c) out.push(c);
	}
	return out;
}

/**
 * The facilitator gives a new actor its kind (and so its sector) before the commit, and optionally
 * the Comune of its seat (ISTAT; '' clears it, absent keeps it): a participant types a name, the map
 * needs to know what it is and where.
 */
export async function classifyActor(
	workshopId: string,
	contributionId: string,
	kind: string,
	viewer: Viewer,
	seatIstat?: string | null
): Promise<ContributionRecord> {
	if (!isActorKindId(kind) || kind === 'altro')
		throw new AppError('BAD_INPUT', `Tipo di ente non valido: "${kind}" / invalid actor kind`, [
			{ field: 'kind', message: kind }
		]);
	const seat = seatIstat?.trim() || null;
	await assertKnownSeat(seat, 'seatIstat');
	await assertNotCommitted(workshopId);
	const c = await findContribution(workshopId, { id: contributionId });
	if (!c || c.type !== 'actor')
		throw new AppError('NOT_FOUND', 'Soggetto non trovato / actor not found');
	const payload: ActorPayload = {
		...(JSON.parse(c.payloadJson) as ActorPayload),
		kind,
		...(seatIstat === undefined ? {} : { seatIstat: seat })
	};
	const updated = await setContributionPayload(
		workshopId,
		contributionId,
		JSON.stringify(payload),
		viewer.id,
		payload.seatIstat ?? null
	);
	if (!updated) throw new AppError('NOT_FOUND', 'Soggetto non trovato / actor not found');
	publish({ workshopId, kind: 'contribution', contribution: updated });
	return updated;
}

/** New actors accepted for the map whose kind is not known yet (the commit waits for them). */
export function unclassifiedActors(contributions: readonly ContributionRecord[]): string[] {
	return contributions
		.filter((c) => c.type === 'actor' && c.status === 'accepted')
		.map((c) => JSON.parse(c.payloadJson) as ActorPayload)
		.filter((p) => !p.existingActorId && !(p.kind && isActorKindId(p.kind) && p.kind !== 'altro'))
		.map((p) => p.name);
}

async function assertNotCommitted(workshopId: string) {
	const w = await workshopOrThrow(workshopId);
	if (w.status === 'committed')
		throw new AppError('CONFLICT', 'Il laboratorio è già stato salvato / already committed');
}

/**
 * Writes the reviewed result into the Ambito's map, once, in one transaction: its actors and
 * collaborations (importDocument), the claim that it is committed, and its record — influence
 * towers, goals, notes — with provenance (outcome-queries.ts).
 */
export async function commitWorkshop(
	workshopId: string,
	viewer: Viewer
): Promise<{ workshop: WorkshopRecord; actors: number; collaborations: number }> {
	const workshop = await workshopOrThrow(workshopId);
	if (workshop.status === 'committed')
		throw new AppError('CONFLICT', 'Il laboratorio è già stato salvato / already committed');
	const [contributions, participants] = await Promise.all([
		listContributions(workshopId),
		listParticipants(workshopId)
	]);
	const unclassified = unclassifiedActors(contributions);
	if (unclassified.length)
		throw new AppError(
			'BAD_INPUT',
			`Scegli il tipo di ente per: ${unclassified.join(', ')} / choose a kind for: ${unclassified.join(', ')}`,
			unclassified.map((name) => ({ field: `kind (${name})`, message: name }))
		);
	const doc = reviewedDocument(workshop, contributions);
	// Everything written must be within the facilitator's own scope, as if entered by hand: a
	// collaboration needs one of its two actors in the facilitator's Ambiti (auth/rules.ts).
	const scopes = await documentScopes(doc, viewer);
	if (scopes.length && !can(viewer, 'workshop.run', scopes))
		throw new AppError(
			'FORBIDDEN',
			'Il risultato collega enti fuori dai tuoi Ambiti: rifiuta i contributi che li nominano e salva di nuovo / the result links actors outside your Ambiti: reject the contributions naming them and commit again'
		);
	const now = Date.now();
	const present = participants.filter((p) => !p.removed).length;
	const source = provenance(workshop, present, now);
	const outcome = workshopOutcome(workshop, contributions, doc);
	const stamp = { workshopId, by: viewer.id, at: now, participantCount: present, source };
	await importDocument(doc, { by: viewer.id, source }, validateDocument, {
		before: (tx) => claimWorkshopCommit(tx, stamp),
		after: (tx) => writeWorkshopOutcome(tx, stamp, outcome)
	});
	const after = await workshopOrThrow(workshopId);
	publish({ workshopId, kind: 'workshop', workshop: after });
	return { workshop: after, actors: doc.actors.length, collaborations: doc.collaborations.length };
}

/** The full record: who added what, when, and what became of it. */
export async function exportRecord(workshopId: string): Promise<string> {
	const workshop = await workshopOrThrow(workshopId);
	const [participants, contributions] = await Promise.all([
		listParticipants(workshopId),
		listContributions(workshopId)
	]);
	return JSON.stringify(
		{
			format: 'trama-workshop/1',
			workshop,
			participants,
			contributions: contributions.map((c) => ({
				...c,
				at: new Date(c.at).toISOString(),
				payload: JSON.parse(c.payloadJson) as unknown,
				payloadJson: undefined
			}))
		},
		null,
		2
	);
}

export { listContributions, listParticipants, findWorkshop, workshopOrThrow, normalizeCode };
