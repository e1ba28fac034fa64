import type { ContactFrequency } from './types';

/**
 * The pseudonymised answers as two tables (issue 19: «answers (pseudonymised) as CSV/XLSX»): one row
 * per answer about an organisation, one row per respondent for the partnership as a whole. Headers
 * and words are Italian, as in every Trama data file. No I/O.
 */
export interface PseudonymisedAnswerRow {
	code: string;
	goals: number | null;
	decisions: number | null;
	worth: number | null;
	achieved: string | null;
	obstacles: string | null;
	answers: ReadonlyArray<{
		organisation: string;
		level: number;
		frequency: string | null;
		reliability: number | null;
		openness: number | null;
		mission: number | null;
		influence: number | null;
		resources: number | null;
		involvement: number | null;
	}>;
}

export interface AnswersTable {
	name: string;
	headers: string[];
	rows: Array<Array<string | number | null>>;
}

const FREQUENCY: Record<ContactFrequency, string> = {
	never: 'quasi mai',
	yearly: 'qualche volta l’anno',
	quarterly: 'almeno ogni tre mesi',
	monthly: 'almeno una volta al mese',
	weekly: 'almeno una volta alla settimana'
};

export function answersTables(respondents: readonly PseudonymisedAnswerRow[]): AnswersTable[] {
	return [
		{
			name: 'risposte',
			headers: [
				'Rispondente',
				'Ente valutato',
				'Livello di collaborazione (0-5)',
				'Frequenza dei contatti',
				'Affidabilità (1-4)',
				'Apertura al confronto (1-4)',
				'Condivisione della missione (1-4)',
				'Influenza (1-4)',
				'Risorse messe in comune (1-4)',
				'Livello di coinvolgimento (1-4)'
			],
			rows: respondents.flatMap((r) =>
				r.answers.map((a) => [
					r.code,
					a.organisation,
					a.level,
					a.frequency ? (FREQUENCY[a.frequency as ContactFrequency] ?? a.frequency) : null,
					a.reliability,
					a.openness,
					a.mission,
					a.influence,
					a.resources,
					a.involvement
				])
			)
		},
		{
			name: 'partenariato',
			headers: [
				'Rispondente',
				'La rete raggiunge i suoi obiettivi (1-5)',
				'Decisioni prese insieme e in modo trasparente (1-5)',
				'Vale il tempo e l’impegno (1-5)',
				'Che cosa ha ottenuto finora',
				'Che cosa lo frena'
			],
			rows: respondents.map((r) => [r.code, r.goals, r.decisions, r.worth, r.achieved, r.obstacles])
		}
	];
}
