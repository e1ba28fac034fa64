import { POLICY_AREAS, type PolicyAreaId } from '../../../domain/policy-areas';
import type { ProjectStatus } from '../../../domain/model';
import { closest, foldText } from '../../../text';
import { PROJECT_STATUS_LABELS } from '../export/labels';
import {
	ACTOR_FIELDS,
	ACTOR_KIND,
	ORGANISATION_NAME,
	PARTNERSHIP_FIELDS,
	PROJECT,
	dateEnd,
	dateStart,
	field
} from './columns';
import { fail, ok, okWithWarning, type Parsed } from './problems';
import { parseAmount, parseList, parseLongText, parseText, resolveActorKind } from './values';

/**
 * The columns of the office sheets that describe projects, networks and Accordi di Programma (the
 * partners, actions and resources sheets reuse the partnership and action columns). The same words
 * the CSV/XLSX export writes as headers, so an export reads back.
 */

const STATUS_BY_WORD = new Map<string, ProjectStatus>([
	...(
		Object.entries(PROJECT_STATUS_LABELS) as Array<[ProjectStatus, { it: string; en: string }]>
	).flatMap(([id, label]) => [
		[foldText(label.it), id] as const,
		[foldText(label.en), id] as const,
		[id, id] as const
	]),
	['avviato', 'running'],
	['attivo', 'running'],
	['chiuso', 'closed'],
	['terminato', 'closed'],
	['respinto', 'rejected'],
	['non ammesso', 'rejected'],
	['candidato', 'submitted'],
	['in valutazione', 'submitted'],
	['ammesso', 'funded']
]);

/** "In corso", "Finanziato", "Concluso"… to a project status. */
export function parseProjectStatus(raw: string): Parsed<ProjectStatus> {
	const status = STATUS_BY_WORD.get(foldText(raw));
	if (status) return ok(status);
	const hint = closest(
		foldText(raw),
		[...STATUS_BY_WORD.keys()].map((k) => [k, k])
	);
	return fail(
		'UNKNOWN_VALUE',
		`Stato "${raw}" sconosciuto.${hint ? ` Forse intendevi "${hint}"?` : ''} Usa: bozza, presentato, finanziato, in corso, concluso, non finanziato.`,
		`Unknown status "${raw}".${hint ? ` Did you mean "${hint}"?` : ''} Use: draft, submitted, funded, running, closed, rejected.`
	);
}

const AREA_BY_WORD = new Map<string, PolicyAreaId>(
	POLICY_AREAS.flatMap((a) => [
		[foldText(a.label.it), a.id] as const,
		[foldText(a.label.en), a.id] as const,
		[a.id, a.id] as const
	])
);

/** Policy areas by their Italian or English label; an unknown one is named, never guessed. */
export function parsePolicyAreas(raw: string): Parsed<PolicyAreaId[]> {
	const list = parseList(raw);
	if (!list.ok) return list;
	const areas: PolicyAreaId[] = [];
	const unknown: string[] = [];
	for (const word of list.value) {
		const area = AREA_BY_WORD.get(foldText(word));
		if (area) areas.push(area);
		else unknown.push(word);
	}
	if (unknown.length === 0) return ok(areas);
	return okWithWarning(
		areas,
		'UNKNOWN_VALUE',
		`Area di policy sconosciuta: ${unknown.map((u) => `"${u}"`).join(', ')}; ignorata. Usa le aree dell'elenco (es. "${POLICY_AREAS[0].label.it}").`,
		`Unknown policy area: ${unknown.map((u) => `"${u}"`).join(', ')}; ignored. Use the listed areas (e.g. "${POLICY_AREAS[0].label.en}").`
	);
}

const AMBITO = [
	'Ambito',
	'Ambito territoriale',
	'Ambito distrettuale',
	'Ufficio di Piano',
	'Piano di Zona'
];

export const PROJECT_SHEET_FIELDS = {
	title: field({
		id: 'title',
		label: { it: 'Titolo del progetto', en: 'Project title' },
		required: true,
		synonyms: [...PROJECT, 'Titolo', 'Title'],
		parse: parseText
	}),
	call: field({
		id: 'call',
		label: { it: 'Bando', en: 'Call' },
		required: false,
		synonyms: ['Bando', 'Avviso', 'Bando / avviso', 'Misura', 'Call'],
		distinctive: true,
		parse: parseText
	}),
	funder: field({
		id: 'funder',
		label: { it: 'Ente finanziatore', en: 'Funder' },
		required: false,
		synonyms: [
			'Ente finanziatore',
			'Finanziatore',
			'Ente emittente',
			'Fonte di finanziamento',
			'Funder'
		],
		parse: parseText
	}),
	status: field({
		id: 'status',
		label: { it: 'Stato', en: 'Status' },
		required: false,
		synonyms: ['Stato', 'Stato del progetto', 'Status'],
		parse: parseProjectStatus
	}),
	start: field({
		id: 'start',
		label: { it: 'Inizio', en: 'Start' },
		required: false,
		synonyms: ['Dal', 'Data inizio', 'Inizio', 'Avvio', 'Start'],
		parse: dateStart
	}),
	end: field({
		id: 'end',
		label: { it: 'Fine', en: 'End' },
		required: false,
		synonyms: ['Al', 'Data fine', 'Fine', 'Conclusione', 'End'],
		parse: dateEnd
	}),
	triennio: field({
		id: 'triennio',
		label: { it: 'Triennio', en: 'Three-year plan' },
		required: false,
		synonyms: ['Triennio', 'Triennio del Piano di Zona', 'Piano di Zona (triennio)'],
		distinctive: true,
		parse: parseText
	}),
	policyAreas: field({
		id: 'policyAreas',
		label: { it: 'Aree di policy', en: 'Policy areas' },
		required: false,
		synonyms: ['Aree di policy', 'Area di policy', 'Area', 'Aree tematiche', 'Policy areas'],
		parse: parsePolicyAreas
	}),
	budget: field({
		id: 'budget',
		label: { it: 'Budget (EUR)', en: 'Budget (EUR)' },
		required: false,
		synonyms: [
			'Budget',
			'Budget (EUR)',
			'Costo totale',
			'Costo complessivo',
			'Valore del progetto'
		],
		distinctive: true,
		parse: parseAmount
	}),
	targetComuni: field({
		id: 'targetComuni',
		label: { it: 'Comuni destinatari', en: 'Target municipalities' },
		required: false,
		synonyms: ['Comuni destinatari', 'Comuni coinvolti', 'Comuni target', 'Comuni'],
		parse: parseList
	}),
	targetAmbiti: field({
		id: 'targetAmbiti',
		label: { it: 'Ambiti destinatari', en: 'Target Ambiti' },
		required: false,
		synonyms: ['Ambiti destinatari', 'Ambiti coinvolti', 'Territorio', ...AMBITO, 'Ambiti'],
		parse: parseList
	})
} as const;

const MEMBER = [
	...ORGANISATION_NAME.filter((s) => s !== 'Denominazione'),
	'Membro',
	'Ente aderente'
];

/** "Reti": one row per network, or one per member (the network's name repeated). */
export const NETWORK_FIELDS = {
	network: field({
		id: 'network',
		label: { it: 'Rete', en: 'Network' },
		required: true,
		synonyms: ['Rete', 'Nome rete', 'Denominazione rete', 'Denominazione', 'Network'],
		distinctive: true,
		parse: parseText
	}),
	description: field({
		id: 'description',
		label: { it: 'Descrizione', en: 'Description' },
		required: false,
		synonyms: ['Descrizione', 'Tipo di rete', 'Description'],
		parse: parseLongText
	}),
	ambito: field({
		id: 'ambito',
		label: { it: 'Ambito che la cura', en: 'Ambito that keeps it' },
		required: false,
		synonyms: AMBITO,
		parse: parseText
	}),
	member: field({
		id: 'member',
		label: { it: 'Ente membro', en: 'Member organisation' },
		required: false,
		synonyms: MEMBER,
		parse: parseText
	}),
	taxCode: ACTOR_FIELDS.taxCode,
	actorComune: PARTNERSHIP_FIELDS.actorComune,
	memberKind: field({
		id: 'memberKind',
		label: { it: 'Tipologia del membro', en: 'Member kind' },
		required: false,
		synonyms: ACTOR_KIND,
		parse: resolveActorKind
	}),
	since: PARTNERSHIP_FIELDS.since,
	until: PARTNERSHIP_FIELDS.until
} as const;

/**
 * "Accordi": one row per Accordo di Programma with its signatories and adherents as lists (as the
 * export writes it), or one row per party with its role in the agreement.
 */
export const AGREEMENT_FIELDS = {
	title: field({
		id: 'title',
		label: { it: 'Accordo di Programma', en: 'Programme agreement' },
		required: true,
		synonyms: ['Accordo', 'Accordo di Programma', 'Titolo', 'Titolo accordo', 'Agreement'],
		distinctive: true,
		parse: parseText
	}),
	ambito: field({
		id: 'ambito',
		label: { it: 'Ambito', en: 'Ambito' },
		required: false,
		synonyms: AMBITO,
		parse: parseText
	}),
	start: PROJECT_SHEET_FIELDS.start,
	end: PROJECT_SHEET_FIELDS.end,
	signatories: field({
		id: 'signatories',
		label: { it: 'Firmatari', en: 'Signatories' },
		required: false,
		synonyms: ['Firmatari', 'Enti firmatari', 'Sottoscrittori', 'Signatories'],
		distinctive: true,
		parse: parseList
	}),
	adherents: field({
		id: 'adherents',
		label: { it: 'Aderenti', en: 'Adherents' },
		required: false,
		synonyms: ['Aderenti', 'Enti aderenti', 'Adherents'],
		parse: parseList
	}),
	party: field({
		id: 'party',
		label: { it: 'Ente', en: 'Organisation' },
		required: false,
		synonyms: MEMBER,
		parse: parseText
	}),
	memberKind: NETWORK_FIELDS.memberKind,
	actorComune: PARTNERSHIP_FIELDS.actorComune,
	partyRole: field({
		id: 'partyRole',
		label: { it: 'Ruolo nell’accordo', en: 'Role in the agreement' },
		required: false,
		synonyms: ['Ruolo', 'Ruolo nell accordo', 'Firmatario / aderente', 'Role'],
		parse: parseAgreementRole
	})
} as const;

/** "firmatario", "sottoscrittore" → signatory; "aderente" → adherent. */
export function parseAgreementRole(raw: string): Parsed<'signatory' | 'adherent'> {
	const f = foldText(raw);
	if (/^(firmatari[oa]?|sottoscrittore|sottoscrittrice|signatory|ente firmatario)$/.test(f))
		return ok('signatory');
	if (/^(aderente|aderenti|adesione|adherent|ente aderente)$/.test(f)) return ok('adherent');
	return fail(
		'UNKNOWN_VALUE',
		`Ruolo nell'accordo "${raw}" sconosciuto: usa "firmatario" o "aderente".`,
		`Unknown role in the agreement "${raw}": use "firmatario" (signatory) or "aderente" (adherent).`
	);
}

/** "Risorse": one row per resource a partner commits, for a partner listed in "Partner". */
export const RESOURCE_FIELDS = {
	project: PARTNERSHIP_FIELDS.project,
	actor: PARTNERSHIP_FIELDS.actor,
	actorTaxCode: PARTNERSHIP_FIELDS.actorTaxCode,
	actorComune: PARTNERSHIP_FIELDS.actorComune,
	commitmentType: PARTNERSHIP_FIELDS.commitmentType,
	amount: PARTNERSHIP_FIELDS.amount,
	valueEur: PARTNERSHIP_FIELDS.valueEur,
	fundingSource: PARTNERSHIP_FIELDS.fundingSource,
	beyondFunding: PARTNERSHIP_FIELDS.beyondFunding,
	commitmentDescription: PARTNERSHIP_FIELDS.commitmentDescription,
	notes: PARTNERSHIP_FIELDS.notes
} as const;
