import { createHash } from 'node:crypto';
import { foldText, slugify } from '../../../text';

/**
 * Ids of new things are derived from their content (name + seat Comune, project title…), so
 * importing the same file twice yields the same ids and nothing is duplicated.
 */
const MAX_SLUG = 60;

function shortHash(...parts: string[]): string {
	return createHash('sha256').update(parts.join('\u0001')).digest('hex').slice(0, 12);
}

function slugOrHash(text: string): string {
	const slug = slugify(text).slice(0, MAX_SLUG).replace(/-+$/, '');
	return slug || shortHash(text);
}

/** `act-<slug of name>-<seat ISTAT>`: the same organisation in the same Comune gets the same id. */
export function actorIdFor(name: string, seatIstat: string | null): string {
	return `act-${slugOrHash(name)}-${seatIstat ?? 'nd'}`;
}

export function projectIdFor(title: string): string {
	return `prj-${slugOrHash(title)}`;
}

export const partnershipIdFor = (projectId: string, actorId: string) =>
	`ptn-${shortHash(projectId, actorId)}`;
export const actionIdFor = (projectId: string, title: string) =>
	`azn-${slugOrHash(title).slice(0, 40)}-${shortHash(projectId, foldText(title))}`;
export const callIdFor = (title: string) => `call-${slugOrHash(title)}`;
export const networkIdFor = (name: string) => `net-${slugOrHash(name)}`;
export const agreementIdFor = (title: string) => `adp-${slugOrHash(title)}`;
/** The pair is unordered, so its id is too. */
export const collaborationIdFor = (a: string, b: string) => `col-${shortHash(...[a, b].sort())}`;
