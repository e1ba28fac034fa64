import type { ActorKindId } from '../../../domain/actor-kinds';
import type { CollaborationSourceId } from '../../../domain/collaboration';
import type { PartnershipRecord, TramaDocument } from '../../../domain/model';
import type { ImportProblem } from './problems';

/** What an import reads against (the context), and what it gives back. */
export interface ImportTable {
	name?: string;
	headers: string[];
	rows: string[][];
	/** Spreadsheet row number of each data row (from `readTable`); default: header row + 1 + i. */
	rowNumbers?: number[];
	/** Spreadsheet row number of the header; default 1. */
	headerRow?: number;
}

export interface NamedRef {
	id: string;
	name: string;
}

export interface ImportContext {
	/** With the bodies each Comune belongs to, when known: how "ASL di X" or "Ufficio di Piano di X" is read. */
	comuni: Array<{
		istat: string;
		name: string;
		ambitoId?: string | null;
		atsId?: string | null;
		asstId?: string | null;
		provinceId?: string | null;
	}>;
	/** Province and Città metropolitana (ids `provincia-<sigla>`), named by their seat. */
	province?: NamedRef[];
	ambiti: NamedRef[];
	asst: NamedRef[];
	ats: NamedRef[];
	/** Distretti; when absent, ids follow the seed convention `distretto-<slug of name>`. */
	distretti?: NamedRef[];
	existingActors: Array<{
		id: string;
		name: string;
		kind: ActorKindId;
		taxCode: string | null;
		seatIstat: string | null;
	}>;
	existingProjects: Array<{ id: string; title: string }>;
	/**
	 * Partnerships already in Trama with what they commit: a "Risorse" row may add to one that is not
	 * in the file (its members by kind are left as stored).
	 */
	existingPartnerships?: Array<Omit<PartnershipRecord, 'declaredMembers'>>;
	/** Networks and Accordi di Programma already in Trama, found by name. */
	existingNetworks?: NamedRef[];
	existingAgreements?: NamedRef[];
	/** Restricts what the sheet's kind may create; by default it creates what it allows. */
	allowCreate?: { actors?: boolean; projects?: boolean };
	/** Where collaborations without a "Fonte" column come from; default 'declared'. */
	collaborationSource?: CollaborationSourceId;
}

/** Territory is reference data, not part of a TramaDocument: the mapping comes back separately. */
export interface TerritoryLink {
	comuneIstat: string;
	ambitoId: string | null;
	distrettoId: string | null;
	asstId: string | null;
	atsId: string | null;
}

export interface ImportStats {
	/** Non-empty data rows. */
	rows: number;
	/** Rows imported (possibly with warnings). */
	imported: number;
	/** Rows left out because of errors. */
	skipped: number;
	emptyRows: number;
	errors: number;
	warnings: number;
	/** Actors / projects the import will create because the sheet names them and they are new. */
	created: { actors: number; projects: number };
	/** Distinct existing actors / projects the sheet refers to (or updates, for an actors sheet). */
	matched: { actors: number; projects: number };
	records: {
		actors: number;
		projects: number;
		partnerships: number;
		actions: number;
		collaborations: number;
		territoryLinks: number;
		networks: number;
		memberships: number;
		agreements: number;
	};
}

export interface ImportResult {
	document: TramaDocument;
	territory: TerritoryLink[];
	problems: ImportProblem[];
	stats: ImportStats;
}
