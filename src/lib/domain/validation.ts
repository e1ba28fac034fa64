import { isActorKindId } from './actor-kinds';
import { isCoDesignProcedureId } from './co-design';
import { isCollaborationSourceId } from './collaboration';
import { isCommitmentTypeId, isFundingSourceId } from './commitments';
import { isFunderId } from './funders';
import { isLepsId } from './leps';
import {
	INDICATOR_KINDS,
	PROJECT_STATUSES,
	TERRITORIAL_KIND_IDS,
	type ActionRecord,
	type ActorRecord,
	type AgreementRecord,
	type CallRecord,
	type CollaborationRecord,
	type MembershipRecord,
	type NetworkRecord,
	type PartnershipRecord,
	type ProjectRecord,
	type TramaDocument
} from './model';
import { isPolicyAreaId } from './policy-areas';
import { isPolicyCyclePhaseId } from './policy-cycle';
import { isRoleId } from './roles';
import { validateTaxCode } from './tax-code';

/** One problem with one field, e.g. { field: 'actors[3].kind', message: '…' }. */
export interface Problem {
	field: string;
	message: string;
}

/** Limits on every string a user can send: nothing unbounded reaches the database. */
export const LIMITS = { id: 120, name: 300, text: 5000, tag: 60, tags: 50, list: 5000 } as const;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class Checker {
	readonly problems: Problem[] = [];
	constructor(private readonly prefix: string) {}
	private add(field: string, message: string) {
		this.problems.push({ field: `${this.prefix}.${field}`, message });
	}
	id(field: string, value: unknown) {
		if (typeof value !== 'string' || !value) return this.add(field, 'obbligatorio / required');
		if (value.length > LIMITS.id || !ID_PATTERN.test(value))
			this.add(
				field,
				`identificativo non valido (lettere, cifre, _ . : -; max ${LIMITS.id}) / invalid id`
			);
	}
	optionalId(field: string, value: unknown) {
		if (value !== null && value !== undefined) this.id(field, value);
	}
	ids(field: string, values: unknown) {
		if (!Array.isArray(values)) return this.add(field, 'deve essere un elenco / must be a list');
		if (values.length > LIMITS.list)
			this.add(field, `al massimo ${LIMITS.list} elementi / at most ${LIMITS.list} items`);
		values.forEach((v, i) => this.id(`${field}[${i}]`, v));
	}
	text(
		field: string,
		value: unknown,
		{ required = false, max = LIMITS.text as number }: { required?: boolean; max?: number } = {}
	) {
		if (value === null || value === undefined || value === '') {
			if (required) this.add(field, 'obbligatorio / required');
			return;
		}
		if (typeof value !== 'string') return this.add(field, 'deve essere un testo / must be text');
		if (required && !value.trim()) this.add(field, 'obbligatorio / required');
		if (value.length > max)
			this.add(field, `al massimo ${max} caratteri / at most ${max} characters`);
		// Control characters have no place in names or notes (tabs and newlines excepted).
		// eslint-disable-next-line no-control-regex -- matching control characters is the point
		if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value))
			this.add(field, 'caratteri di controllo non ammessi / control characters not allowed');
	}
	date(field: string, value: unknown) {
		if (value === null || value === undefined) return;
		if (typeof value !== 'string' || !DATE_PATTERN.test(value) || Number.isNaN(Date.parse(value)))
			this.add(field, 'data non valida, usa AAAA-MM-GG / invalid date, use YYYY-MM-DD');
	}
	period(startField: string, start: string | null, endField: string, end: string | null) {
		this.date(startField, start);
		this.date(endField, end);
		if (start && end && DATE_PATTERN.test(start) && DATE_PATTERN.test(end) && end < start)
			this.add(endField, `precede ${startField} / is before ${startField}`);
	}
	number(
		field: string,
		value: unknown,
		{ min = 0, max = 1e12, integer = false, optional = true } = {}
	) {
		if (value === null || value === undefined) {
			if (!optional) this.add(field, 'obbligatorio / required');
			return;
		}
		if (
			typeof value !== 'number' ||
			!Number.isFinite(value) ||
			value < min ||
			value > max ||
			(integer && !Number.isInteger(value))
		)
			this.add(
				field,
				`numero ${integer ? 'intero ' : ''}tra ${min} e ${max} / ${integer ? 'integer ' : ''}number between ${min} and ${max}`
			);
	}
	oneOf(field: string, value: unknown, ok: (v: unknown) => boolean, what: string) {
		if (!ok(value))
			this.add(field, `${what} sconosciuto: "${String(value).slice(0, 40)}" / unknown ${what}`);
	}
	check(field: string, ok: boolean, message: string) {
		if (!ok) this.add(field, message);
	}
	/** An optional list of registry ids (null/absent = not recorded). */
	optionalIds(field: string, values: unknown, ok: (v: unknown) => boolean, what: string) {
		if (values === null || values === undefined) return;
		if (!Array.isArray(values)) return this.add(field, 'deve essere un elenco / must be a list');
		values.forEach((v, i) => this.oneOf(`${field}[${i}]`, v, ok, what));
	}
	/** An optional list of short texts (needs, target groups). */
	texts(field: string, values: unknown, max = 50) {
		if (values === null || values === undefined) return;
		if (!Array.isArray(values) || values.length > max)
			return this.add(field, `elenco di al massimo ${max} voci / list of at most ${max} items`);
		values.forEach((v, i) => this.text(`${field}[${i}]`, v, { required: true, max: LIMITS.name }));
	}
}

/** A number as an office writes it: "1200", "12,5", "-3.75". */
const NUMERIC_TEXT = /^-?\d+([.,]\d+)?$/;

function validateDossier(c: Checker, p: ProjectRecord) {
	if (p.funder != null) c.oneOf('funder', p.funder, isFunderId, 'finanziatore / funder');
	c.date('fundingEnd', p.fundingEnd ?? null);
	c.optionalIds('leps', p.leps, isLepsId, 'LEPS');
	c.number('grantRequestedEur', p.grantRequestedEur);
	c.number('grantAwardedEur', p.grantAwardedEur);
	for (const grant of ['grantRequestedEur', 'grantAwardedEur'] as const) {
		const value = p[grant];
		if (typeof value === 'number' && typeof p.budgetEur === 'number' && value > p.budgetEur)
			c.check(
				grant,
				false,
				'supera il costo complessivo del progetto / exceeds the total budget of the project'
			);
	}
	if (p.coDesign) {
		c.oneOf(
			'coDesign.procedure',
			p.coDesign.procedure,
			isCoDesignProcedureId,
			'procedura / procedure'
		);
		c.date('coDesign.date', p.coDesign.date);
		c.text('coDesign.act', p.coDesign.act, { max: LIMITS.name });
	}
	if (p.sustainability) {
		c.text('sustainability.what', p.sustainability.what);
		c.ids('sustainability.carriedByActorIds', p.sustainability.carriedByActorIds);
		c.text('sustainability.resources', p.sustainability.resources);
		c.date('sustainability.committedUntil', p.sustainability.committedUntil);
	}
	if (p.transferability) {
		c.text('transferability.what', p.transferability.what);
		c.text('transferability.documentedWhere', p.transferability.documentedWhere, {
			max: LIMITS.name
		});
	}
	c.texts('needs', p.needs);
	c.texts('targetGroups', p.targetGroups);
	if (p.indicators === undefined) return;
	if (!Array.isArray(p.indicators) || p.indicators.length > 50)
		return c.check('indicators', false, 'al massimo 50 indicatori / at most 50 indicators');
	p.indicators.forEach((x, i) => {
		const at = `indicators[${i}]`;
		c.text(`${at}.name`, x.name, { required: true, max: LIMITS.name });
		c.oneOf(
			`${at}.kind`,
			x.kind,
			(v) => (INDICATOR_KINDS as readonly unknown[]).includes(v),
			'tipo di indicatore / indicator kind'
		);
		for (const value of ['baseline', 'target', 'measured'] as const) {
			c.text(`${at}.${value}`, x[value], { max: LIMITS.name });
			if (x.kind === 'quantitative' && x[value])
				c.check(
					`${at}.${value}`,
					NUMERIC_TEXT.test(x[value]!.trim()),
					'indicatore quantitativo: scrivi un numero (es. 120 o 12,5) / quantitative indicator: write a number'
				);
		}
	});
}

export function validateActor(a: ActorRecord, prefix = 'actor'): Problem[] {
	const c = new Checker(prefix);
	c.id('id', a.id);
	c.text('name', a.name, { required: true, max: LIMITS.name });
	c.oneOf('kind', a.kind, isActorKindId, 'tipologia / kind');
	c.check(
		'kind',
		!TERRITORIAL_KIND_IDS.includes(a.kind),
		'Comuni, Ambiti, ATS, ASST, Distretti e Case di Comunità sono dati di riferimento: non si creano a mano / territorial bodies are reference data, not created by hand'
	);
	if (a.taxCode) {
		const result = validateTaxCode(a.taxCode);
		if (!result.ok) c.check('taxCode', false, `${result.reason.it} / ${result.reason.en}`);
	}
	c.check(
		'seatIstat',
		a.seatIstat === null || /^\d{6}$/.test(a.seatIstat),
		'codice ISTAT di 6 cifre / 6-digit ISTAT code'
	);
	c.ids('activeInAmbitoIds', a.activeInAmbitoIds);
	c.check(
		'tags',
		Array.isArray(a.tags) && a.tags.length <= LIMITS.tags,
		`al massimo ${LIMITS.tags} tag / at most ${LIMITS.tags} tags`
	);
	(a.tags ?? []).forEach((t, i) => c.text(`tags[${i}]`, t, { required: true, max: LIMITS.tag }));
	c.text('notes', a.notes);
	return c.problems;
}

export function validateCall(x: CallRecord, prefix = 'call'): Problem[] {
	const c = new Checker(prefix);
	c.id('id', x.id);
	c.text('title', x.title, { required: true, max: LIMITS.name });
	c.text('issuer', x.issuer, { max: LIMITS.name });
	c.number('year', x.year, { min: 1990, max: 2100, integer: true });
	return c.problems;
}

export function validateProject(p: ProjectRecord, prefix = 'project'): Problem[] {
	const c = new Checker(prefix);
	c.id('id', p.id);
	c.text('title', p.title, { required: true, max: LIMITS.name });
	c.optionalId('callId', p.callId);
	c.period('start', p.start, 'end', p.end);
	c.check(
		'triennio',
		p.triennio === null || /^\d{4}-\d{4}$/.test(p.triennio),
		'formato AAAA-AAAA / format YYYY-YYYY'
	);
	c.check('policyAreas', Array.isArray(p.policyAreas), 'deve essere un elenco / must be a list');
	(p.policyAreas ?? []).forEach((a, i) =>
		c.oneOf(`policyAreas[${i}]`, a, isPolicyAreaId, 'area di policy / policy area')
	);
	c.number('budgetEur', p.budgetEur);
	c.check(
		'targetComuniIstat',
		Array.isArray(p.targetComuniIstat) && p.targetComuniIstat.every((x) => /^\d{6}$/.test(x)),
		'codici ISTAT di 6 cifre / 6-digit ISTAT codes'
	);
	c.ids('targetAmbitoIds', p.targetAmbitoIds);
	c.oneOf(
		'status',
		p.status,
		(v) => (PROJECT_STATUSES as readonly unknown[]).includes(v),
		'stato / status'
	);
	validateDossier(c, p);
	return c.problems;
}

export function validateAction(a: ActionRecord, prefix = 'action'): Problem[] {
	const c = new Checker(prefix);
	c.id('id', a.id);
	c.id('projectId', a.projectId);
	c.text('title', a.title, { required: true, max: LIMITS.name });
	c.text('description', a.description);
	c.ids('responsibleActorIds', a.responsibleActorIds);
	c.optionalIds('phases', a.phases, isPolicyCyclePhaseId, 'fase del ciclo / policy cycle phase');
	return c.problems;
}

export function validatePartnership(p: PartnershipRecord, prefix = 'partnership'): Problem[] {
	const c = new Checker(prefix);
	c.id('id', p.id);
	c.id('actorId', p.actorId);
	c.id('projectId', p.projectId);
	c.oneOf('role', p.role, isRoleId, 'ruolo / role');
	c.period('since', p.since, 'until', p.until);
	c.text('notes', p.notes ?? null);
	c.check(
		'commitments',
		Array.isArray(p.commitments) && p.commitments.length <= 100,
		'al massimo 100 impegni / at most 100 commitments'
	);
	(p.commitments ?? []).forEach((m, i) => {
		c.oneOf(
			`commitments[${i}].type`,
			m.type,
			isCommitmentTypeId,
			'tipo di risorsa / resource type'
		);
		c.number(`commitments[${i}].amount`, m.amount, { optional: false });
		c.number(`commitments[${i}].valueEur`, m.valueEur);
		c.oneOf(`commitments[${i}].source`, m.source, isFundingSourceId, 'fonte / source');
		c.check(
			`commitments[${i}].beyondFunding`,
			typeof m.beyondFunding === 'boolean',
			'sì/no richiesto / yes/no required'
		);
		c.text(`commitments[${i}].description`, m.description, { max: LIMITS.name });
	});
	if (p.declaredMembers !== undefined) {
		c.check(
			'declaredMembers',
			Array.isArray(p.declaredMembers) && p.declaredMembers.length <= 100,
			'al massimo 100 tipologie / at most 100 kinds'
		);
		const seen = new Set<unknown>();
		(p.declaredMembers ?? []).forEach((m, i) => {
			c.oneOf(`declaredMembers[${i}].kind`, m.kind, isActorKindId, 'tipologia / kind');
			c.check(
				`declaredMembers[${i}].kind`,
				!seen.has(m.kind),
				'tipologia ripetuta: somma i conteggi in una riga / kind repeated: add the counts in one row'
			);
			seen.add(m.kind);
			c.number(`declaredMembers[${i}].count`, m.count, {
				min: 1,
				max: 100000,
				integer: true,
				optional: false
			});
		});
	}
	return c.problems;
}

export function validateNetwork(n: NetworkRecord, prefix = 'network'): Problem[] {
	const c = new Checker(prefix);
	c.id('id', n.id);
	c.text('name', n.name, { required: true, max: LIMITS.name });
	c.text('description', n.description);
	c.optionalId('ambitoId', n.ambitoId);
	c.ids('linkedNetworkIds', n.linkedNetworkIds);
	c.check(
		'linkedNetworkIds',
		!n.linkedNetworkIds?.includes(n.id),
		'una rete non può collegarsi a sé stessa / a network cannot link to itself'
	);
	return c.problems;
}

export function validateMembership(m: MembershipRecord, prefix = 'membership'): Problem[] {
	const c = new Checker(prefix);
	c.id('actorId', m.actorId);
	c.id('networkId', m.networkId);
	c.period('since', m.since, 'until', m.until);
	return c.problems;
}

export function validateAgreement(a: AgreementRecord, prefix = 'agreement'): Problem[] {
	const c = new Checker(prefix);
	c.id('id', a.id);
	c.text('title', a.title, { required: true, max: LIMITS.name });
	c.optionalId('ambitoId', a.ambitoId);
	c.period('start', a.start, 'end', a.end);
	c.ids('signatoryActorIds', a.signatoryActorIds);
	c.ids('adherentActorIds', a.adherentActorIds);
	return c.problems;
}

export function validateCollaboration(x: CollaborationRecord, prefix = 'collaboration'): Problem[] {
	const c = new Checker(prefix);
	c.id('id', x.id);
	c.id('actorAId', x.actorAId);
	c.id('actorBId', x.actorBId);
	c.check(
		'actorBId',
		x.actorAId !== x.actorBId,
		'un ente non collabora con sé stesso / an actor cannot collaborate with itself'
	);
	c.period('since', x.since, 'until', x.until);
	c.number('strength', x.strength, { min: 1, max: 5, integer: true });
	c.number('trust', x.trust, { min: 1, max: 5, integer: true });
	c.text('value', x.value, { max: LIMITS.name });
	c.oneOf('source', x.source, isCollaborationSourceId, 'fonte / source');
	return c.problems;
}

/** Every entity of a document, each problem named by its list and index. Duplicated ids too. */
export function validateDocument(doc: TramaDocument): Problem[] {
	const problems: Problem[] = [];
	if (doc.format !== 'trama/1')
		problems.push({
			field: 'format',
			message: 'formato atteso "trama/1" / expected format "trama/1"'
		});
	const each = <T>(
		list: T[] | undefined,
		name: string,
		validate: (x: T, prefix: string) => Problem[]
	) => {
		if (!Array.isArray(list))
			return problems.push({ field: name, message: 'deve essere un elenco / must be a list' });
		list.forEach((x, i) => problems.push(...validate(x, `${name}[${i}]`)));
		const seen = new Map<string, number>();
		list.forEach((x, i) => {
			const id = (x as { id?: unknown }).id;
			if (typeof id !== 'string') return;
			if (seen.has(id))
				problems.push({
					field: `${name}[${i}].id`,
					message: `id ripetuto (già in ${name}[${seen.get(id)}]) / duplicated id`
				});
			else seen.set(id, i);
		});
	};
	each(doc.actors, 'actors', validateActor);
	each(doc.calls, 'calls', validateCall);
	each(doc.projects, 'projects', validateProject);
	each(doc.actions, 'actions', validateAction);
	each(doc.partnerships, 'partnerships', validatePartnership);
	each(doc.networks, 'networks', validateNetwork);
	each(doc.memberships, 'memberships', validateMembership);
	each(doc.agreements, 'agreements', validateAgreement);
	each(doc.collaborations, 'collaborations', validateCollaboration);
	return problems;
}
