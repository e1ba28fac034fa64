import type { ActorKindId } from '../../../domain/actor-kinds';
import type { LocalizedText } from '../../../domain/registry';
import { foldText } from '../../../text';
import type { ImportContext } from './import-types';
import {
	ActorIndex,
	NamedIndex,
	comuneKey,
	normalizeIstat,
	push,
	resolveComuneByName,
	unique,
	type ComuneIndex,
	type Resolution
} from './name-index';
import { namedBody, type NamedBody } from './office-rows';
import type { ImportProblemSeverity } from './problems';
import { t, type RowScope } from './row-scope';

/**
 * The Comuni and territorial bodies a row names (by name, ISTAT code, office or historical name),
 * resolved against the import context; what is not found is a problem on the row.
 */
export class Places {
	readonly comuni: ComuneIndex = { byIstat: new Map(), byName: new Map() };
	readonly ambiti: NamedIndex;
	readonly asst: NamedIndex;
	readonly ats: NamedIndex;
	readonly distretti: NamedIndex | null;
	readonly province: NamedIndex;
	/** The bodies each Comune belongs to (context.comuni), by ISTAT code. */
	private readonly bodiesOfComune = new Map<string, ImportContext['comuni'][number]>();

	constructor(
		context: ImportContext,
		/** For the names of bodies found (the import's actors include the territorial ones). */
		private readonly actors: ActorIndex
	) {
		for (const c of context.comuni) {
			const istat = normalizeIstat(c.istat) ?? c.istat;
			this.comuni.byIstat.set(istat, c.name);
			push(this.comuni.byName, comuneKey(c.name), istat);
			this.bodiesOfComune.set(istat, c);
		}
		this.province = new NamedIndex(context.province ?? []);
		this.ambiti = new NamedIndex(context.ambiti);
		this.asst = new NamedIndex(context.asst);
		this.ats = new NamedIndex(context.ats);
		this.distretti = context.distretti ? new NamedIndex(context.distretti) : null;
	}

	/** The ISTAT code of a Comune given by name and/or code; null (with a problem) if not found. */
	comune(
		scope: RowScope,
		nameField: string | null,
		istatField: string | null,
		severity: ImportProblemSeverity
	): string | null {
		const rawName = nameField ? scope.rawOf(nameField) : null;
		const rawIstat = istatField ? scope.rawOf(istatField) : null;
		let fromIstat: string | null = null;
		if (rawIstat && istatField) {
			const istat = normalizeIstat(rawIstat);
			if (istat && this.comuni.byIstat.has(istat)) {
				fromIstat = istat;
			} else {
				scope.report(
					severity,
					'UNKNOWN_COMUNE',
					istatField,
					scope.columnOf(istatField),
					t(
						`Il codice ISTAT "${rawIstat}" non corrisponde a nessun Comune lombardo. Controlla il codice (6 cifre, es. 013041) o lascia la cella vuota se il Comune è fuori regione.`,
						`ISTAT code "${rawIstat}" matches no Comune in Lombardy. Check the code (6 digits, e.g. 013041) or leave the cell empty if the Comune is outside the region.`
					)
				);
				if (!rawName) return null;
			}
		}
		if (!rawName || !nameField) return fromIstat;
		const byName = resolveComuneByName(this.comuni, rawName);
		if (fromIstat) {
			if (byName.status !== 'found' || byName.value !== fromIstat) {
				const ambiguousOk = byName.status === 'ambiguous' && byName.candidates.includes(fromIstat);
				if (!ambiguousOk) {
					scope.report(
						'warning',
						'COMUNE_MISMATCH',
						nameField,
						scope.columnOf(nameField),
						t(
							`Il Comune "${rawName}" non corrisponde al codice ISTAT ${fromIstat} (${this.comuni.byIstat.get(fromIstat)}): vale il codice ISTAT.`,
							`Comune "${rawName}" does not match ISTAT code ${fromIstat} (${this.comuni.byIstat.get(fromIstat)}): the ISTAT code is used.`
						)
					);
				}
			}
			return fromIstat;
		}
		const column = scope.columnOf(nameField);
		switch (byName.status) {
			case 'found':
				return byName.value;
			case 'ambiguous':
				scope.report(
					severity,
					'AMBIGUOUS_COMUNE',
					nameField,
					column,
					t(
						`In Lombardia ci sono più Comuni chiamati "${rawName}" (ISTAT ${byName.candidates.join(', ')}): aggiungi la colonna "Codice ISTAT" per distinguerli.`,
						`There are several Comuni called "${rawName}" in Lombardy (ISTAT ${byName.candidates.join(', ')}): add a "Codice ISTAT" column to tell them apart.`
					)
				);
				return null;
			case 'missing': {
				const hint = byName.suggestion;
				scope.report(
					severity,
					'UNKNOWN_COMUNE',
					nameField,
					column,
					t(
						`Comune "${rawName}" non trovato tra i Comuni lombardi.${hint ? ` Forse intendevi "${hint}"?` : ''} Correggi il nome, usa il codice ISTAT, o lascia la cella vuota se il Comune è fuori regione.`,
						`Comune "${rawName}" was not found among Lombardy's Comuni.${hint ? ` Did you mean "${hint}"?` : ''} Fix the name, use the ISTAT code, or leave the cell empty if the Comune is outside the region.`
					)
				);
				return null;
			}
		}
	}

	territoryRef(
		scope: RowScope,
		fieldId: string,
		raw: string,
		index: NamedIndex,
		what: LocalizedText,
		severity: ImportProblemSeverity
	): string | null {
		const resolved = index.resolve(raw);
		const column = scope.columnOf(fieldId);
		if (resolved.status === 'found') return resolved.value;
		if (resolved.status === 'ambiguous') {
			const names = resolved.candidates.map((id) => `"${index.nameOf(id)}"`).join(', ');
			scope.report(
				severity,
				'AMBIGUOUS_TERRITORY',
				fieldId,
				column,
				t(
					`"${raw}" può indicare più ${what.it}: ${names}. Scrivi il nome completo.`,
					`"${raw}" could mean several ${what.en}: ${names}. Write the full name.`
				)
			);
		} else {
			const hint = resolved.suggestion;
			scope.report(
				severity,
				'UNKNOWN_TERRITORY',
				fieldId,
				column,
				t(
					`${what.it} "${raw}" non trovato.${hint ? ` Forse intendevi "${hint}"?` : ''} Usa il nome ufficiale.`,
					`${what.en} "${raw}" not found.${hint ? ` Did you mean "${hint}"?` : ''} Use the official name.`
				)
			);
		}
		return null;
	}

	ambitoIds(scope: RowScope, fieldId: string, names: string[]): string[] {
		const ids: string[] = [];
		for (const name of names) {
			// "Ufficio di Piano di Crema" / "Piano di Zona di Crema": the Ambito of that Comune.
			const office = namedBody(name, 'ambito');
			const byOffice = office?.body === 'ambito' ? this.bodyOfPlace(office) : null;
			if (byOffice) {
				const label = this.bodyName(byOffice);
				scope.report(
					'warning',
					'MAPPED_VALUE',
					fieldId,
					scope.columnOf(fieldId),
					t(`"${name}" letto come "${label}".`, `"${name}" read as "${label}".`)
				);
				ids.push(byOffice);
				continue;
			}
			const id = this.territoryRef(
				scope,
				fieldId,
				name,
				this.ambiti,
				t('Ambito', 'Ambito'),
				'warning'
			);
			if (id) ids.push(id);
		}
		return unique(ids);
	}
	/**
	 * The id of a territorial body named in a cell ("Comune di Cantù", "ATS Val Padana", "Ambito
	 * Cremasco", "ASL di Crema", "Ufficio di Piano di Crema", "Crema" of kind Comune), recognised by
	 * its kind or by the form of its name; null if it is not one. A name read as another (a
	 * historical or office name, a bare Comune) is said as a warning naming both.
	 */
	territorialActor(
		scope: RowScope,
		fieldId: string,
		name: string,
		kind: ActorKindId | null
	): string | null {
		const folded = foldText(name);
		const is = (k: ActorKindId, pattern: RegExp) => kind === k || (!kind && pattern.test(folded));
		const found = (r: Resolution<string>) => (r.status === 'found' ? r.value : null);
		const mapped = (id: string, it: string, en: string) => {
			scope.report('warning', 'MAPPED_VALUE', fieldId, scope.columnOf(fieldId), t(it, en));
			return id;
		};
		const named = namedBody(name, kind);
		if (named) {
			const id = this.bodyOfPlace(named);
			if (!id) return null;
			const label = this.bodyName(id);
			return named.historical
				? mapped(
						id,
						`"${name}" è un nome storico (le ASL sono diventate ATS e ASST con la l.r. 23/2015): letto come "${label}". Se intendevi ${named.body === 'ats' ? 'l’ASST, indica la tipologia "ASST"' : 'l’ATS, indica la tipologia "ATS"'}.`,
						`"${name}" is a historical name (the ASL became ATS and ASST with l.r. 23/2015): read as "${label}". If you meant ${named.body === 'ats' ? 'the ASST, set the kind "ASST"' : 'the ATS, set the kind "ATS"'}.`
					)
				: mapped(id, `"${name}" letto come "${label}".`, `"${name}" read as "${label}".`);
		}
		if (is('comune', /^comune /)) {
			const istat = found(resolveComuneByName(this.comuni, name));
			if (!istat) return null;
			const id = `comune-${istat}`;
			if (/^comune /.test(folded)) return id;
			const label = `Comune di ${this.comuni.byIstat.get(istat)}`;
			return mapped(
				id,
				`"${name}" letto come "${label}" (la tipologia è Comune).`,
				`"${name}" read as "${label}" (the kind is Comune).`
			);
		}
		if (is('ambito', /^ambito /)) return found(this.ambiti.resolve(name));
		if (is('asst', /^asst /)) return found(this.asst.resolve(name));
		if (is('ats', /^ats /)) return found(this.ats.resolve(name));
		if (is('distretto', /^distretto /) && this.distretti)
			return found(this.distretti.resolve(name));
		if (is('regione', /^regione lombardia$/)) return 'regione-lombardia';
		if (kind === 'provincia' || kind === 'citta_metropolitana')
			return found(this.province.resolve(name));
		return null;
	}

	/** The body of a place: through the Comune of that name, else by the body's own name. */
	private bodyOfPlace({ body, places }: NamedBody): string | null {
		for (const place of places) {
			const id = this.bodyOfOnePlace(body, place);
			if (id) return id;
		}
		return null;
	}

	private bodyOfOnePlace(body: NamedBody['body'], place: string): string | null {
		const istat = resolveComuneByName(this.comuni, place);
		if (istat.status === 'found') {
			const of = this.bodiesOfComune.get(istat.value);
			const id = {
				ats: of?.atsId,
				asst: of?.asstId,
				ambito: of?.ambitoId,
				provincia: of?.provinceId
			}[body];
			if (id) return id;
		}
		const index = { ats: this.ats, asst: this.asst, ambito: this.ambiti, provincia: this.province }[
			body
		];
		const byName = index.resolve(place);
		return byName.status === 'found' ? byName.value : null;
	}

	private bodyName(id: string): string {
		return this.actors.get(id)?.name ?? this.province.nameOf(id);
	}
	/** A Comune in a list cell, by name or ISTAT code; null (with an error) if not found. */
	comuneOfName(scope: RowScope, fieldId: string, raw: string): string | null {
		const istat = normalizeIstat(raw);
		if (istat && this.comuni.byIstat.has(istat)) return istat;
		const found = resolveComuneByName(this.comuni, raw);
		if (found.status === 'found') return found.value;
		const hint = found.status === 'missing' ? found.suggestion : undefined;
		scope.report(
			'error',
			found.status === 'ambiguous' ? 'AMBIGUOUS_COMUNE' : 'UNKNOWN_COMUNE',
			fieldId,
			scope.columnOf(fieldId),
			t(
				`Comune "${raw}" ${found.status === 'ambiguous' ? 'ambiguo: scrivi il codice ISTAT' : 'non trovato tra i Comuni lombardi'}.${hint ? ` Forse intendevi "${hint}"?` : ''}`,
				`Comune "${raw}" ${found.status === 'ambiguous' ? 'is ambiguous: write its ISTAT code' : 'not found among Lombardy’s Comuni'}.${hint ? ` Did you mean "${hint}"?` : ''}`
			)
		);
		return null;
	}
}
