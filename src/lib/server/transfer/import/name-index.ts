import type { ActorKindId } from '../../../domain/actor-kinds';
import type { LocalizedText } from '../../../domain/registry';
import { closest, foldText } from '../../../text';
import { normalizeActorName } from './duplicates';
import type { NamedRef } from './import-types';
import { t } from './row-scope';

/** Name resolution against the import context: Comuni, territorial bodies, actors. */

export type Resolution<T> =
	| { status: 'found'; value: T; warning?: LocalizedText }
	| { status: 'ambiguous'; candidates: string[] }
	| { status: 'missing'; suggestion?: string };

export function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

export interface ComuneIndex {
	byIstat: Map<string, string>;
	byName: Map<string, string[]>;
}

/** "Comune di Cantù (CO)" → "cantu". */
export function comuneKey(raw: string): string {
	return foldText(raw.replace(/\s*\([A-Za-z]{2}\)\s*$/, '')).replace(/^comune (di )?/, '');
}

export function resolveComuneByName(index: ComuneIndex, raw: string): Resolution<string> {
	const key = comuneKey(raw);
	const matches = index.byName.get(key) ?? [];
	if (matches.length === 1) return { status: 'found', value: matches[0]! };
	if (matches.length > 1) return { status: 'ambiguous', candidates: matches };
	const suggestion = closest(
		key,
		[...index.byName.entries()].map(([k, istats]) => [k, index.byIstat.get(istats[0]!)!])
	);
	return { status: 'missing', suggestion };
}

/** ISTAT codes are six digits; a numeric spreadsheet column drops the leading zero. */
export function normalizeIstat(raw: string): string | null {
	const digits = raw.replace(/\s/g, '').replace(/,0+$/, '');
	return /^\d{4,6}$/.test(digits) ? digits.padStart(6, '0') : null;
}

/** Words that do not tell territorial bodies apart ("Ambito distrettuale di X" = "X"). */
// prettier-ignore
const TERRITORY_NOISE = new Set([
	'ambito', 'ambiti', 'territoriale', 'distrettuale', 'sociale', 'piano', 'zona',
	'distretto', 'sociosanitario', 'socio', 'sanitario', 'ats', 'asst', 'agenzia', 'tutela',
	'salute', 'azienda', 'di', 'del', 'della', 'dell', 'dei', 'delle', 'n'
]);

const territoryCore = (raw: string) =>
	foldText(raw)
		.split(' ')
		.filter((w) => w && !TERRITORY_NOISE.has(w))
		.join(' ');

export class NamedIndex {
	private readonly exact = new Map<string, string[]>();
	private readonly core = new Map<string, string[]>();
	constructor(private readonly entries: readonly NamedRef[]) {
		for (const entry of entries) {
			push(this.exact, foldText(entry.name), entry.id);
			push(this.exact, foldText(entry.id), entry.id);
			// "ats-030321" is also found as "030321".
			const suffix = entry.id.replace(/^[a-z]+-/, '');
			if (suffix !== entry.id) push(this.exact, foldText(suffix), entry.id);
			push(this.core, territoryCore(entry.name), entry.id);
		}
	}

	resolve(raw: string): Resolution<string> {
		const exact = unique(this.exact.get(foldText(raw)) ?? []);
		if (exact.length === 1) return { status: 'found', value: exact[0]! };
		const core = territoryCore(raw);
		if (core === '') return { status: 'missing' };
		const byCore = unique(this.core.get(core) ?? []);
		if (byCore.length === 1) return { status: 'found', value: byCore[0]! };
		if (byCore.length > 1) return { status: 'ambiguous', candidates: byCore };
		// "Cremasco" in "Ambito distrettuale Cremasco": all the cell's words in a single name.
		const words = core.split(' ');
		const containing = this.entries.filter((e) => {
			const nameWords = new Set(territoryCore(e.name).split(' '));
			return words.every((w) => nameWords.has(w));
		});
		if (containing.length === 1) return { status: 'found', value: containing[0]!.id };
		if (containing.length > 1)
			return { status: 'ambiguous', candidates: containing.map((e) => e.id) };
		return {
			status: 'missing',
			suggestion: closest(
				core,
				this.entries.map((e) => [territoryCore(e.name), e.name])
			)
		};
	}

	nameOf(id: string): string {
		return this.entries.find((e) => e.id === id)?.name ?? id;
	}
}

export interface KnownActor {
	id: string;
	name: string;
	kind: ActorKindId;
	taxCode: string | null;
	seatIstat: string | null;
}

/** Existing actors and those this import creates, found by tax code or name. */
export class ActorIndex {
	private readonly byId = new Map<string, KnownActor>();
	private readonly byTaxCode = new Map<string, string[]>();
	private readonly byName = new Map<string, string[]>();
	private readonly byNormalizedName = new Map<string, string[]>();

	add(actor: KnownActor) {
		if (this.byId.has(actor.id)) return;
		this.byId.set(actor.id, actor);
		if (actor.taxCode) push(this.byTaxCode, actor.taxCode.toUpperCase(), actor.id);
		push(this.byName, foldText(actor.name), actor.id);
		push(this.byNormalizedName, normalizeActorName(actor.name), actor.id);
	}

	get(id: string): KnownActor | undefined {
		return this.byId.get(id);
	}

	/**
	 * By tax code first, then exact name, then similar name (legal forms ignored). A Comune, when
	 * given, narrows homonyms and rules out an actor seated elsewhere.
	 */
	resolve(name: string, taxCode: string | null, seatIstat: string | null): Resolution<string> {
		if (taxCode) {
			const ids = this.byTaxCode.get(taxCode) ?? [];
			if (ids.length >= 1) return { status: 'found', value: ids[0]! };
		}
		const fits = (id: string) => {
			const seat = this.byId.get(id)!.seatIstat;
			return !seatIstat || !seat || seat === seatIstat;
		};
		const pick = (ids: string[]): Resolution<string> | null => {
			const fitting = unique(ids).filter(fits);
			if (fitting.length === 1) return { status: 'found', value: fitting[0]! };
			if (fitting.length > 1) {
				const sameSeat = seatIstat
					? fitting.filter((id) => this.byId.get(id)!.seatIstat === seatIstat)
					: [];
				if (sameSeat.length === 1) return { status: 'found', value: sameSeat[0]! };
				return { status: 'ambiguous', candidates: fitting };
			}
			return null;
		};
		const exact = pick(this.byName.get(foldText(name)) ?? []);
		if (exact) return exact;
		const similar = pick(this.byNormalizedName.get(normalizeActorName(name)) ?? []);
		if (similar?.status === 'found') {
			const found = this.byId.get(similar.value)!;
			return {
				status: 'found',
				value: similar.value,
				warning: t(
					`"${name}" è stato riconosciuto come "${found.name}" (nome simile): controlla che sia lo stesso ente.`,
					`"${name}" was matched to "${found.name}" (similar name): check it is the same organisation.`
				)
			};
		}
		return similar ?? { status: 'missing' };
	}
}

export function unique<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}
