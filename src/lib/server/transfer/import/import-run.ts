import { TERRITORIAL_KIND_IDS, draftProject, newActor } from '../../../domain/model';
import type { ActorKindId } from '../../../domain/actor-kinds';
import type {
	ActionRecord,
	ActorRecord,
	AgreementRecord,
	CallRecord,
	CollaborationRecord,
	MembershipRecord,
	NetworkRecord,
	PartnershipRecord,
	ProjectRecord
} from '../../../domain/model';
import { closest, foldText } from '../../../text';
import { actorIdFor, partnershipIdFor, projectIdFor } from './ids';
import type { ImportContext, NamedRef, TerritoryLink } from './import-types';
import { ActorIndex, normalizeIstat, push, unique } from './name-index';
import { Places } from './places';
import type { LocalizedText } from '../../../domain/registry';
import { t, type RowScope } from './row-scope';

/**
 * What the sheet readers share while one import runs: the context's actors, projects and places,
 * the records read so far (by id, in first-seen order, so later rows and sheets merge into them)
 * and how names in a row become ids (found, or created when the sheet's kind allows).
 */
export class ImportRun {
	readonly actors = new ActorIndex();
	readonly places: Places;
	readonly existingActorIds: Set<string>;
	readonly projectsByTitle = new Map<string, string[]>();
	readonly existingProjectIds: Set<string>;
	/** Actors created from a name in a sheet (not from an actors sheet's own rows). */
	readonly createdFromNames = new Set<string>();
	readonly matchedActors = new Set<string>();
	readonly matchedProjects = new Set<string>();

	readonly actorRecords = new Map<string, ActorRecord>();
	readonly projectRecords = new Map<string, ProjectRecord>();
	readonly partnershipRecords = new Map<string, PartnershipRecord>();
	readonly actionRecords = new Map<string, ActionRecord>();
	readonly collaborationRecords = new Map<string, CollaborationRecord>();
	readonly callRecords = new Map<string, CallRecord>();
	readonly networkRecords = new Map<string, NetworkRecord>();
	readonly membershipRecords = new Map<string, MembershipRecord>();
	readonly agreementRecords = new Map<string, AgreementRecord>();
	readonly territoryByIstat = new Map<string, TerritoryLink>();

	/** Partnerships in Trama, by project and actor (`existingPartnerships`). */
	private readonly storedPartnerships = new Map<string, PartnershipRecord>();

	// Checks across rows of one kind of sheet.
	readonly capofilaByProject = new Map<string, string>();
	/** The ATS each Ambito was first seen in, and on which Comune's row. */
	readonly atsOfAmbito = new Map<string, { atsId: string; comuneIstat: string }>();
	/** The row on which each tax code was first seen. */
	readonly taxCodeRows = new Map<string, number>();

	// The sheet being read (set by `beginSheet`).
	/** Field id → the headers mapped to it, in file order. */
	columnsOf = new Map<string, string[]>();
	private canCreate = { actors: false, projects: false };
	/** Row signatures seen in the sheet, to tell exact repeats from rows that add something. */
	private rowSignatures = new Map<string, number>();

	constructor(readonly context: ImportContext) {
		this.places = new Places(context, this.actors);
		for (const a of context.existingActors) {
			this.actors.add({ ...a, taxCode: a.taxCode?.toUpperCase() ?? null });
		}
		// Territorial bodies are actors too (reference data, ids as in the territory seed): a
		// partner named "Comune di Crema" or "ASST di Crema" is found, never created.
		for (const c of context.comuni) {
			const istat = normalizeIstat(c.istat) ?? c.istat;
			const territorial = { kind: 'comune' as const, taxCode: null, seatIstat: istat };
			this.actors.add({ id: `comune-${istat}`, name: `Comune di ${c.name}`, ...territorial });
		}
		const bodies: Array<[NamedRef[] | undefined, ActorKindId]> = [
			[context.ambiti, 'ambito'],
			[context.asst, 'asst'],
			[context.ats, 'ats'],
			[context.distretti, 'distretto']
		];
		for (const [list, kind] of bodies) {
			for (const b of list ?? []) {
				this.actors.add({ id: b.id, name: b.name, kind, taxCode: null, seatIstat: null });
			}
		}
		this.existingActorIds = new Set([
			...context.existingActors.map((a) => a.id),
			...(context.province ?? []).map((p) => p.id),
			...context.comuni.map((c) => `comune-${normalizeIstat(c.istat) ?? c.istat}`),
			...bodies.flatMap(([list]) => (list ?? []).map((b) => b.id))
		]);
		for (const p of context.existingProjects) push(this.projectsByTitle, foldText(p.title), p.id);
		this.existingProjectIds = new Set(context.existingProjects.map((p) => p.id));
		for (const p of context.existingPartnerships ?? [])
			this.storedPartnerships.set(`${p.projectId}|${p.actorId}`, p);
	}

	/**
	 * The partnership of an actor in a project: the one this file declares, else the one in Trama
	 * (copied into the document, so what rows add to it is written back with what it had).
	 */
	partnershipOf(projectId: string, actorId: string): PartnershipRecord | null {
		const inFile = this.partnershipRecords.get(partnershipIdFor(projectId, actorId));
		if (inFile) return inFile;
		const stored = this.storedPartnerships.get(`${projectId}|${actorId}`);
		if (!stored) return null;
		const adopted = this.partnershipRecords.get(stored.id);
		if (adopted) return adopted;
		const copy = { ...stored, commitments: stored.commitments.map((c) => ({ ...c })) };
		this.partnershipRecords.set(stored.id, copy);
		return copy;
	}

	/** Whether the partnership is the one stored in Trama, as it was before this import. */
	isStoredPartnership(record: PartnershipRecord): boolean {
		return this.storedPartnerships.get(`${record.projectId}|${record.actorId}`)?.id === record.id;
	}

	/** The partner of a project (in this file or in Trama) whose name is nearest to `name`, if any. */
	nearestPartner(projectId: string, name: string): string | undefined {
		const ids = new Set<string>();
		for (const p of [...this.partnershipRecords.values(), ...this.storedPartnerships.values()])
			if (p.projectId === projectId) ids.add(p.actorId);
		const names = [...ids].map((id) => this.actors.get(id)?.name ?? id);
		return closest(
			foldText(name),
			names.map((n) => [foldText(n), n])
		);
	}

	beginSheet(columnsOf: Map<string, string[]>, canCreate: { actors: boolean; projects: boolean }) {
		this.columnsOf = columnsOf;
		this.canCreate = canCreate;
		this.rowSignatures = new Map();
	}

	/** A repeated row adds nothing: warn once and skip it. */
	isRepeat(scope: RowScope, signature: string): boolean {
		const first = this.rowSignatures.get(signature);
		if (first === undefined) {
			this.rowSignatures.set(signature, scope.row);
			return false;
		}
		scope.report(
			'warning',
			'DUPLICATE_IN_FILE',
			null,
			null,
			t(`La riga ripete la riga ${first}: ignorata.`, `This row repeats row ${first}: ignored.`)
		);
		return true;
	}
	/**
	 * The id of the actor a row names, creating it when the sheet's kind allows. The new actor is
	 * registered only if the row has no error, so a bad row leaves nothing behind.
	 */
	actorRef(
		scope: RowScope,
		fieldId: string,
		name: string,
		details: {
			taxCode?: string | null;
			seatIstat?: string | null;
			kind?: ActorKindId | null;
			/** What to say when it is not found and may not be created (default: import the list first). */
			unknown?: () => LocalizedText;
		} = {}
	): { id: string; commit: () => void } | null {
		const taxCode = details.taxCode ?? null;
		const seatIstat = details.seatIstat ?? null;
		const resolved = this.actors.resolve(name, taxCode, seatIstat);
		const column = scope.columnOf(fieldId);
		if (resolved.status === 'found') {
			if (resolved.warning)
				scope.report('warning', 'SIMILAR_NAME', fieldId, column, resolved.warning);
			const id = resolved.value;
			return {
				id,
				commit: () => {
					if (this.existingActorIds.has(id)) this.matchedActors.add(id);
				}
			};
		}
		if (resolved.status === 'ambiguous') {
			const names = resolved.candidates.map((id) => this.actors.get(id)?.name ?? id);
			scope.report(
				'error',
				'AMBIGUOUS_ACTOR',
				fieldId,
				column,
				t(
					`"${name}" può indicare più enti (${names.join('; ')}): aggiungi il codice fiscale o il Comune sede per distinguerli.`,
					`"${name}" could be several organisations (${names.join('; ')}): add the tax code or the seat Comune to tell them apart.`
				)
			);
			return null;
		}
		const territorial = this.places.territorialActor(scope, fieldId, name, details.kind ?? null);
		if (territorial) {
			return {
				id: territorial,
				commit: () => this.matchedActors.add(territorial)
			};
		}
		if (details.kind && TERRITORIAL_KIND_IDS.includes(details.kind)) {
			scope.report(
				'error',
				'REFERENCE_DATA',
				fieldId,
				column,
				t(
					`"${name}" è un ente territoriale che non si trova tra i dati di riferimento: usa il nome ufficiale (es. "Comune di Crema", "ASST di Crema").`,
					`"${name}" is a territorial body not found in the reference data: use its official name (e.g. "Comune di Crema", "ASST di Crema").`
				)
			);
			return null;
		}
		if (!this.canCreate.actors) {
			scope.report(
				'error',
				'UNKNOWN_ACTOR',
				fieldId,
				column,
				details.unknown?.() ??
					t(
						`Ente "${name}" non trovato: importa prima l'elenco degli enti o correggi il nome.`,
						`Organisation "${name}" not found: import the list of organisations first or fix the name.`
					)
			);
			return null;
		}
		const kind = details.kind ?? 'altro';
		const record = newActor({ id: actorIdFor(name, seatIstat), name, kind, taxCode, seatIstat });
		scope.report(
			'warning',
			'WILL_CREATE',
			fieldId,
			column,
			t(
				`L'ente "${name}" non è ancora in Trama e verrà creato${kind === 'altro' ? ' con tipologia "Altro": indicane la tipologia dopo l’importazione' : ''}.`,
				`Organisation "${name}" is not in Trama yet and will be created${kind === 'altro' ? ' with kind "Other": set its kind after the import' : ''}.`
			)
		);
		return {
			id: record.id,
			commit: () => {
				if (this.actorRecords.has(record.id)) return;
				this.actorRecords.set(record.id, record);
				this.createdFromNames.add(record.id);
				this.actors.add(record);
			}
		};
	}
	projectRef(
		scope: RowScope,
		fieldId: string,
		title: string
	): { id: string; commit: () => void } | null {
		const column = scope.columnOf(fieldId);
		const byId =
			this.existingProjectIds.has(title) || this.projectRecords.has(title) ? [title] : [];
		const ids = unique([...byId, ...(this.projectsByTitle.get(foldText(title)) ?? [])]);
		if (ids.length === 1) {
			const id = ids[0]!;
			return {
				id,
				commit: () => {
					if (this.existingProjectIds.has(id)) this.matchedProjects.add(id);
				}
			};
		}
		if (ids.length > 1) {
			scope.report(
				'error',
				'AMBIGUOUS_PROJECT',
				fieldId,
				column,
				t(
					`Ci sono più progetti intitolati "${title}": rinominali in Trama o usa l'identificativo del progetto.`,
					`There are several projects called "${title}": rename them in Trama or use the project id.`
				)
			);
			return null;
		}
		if (!this.canCreate.projects) {
			scope.report(
				'error',
				'UNKNOWN_PROJECT',
				fieldId,
				column,
				t(
					`Progetto "${title}" non trovato: crealo prima in Trama o correggi il titolo.`,
					`Project "${title}" not found: create it in Trama first or fix the title.`
				)
			);
			return null;
		}
		const id = projectIdFor(title);
		if (!this.projectRecords.has(id)) {
			scope.report(
				'warning',
				'WILL_CREATE',
				fieldId,
				column,
				t(
					`Il progetto "${title}" non è ancora in Trama e verrà creato come bozza: completane i dati dopo l'importazione.`,
					`Project "${title}" is not in Trama yet and will be created as a draft: complete it after the import.`
				)
			);
		}
		return {
			id,
			commit: () => {
				if (this.projectRecords.has(id)) return;
				this.projectRecords.set(id, draftProject({ id, title }));
				push(this.projectsByTitle, foldText(title), id);
			}
		};
	}

	checkDateRange(
		scope: RowScope,
		since: string | null,
		until: string | null,
		untilField = 'until'
	) {
		if (since && until && until < since) {
			scope.report(
				'error',
				'BAD_DATE_RANGE',
				untilField,
				scope.columnOf(untilField),
				t(
					`La data di fine (${until}) è precedente a quella di inizio (${since}).`,
					`The end date (${until}) is before the start date (${since}).`
				)
			);
		}
	}
	/**
	 * Commas are not list separators (they occur in names), but "Comune di Crema, Coop. Sole" is
	 * common: a part with commas is split only when every piece is a known actor.
	 */
	splitKnownNames(names: string[]): string[] {
		return names.flatMap((name) => {
			if (!name.includes(',')) return [name];
			if (this.actors.resolve(name, null, null).status === 'found') return [name];
			const pieces = name
				.split(',')
				.map((p) => p.trim())
				.filter(Boolean);
			const allKnown = pieces.every((p) => this.actors.resolve(p, null, null).status === 'found');
			return allKnown ? pieces : [name];
		});
	}
}
