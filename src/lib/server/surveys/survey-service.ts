import { randomBytes, randomUUID } from 'node:crypto';
import { Checker, LIMITS } from '../../domain/validation';
import { checkPartnership, checkTies, type TieInput } from '../../surveys/answers';
import { hashToken } from '../accounts/sessions';
import { reserveAttempts } from '../db/rate-limits';
import { AppError, badInput, notFound } from '../errors';
import { can, type Viewer } from '../auth/policy';
import {
	actorNames,
	changeSurvey,
	findRespondentByTokenHash,
	findSurvey,
	insertSurvey,
	listedNames,
	listRespondents,
	listSurveySubjects,
	markOpened,
	readAnswers,
	readSubject,
	saveAnswers,
	setTokenHashes,
	SurveyClosedError,
	type NewRespondent,
	type RespondentRecord,
	type SurveyRecord,
	type SurveySubject,
	type SurveySubjectKind
} from './survey-queries';

/** The longest respondent list: a whole Ambito's network is a few hundred organisations at most. */
export const MAX_RESPONDENTS = 300;
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

/** Today on the respondents' clock (Lombardy), as YYYY-MM-DD. */
export const todayInRome = (at = new Date()) =>
	new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(at);

export interface RespondentInput {
	orgId: string;
	email?: string | null;
}

export interface SurveyInput {
	title: string;
	projectId?: string | null;
	networkId?: string | null;
	opensOn: string;
	closesOn: string;
	anonymous: boolean;
	/** Absent: every partner of the project, every member of the network. */
	respondents?: RespondentInput[] | null;
}

export type SurveyChanges = Partial<Omit<SurveyInput, 'projectId' | 'networkId'>> & { id: string };

function checkFields(input: Partial<SurveyInput>, c: Checker) {
	if (input.title !== undefined) c.text('title', input.title, { required: true, max: LIMITS.name });
	c.period('opensOn', input.opensOn ?? null, 'closesOn', input.closesOn ?? null);
}

async function checkRespondents(
	list: readonly RespondentInput[],
	existing: readonly RespondentRecord[] = []
): Promise<NewRespondent[]> {
	const problems: Array<{ field: string; message: string }> = [];
	if (list.length < 2)
		problems.push({
			field: 'input.respondents',
			message: 'servono almeno due enti / at least two organisations are needed'
		});
	if (list.length > MAX_RESPONDENTS)
		problems.push({
			field: 'input.respondents',
			message: `al massimo ${MAX_RESPONDENTS} enti / at most ${MAX_RESPONDENTS} organisations`
		});
	const names = await actorNames(list.map((r) => r.orgId));
	const seen = new Set<string>();
	list.forEach((r, i) => {
		if (!names.has(r.orgId))
			problems.push({
				field: `input.respondents[${i}].orgId`,
				message: `ente "${r.orgId}" non trovato / organisation not found`
			});
		if (seen.has(r.orgId))
			problems.push({
				field: `input.respondents[${i}].orgId`,
				message: `${names.get(r.orgId) ?? r.orgId} compare due volte / appears twice`
			});
		seen.add(r.orgId);
		const email = r.email?.trim();
		if (email && (email.length > 254 || !EMAIL.test(email)))
			problems.push({
				field: `input.respondents[${i}].email`,
				message: `indirizzo e-mail non valido per ${names.get(r.orgId) ?? r.orgId} / invalid e-mail address`
			});
	});
	if (problems.length) throw badInput(problems);
	const ids = new Map(existing.map((r) => [r.orgId, r.id]));
	return list.map((r) => ({
		id: ids.get(r.orgId) ?? `svr-${randomUUID()}`,
		orgId: r.orgId,
		email: r.email?.trim() || null
	}));
}

export async function surveyOrThrow(id: string): Promise<SurveyRecord> {
	const s = await findSurvey(id);
	if (!s) throw notFound('Rilevazione', id);
	return s;
}

/** What the viewer may create a survey on: everything with survey.run everywhere, else its Ambiti's. */
export function surveySubjects(viewer: Viewer): Promise<SurveySubject[]> {
	return listSurveySubjects(can(viewer, 'survey.run') ? null : viewer.ambitoIds, viewer.id);
}

/** Where a survey's subject lives (for the rule of createSurvey), read from its input. */
export function subjectOf(input: {
	projectId?: unknown;
	networkId?: unknown;
}): { kind: SurveySubjectKind; id: string } | null {
	if (typeof input.projectId === 'string' && input.projectId)
		return { kind: 'project', id: input.projectId };
	if (typeof input.networkId === 'string' && input.networkId)
		return { kind: 'network', id: input.networkId };
	return null;
}

export async function createSurvey(
	input: SurveyInput,
	place: { ambitoIds: string[] },
	viewer: Viewer
): Promise<SurveyRecord> {
	const c = new Checker('input');
	checkFields(input, c);
	const subject = subjectOf(input);
	if (!subject || (input.projectId && input.networkId))
		c.check(
			'projectId',
			false,
			'indica un progetto (il suo partenariato) oppure una rete / give a project or a network'
		);
	if (c.problems.length) throw badInput(c.problems);
	const found = await readSubject(subject!.kind, subject!.id);
	if (!found) throw notFound(subject!.kind === 'project' ? 'Progetto' : 'Rete', subject!.id);
	const respondents = await checkRespondents(
		input.respondents ?? found.organisations.map((o) => ({ orgId: o.id }))
	);
	return insertSurvey(
		{
			id: `svy-${randomUUID()}`,
			title: input.title.trim(),
			subjectKind: subject!.kind,
			subjectId: subject!.id,
			subjectName: found.name,
			ambitoIds: place.ambitoIds,
			ownerId: viewer.id,
			status: 'draft',
			opensOn: input.opensOn,
			closesOn: input.closesOn,
			anonymous: input.anonymous,
			createdAt: Date.now(),
			openedAt: null,
			closedAt: null
		},
		respondents
	);
}

const refuse = (message: string) => new AppError('CONFLICT', message);

export async function updateSurvey(changes: SurveyChanges): Promise<SurveyRecord> {
	const before = await surveyOrThrow(changes.id);
	const c = new Checker('input');
	checkFields(
		{
			title: changes.title,
			opensOn: changes.opensOn ?? before.opensOn,
			closesOn: changes.closesOn ?? before.closesOn
		},
		c
	);
	if (c.problems.length) throw badInput(c.problems);
	const existing = await listRespondents(before.id);
	const respondents = changes.respondents
		? await checkRespondents(changes.respondents, existing)
		: undefined;
	const sameOrgs =
		!respondents ||
		(respondents.length === existing.length &&
			respondents.every((r) => existing.some((e) => e.orgId === r.orgId)));
	const set: Partial<SurveyRecord> = {};
	if (changes.title !== undefined) set.title = changes.title.trim();
	if (changes.opensOn !== undefined) set.opensOn = changes.opensOn;
	if (changes.closesOn !== undefined) set.closesOn = changes.closesOn;
	if (changes.anonymous != null) set.anonymous = changes.anonymous;
	return changeSurvey(
		before.id,
		(s) => {
			if (s.status === 'closed')
				throw refuse('La rilevazione è chiusa: non si modifica più. / The survey is closed.');
			if (s.status === 'open' && (!sameOrgs || set.anonymous !== undefined || set.opensOn))
				throw refuse(
					'La rilevazione è aperta: si possono cambiare solo il titolo, la data di chiusura e gli indirizzi e-mail, non gli enti, l’apertura o l’anonimato. / ' +
						'The survey is open: only its title, closing date and e-mail addresses can change.'
				);
		},
		set,
		respondents
	);
}

export async function openSurvey(id: string): Promise<SurveyRecord> {
	await surveyOrThrow(id);
	const respondents = await listRespondents(id);
	return changeSurvey(
		id,
		(s) => {
			if (s.status !== 'draft')
				throw refuse(
					s.status === 'open'
						? 'La rilevazione è già aperta. / The survey is already open.'
						: 'La rilevazione è chiusa: non si riapre. / The survey is closed.'
				);
			if (respondents.length < 2)
				throw refuse(
					'Servono almeno due enti per aprire la rilevazione. / At least two organisations are needed.'
				);
			if (s.closesOn < todayInRome())
				throw badInput([
					{
						field: 'closesOn',
						message: `la data di chiusura (${s.closesOn}) è già passata: spostala in avanti / the closing date has passed`
					}
				]);
		},
		{ status: 'open', openedAt: Date.now() }
	);
}

export async function closeSurvey(
	id: string,
	alsoInTx?: Parameters<typeof changeSurvey>[4]
): Promise<SurveyRecord> {
	await surveyOrThrow(id);
	return changeSurvey(
		id,
		(s) => {
			if (s.status !== 'open')
				throw refuse(
					s.status === 'closed'
						? 'La rilevazione è già chiusa. / The survey is already closed.'
						: 'La rilevazione non è ancora aperta. / The survey is not open yet.'
				);
		},
		{ status: 'closed', closedAt: Date.now() },
		undefined,
		alsoInTx
	);
}

export async function invitations(surveyId: string) {
	const survey = await surveyOrThrow(surveyId);
	const respondents = await listRespondents(surveyId);
	const completed = respondents.filter((r) => r.status === 'completed').length;
	return {
		survey,
		respondents,
		completed,
		responseRate: respondents.length ? completed / respondents.length : 0
	};
}

// ---- personal links

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * New personal links for these respondents (all, when none are named). The database keeps only the
 * SHA-256 of each token, so a link is shown once: issuing again replaces it (the answers stay, they
 * belong to the respondent, not to the link).
 */
export async function issueLinks(
	surveyId: string,
	respondentIds: readonly string[] | null,
	stamp: 'invitedAt' | 'remindedAt' | null = null
): Promise<Array<RespondentRecord & { token: string }>> {
	const survey = await surveyOrThrow(surveyId);
	if (survey.status === 'closed')
		throw refuse(
			'La rilevazione è chiusa: niente più link. / The survey is closed: no more links.'
		);
	const all = await listRespondents(surveyId);
	const chosen = respondentIds ? all.filter((r) => respondentIds.includes(r.id)) : all;
	const issued = chosen.map((r) => ({ ...r, token: randomBytes(32).toString('base64url') }));
	await setTokenHashes(
		surveyId,
		issued.map((r) => ({ respondentId: r.id, tokenHash: hashToken(r.token) })),
		stamp
	);
	return issued;
}

// ---- the respondent, with a token and no account

/**
 * Per 10 minutes: an address gets 30 attempts with a token that matches nobody (guessing 256-bit
 * tokens is hopeless anyway; this keeps the database from being hammered), and one respondent's
 * link 600 requests of any kind: a long list saved one organisation at a time is about 2 per
 * organisation, so 600 covers the largest list (MAX_RESPONDENTS) and stops a runaway script.
 */
export const RESPONDENT_LIMITS = {
	missesPerAddress: 30,
	requestsPerLink: 600,
	windowMs: 10 * 60_000
};

export type RespondentState = 'open' | 'not_yet' | 'closed' | 'expired';

/** Whether a survey takes answers today: the link lives exactly as long as the survey. */
export function stateOf(s: SurveyRecord, today = todayInRome()): RespondentState {
	if (s.status === 'closed') return 'closed';
	if (s.status === 'draft' || today < s.opensOn) return 'not_yet';
	if (today > s.closesOn) return 'expired';
	return 'open';
}

export async function respondentByToken(
	token: string,
	address: string | null,
	limits = RESPONDENT_LIMITS
): Promise<{ respondent: RespondentRecord; survey: SurveyRecord }> {
	const found = TOKEN_PATTERN.test(token)
		? await findRespondentByTokenHash(hashToken(token))
		: null;
	const { missesPerAddress, requestsPerLink, windowMs } = limits;
	const reservation = await reserveAttempts([
		{ key: `survey-ip:${address || 'unknown'}`, max: missesPerAddress, windowMs, record: !found },
		...(found
			? [{ key: `survey-link:${found.respondent.id}`, max: requestsPerLink, windowMs }]
			: [])
	]);
	if (!reservation.allowed) {
		const minutes = Math.ceil(reservation.retryAfterMs / 60_000);
		throw new AppError(
			'RATE_LIMITED',
			`Troppe richieste: riprova tra ${minutes} min / too many requests: retry in ${minutes} min`
		);
	}
	if (!found)
		throw new AppError(
			'NOT_FOUND',
			'Questo link non è valido (forse ne è arrivato uno più recente). / This link is not valid (a newer one may have been sent).'
		);
	return found;
}

/** What the respondent page shows: the survey, the own organisation, the others, saved answers. */
export async function respondentView(token: string, address: string | null) {
	const { respondent, survey } = await respondentByToken(token, address);
	const state = stateOf(survey);
	if (state !== 'open') return { survey, respondent, state, others: [], saved: null };
	if (respondent.status === 'not_opened') {
		await markOpened(respondent.id);
		respondent.status = 'started';
	}
	const others = (await listRespondents(survey.id))
		.filter((r) => r.orgId !== respondent.orgId)
		.map((r) => ({ id: r.orgId, name: r.orgName }));
	return { survey, respondent, state, others, saved: await readAnswers(respondent.id) };
}

const CLOSED_MESSAGE: Record<Exclude<RespondentState, 'open'>, string> = {
	not_yet: 'La rilevazione non è ancora aperta. / The survey is not open yet.',
	closed:
		'La rilevazione è chiusa: le risposte non si possono più inviare. / The survey is closed.',
	expired:
		'Il tempo per rispondere è scaduto: la rilevazione si è chiusa. / The time to answer is over.'
};

export interface ResponseInput {
	ties?: TieInput[] | null;
	partnership?: Record<string, unknown> | null;
	complete?: boolean | null;
}

/** Saves what the respondent sent (any part: one organisation, the closing questions, all). */
export async function submitResponse(
	token: string,
	input: ResponseInput,
	address: string | null,
	limits = RESPONDENT_LIMITS
) {
	const { respondent, survey } = await respondentByToken(token, address, limits);
	const state = stateOf(survey);
	if (state !== 'open') throw new AppError('FORBIDDEN', CLOSED_MESSAGE[state]);
	// Only the organisations this save names: a save must not read the whole list (a 300-long round).
	const names = await listedNames(survey.id, [
		...new Set((input.ties ?? []).map((t) => t.toOrgId))
	]);
	const ties = checkTies(input.ties ?? [], respondent.orgId, names);
	const partnership = checkPartnership(input.partnership ?? {});
	const problems = [...ties.problems, ...partnership.problems];
	if (problems.length) throw badInput(problems);
	await saveAnswers(
		respondent.id,
		survey.id,
		ties.answers,
		partnership.answer,
		Boolean(input.complete)
	).catch((e: unknown) => {
		throw e instanceof SurveyClosedError ? new AppError('FORBIDDEN', CLOSED_MESSAGE.closed) : e;
	});
	return { saved: ties.answers.length, complete: Boolean(input.complete) };
}
