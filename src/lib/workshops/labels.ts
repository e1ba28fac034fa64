/** Workshop and contribution states in words: the server keeps them as ids ("open", "pending"). */
import type { Message } from '../i18n/locale';
import { m } from '../paraglide/messages.js';

const WORKSHOP_STATUS: Record<string, Message> = {
	open: m.workshopStatusOpen,
	paused: m.workshopStatusPaused,
	closed: m.workshopStatusClosed,
	committed: m.workshopStatusCommitted
};
export const workshopStatusLabel = (status: string) => WORKSHOP_STATUS[status]?.() ?? status;

const CONTRIBUTION_STATUS: Record<string, Message> = {
	pending: m.contributionPending,
	accepted: m.contributionAccepted,
	rejected: m.contributionRejected,
	merged: m.contributionMerged
};
export const contributionStatusLabel = (status: string) =>
	CONTRIBUTION_STATUS[status]?.() ?? status;

const STEP: Record<string, Message> = {
	actors: m.workshopStepActors,
	relations: m.workshopStepRelations,
	influence: m.workshopStepInfluence,
	goals: m.workshopStepGoals,
	review: m.workshopStepReview
};
export const workshopStepLabel = (step: string) => STEP[step]?.() ?? step;

/** The question each step puts to the room (the projector shows it large). */
const QUESTION: Record<string, Message> = {
	actors: m.workshopQuestionActors,
	relations: m.workshopQuestionRelations,
	influence: m.workshopQuestionInfluence,
	goals: m.workshopQuestionGoals,
	review: m.workshopQuestionReview
};
export const workshopStepQuestion = (step: string) => QUESTION[step]?.() ?? '';
