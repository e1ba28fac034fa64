import { ACTOR_KINDS, type ActorKindId } from './actor-kinds';
import type { CoDesignProcedureId } from './co-design';
import type { CollaborationSourceId } from './collaboration';
import type { CommitmentTypeId, FundingSourceId } from './commitments';
import type { FunderId } from './funders';
import type { LepsId } from './leps';
import type { PolicyAreaId } from './policy-areas';
import type { PolicyCyclePhaseId } from './policy-cycle';
import type { LocalizedText } from './registry';
import type { RoleId } from './roles';

/**
 * The welfare network as plain data: what export writes, import reads and the demo generator makes.
 * Territory (Comuni, Ambiti, ATS, ASST, …) is referenced by id, never carried: it is reference data.
 * Dates are ISO 'YYYY-MM-DD'. Every entity has a stable id so a re-import gives the identical graph.
 */
export const DOCUMENT_FORMAT = 'trama/1' as const;

/** Kinds that are reference territory (Comuni, Ambiti, ATS, …): loaded from sources, never created by users. */
export const TERRITORIAL_KIND_IDS: readonly ActorKindId[] = ACTOR_KINDS.filter(
	(k) => 'isTerritorial' in k && k.isTerritorial
).map((k) => k.id);

export const PROJECT_STATUSES = [
	'draft',
	'submitted',
	'funded',
	'running',
	'closed',
	'rejected'
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * A project status in words: the one word the screens, the print views and every export show (the
 * import reads it back). Ids stay where a machine reads them: the document, the GraphQL enum.
 */
export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, LocalizedText>> = {
	draft: { it: 'In preparazione', en: 'Being prepared' },
	submitted: { it: 'Candidato', en: 'Submitted' },
	funded: { it: 'Finanziato', en: 'Funded' },
	running: { it: 'In corso', en: 'Running' },
	closed: { it: 'Concluso', en: 'Closed' },
	rejected: { it: 'Non finanziato', en: 'Not funded' }
};

/** Who changed a thing, when, from where: on every node and relation. */
export interface Provenance {
	createdAt: string;
	createdBy: string;
	changedAt: string;
	changedBy: string;
	/** e.g. "import:attori.csv", "laboratorio Crema, 2026-03-02", "form", "demo" */
	source: string;
	/** Incremented on every change; updates must name the version they read (optimistic concurrency). */
	version: number;
}

export interface ActorRecord {
	id: string;
	name: string;
	kind: ActorKindId;
	/** Codice fiscale (16 chars, persons/bodies) or partita IVA / numeric CF (11 digits), checksum-valid. */
	taxCode: string | null;
	/** ISTAT code of the seat Comune. */
	seatIstat: string | null;
	/** Ambiti (ids) where the actor works beyond its seat. */
	activeInAmbitoIds: string[];
	tags: string[];
	notes: string | null;
	/** True for invented demo data: the UI labels it fictional. */
	fictional: boolean;
}

export interface CallRecord {
	id: string;
	title: string;
	/** Who issued it (e.g. "Regione Lombardia") */
	issuer: string | null;
	year: number | null;
	fictional: boolean;
}

/** How the project was built with the Third Sector (art. 55 d.lgs. 117/2017). */
export interface CoDesignRecord {
	procedure: CoDesignProcedureId;
	/** Date of the procedure's act (avviso, determina). */
	date: string | null;
	/** Reference of the act, e.g. "Determina n. 123/2023". */
	act: string | null;
}

/** What keeps the project alive after its funding (DGR IX/2505, § 4). */
export interface SustainabilityRecord {
	/** What continues (a service, a fund, a network), in words. */
	what: string | null;
	/** Partners (actor ids) that take it on. */
	carriedByActorIds: string[];
	/** With which resources, in words. */
	resources: string | null;
	/** Until when the commitment is declared. */
	committedUntil: string | null;
}

/** What other Ambiti can take from the project. */
export interface TransferabilityRecord {
	what: string | null;
	/** Where it is documented (report, toolkit, web page). */
	documentedWhere: string | null;
}

export const INDICATOR_KINDS = ['quantitative', 'qualitative'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/**
 * How the project measures what it changes. Values are text so a qualitative indicator can say
 * "buono"; a quantitative one holds numbers (validated), with a comma or a dot as decimal mark.
 */
export interface IndicatorRecord {
	name: string;
	kind: IndicatorKind;
	baseline: string | null;
	target: string | null;
	measured: string | null;
}

/**
 * A project. The dossier's fields after `status` are optional: absent means "not recorded" (older
 * documents lack them), which scoring reads as "non valutabile", never as 0 or as "none".
 */
export interface ProjectRecord {
	id: string;
	title: string;
	callId: string | null;
	start: string | null;
	end: string | null;
	/** e.g. "2021-2023" */
	triennio: string | null;
	policyAreas: PolicyAreaId[];
	budgetEur: number | null;
	targetComuniIstat: string[];
	targetAmbitoIds: string[];
	status: ProjectStatus;
	fictional: boolean;
	/** Who awards the grant. */
	funder?: FunderId | null;
	/** End of the funded period, when it differs from the project's end. */
	fundingEnd?: string | null;
	/** LEPS the project serves; null = not recorded, [] = recorded: none. */
	leps?: LepsId[] | null;
	/** Grant asked of the funder (contributo richiesto), EUR. */
	grantRequestedEur?: number | null;
	/** Grant awarded (contributo deliberato), EUR. */
	grantAwardedEur?: number | null;
	coDesign?: CoDesignRecord | null;
	sustainability?: SustainabilityRecord | null;
	transferability?: TransferabilityRecord | null;
	/** The needs the project answers, in words. */
	needs?: string[];
	/** Who the project is for (e.g. "famiglie con minori 0-6"). */
	targetGroups?: string[];
	indicators?: IndicatorRecord[];
}

/** The fields of a project edited together on the dossier page, one save (and version) each. */
export const PROJECT_SECTIONS = {
	identity: [
		'title',
		'callId',
		'funder',
		'start',
		'end',
		'fundingEnd',
		'triennio',
		'status',
		'policyAreas',
		'leps',
		'targetAmbitoIds',
		'targetComuniIstat'
	],
	resources: ['budgetEur', 'grantRequestedEur', 'grantAwardedEur'],
	coDesign: ['coDesign'],
	afterFunding: ['sustainability', 'transferability'],
	outcomes: ['needs', 'targetGroups', 'indicators']
} as const satisfies Record<string, readonly (keyof ProjectRecord)[]>;
export type ProjectSectionId = keyof typeof PROJECT_SECTIONS;

export interface ActionRecord {
	id: string;
	projectId: string;
	title: string;
	description: string | null;
	responsibleActorIds: string[];
	/** Phases of the policy cycle the action works in; absent or empty = not recorded. */
	phases?: PolicyCyclePhaseId[];
}

export interface CommitmentRecord {
	type: CommitmentTypeId;
	/** In the type's unit: EUR, hours, m² × months, or EUR for in-kind. */
	amount: number;
	/** Monetised value, when known: what resource balance is judged on. */
	valueEur: number | null;
	source: FundingSourceId;
	/** Still committed after the funding period ends (sustainability). */
	beyondFunding: boolean;
	description: string | null;
}

export interface PartnershipRecord {
	id: string;
	actorId: string;
	projectId: string;
	role: RoleId;
	since: string | null;
	until: string | null;
	/** The office's remark on this partner in this project (an import's "Note" column). */
	notes?: string | null;
	commitments: CommitmentRecord[];
	/**
	 * For a partner that joins as a whole (a network, a consortium): its members by kind, without
	 * listing each ("57 enti: 13 Comuni, 11 cooperative…"). Absent or empty: none declared.
	 */
	declaredMembers?: DeclaredMembersRecord[];
}

export interface DeclaredMembersRecord {
	kind: ActorKindId;
	count: number;
}

export interface NetworkRecord {
	id: string;
	name: string;
	/** e.g. rete di conciliazione, tavolo tematico, forum */
	description: string | null;
	/**
	 * The Ambito whose office keeps the network: its own placement, which decides who may change it
	 * (members from other Ambiti never do). Null: kept by whoever created it.
	 */
	ambitoId: string | null;
	linkedNetworkIds: string[];
	fictional: boolean;
}

export interface MembershipRecord {
	actorId: string;
	networkId: string;
	since: string | null;
	until: string | null;
}

/** Accordo di Programma: signed by the Comuni (and ATS/ASST), adhered to by the Third Sector. */
export interface AgreementRecord {
	id: string;
	title: string;
	ambitoId: string | null;
	start: string | null;
	end: string | null;
	signatoryActorIds: string[];
	adherentActorIds: string[];
	fictional: boolean;
}

export interface CollaborationRecord {
	id: string;
	/** The pair is unordered; stored as given. */
	actorAId: string;
	actorBId: string;
	since: string | null;
	until: string | null;
	/** 1–5 */
	strength: number | null;
	/** 1–5 */
	trust: number | null;
	value: string | null;
	source: CollaborationSourceId;
}

export interface TramaDocument {
	format: typeof DOCUMENT_FORMAT;
	actors: ActorRecord[];
	calls: CallRecord[];
	projects: ProjectRecord[];
	actions: ActionRecord[];
	partnerships: PartnershipRecord[];
	networks: NetworkRecord[];
	memberships: MembershipRecord[];
	agreements: AgreementRecord[];
	collaborations: CollaborationRecord[];
}

/** An organisation known by its name and kind only (a row, a form): nothing else said yet. */
export function newActor(
	fields: Pick<ActorRecord, 'id' | 'name' | 'kind'> & Partial<ActorRecord>
): ActorRecord {
	const { id, name, kind, ...said } = fields;
	return {
		id,
		name,
		kind,
		taxCode: null,
		seatIstat: null,
		activeInAmbitoIds: [],
		tags: [],
		notes: null,
		fictional: false,
		...said
	};
}

/** A project known by its title only: a draft, to be completed (an import creates these). */
export function draftProject(
	fields: Pick<ProjectRecord, 'id' | 'title'> & Partial<ProjectRecord>
): ProjectRecord {
	const { id, title, ...said } = fields;
	return {
		id,
		title,
		callId: null,
		start: null,
		end: null,
		triennio: null,
		policyAreas: [],
		budgetEur: null,
		targetComuniIstat: [],
		targetAmbitoIds: [],
		status: 'draft',
		fictional: false,
		...said
	};
}

export function emptyDocument(): TramaDocument {
	return {
		format: DOCUMENT_FORMAT,
		actors: [],
		calls: [],
		projects: [],
		actions: [],
		partnerships: [],
		networks: [],
		memberships: [],
		agreements: [],
		collaborations: []
	};
}
