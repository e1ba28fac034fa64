import {
	SECTORS,
	kindsOfSector,
	sectorOfKind,
	type ActorKindId,
	type SectorId
} from '../../domain';
import { candidatesOfKinds, withCandidates } from '../candidates';
import { isoDateToDay } from '../dates';
import { listNames } from '../format';
import { saturating, towardTarget } from '../math';
import { MISSING } from '../missing';
import type { NetworkInput } from '../network-metrics';
import { parameter, readParameter } from '../parameters';
import { partnershipView, withSigners, type Entity } from '../partnership';
import type { CriterionDefinition, InputValue, PartnershipSnapshot, Suggestion } from '../types';
import { criterionParts } from './parts';

const NETWORK_KINDS: readonly ActorKindId[] = [
	'rete_conciliazione',
	'rete_territoriale',
	'rete_associativa',
	'forum_terzo_settore'
];

const PARTS = criterionParts([
	{
		id: 'networks',
		label: { it: 'Reti raggiunte', en: 'Networks reached' },
		weight: 'weightNetworks'
	},
	{ id: 'outside_ties', label: { it: 'Legami esterni', en: 'Outside ties' }, weight: 'weightTies' },
	{
		id: 'variety',
		label: { it: 'Varietà dei soggetti esterni', en: 'Variety of outside actors' },
		weight: 'weightVariety',
		defaultWeight: 0.5
	}
]);

/**
 * The partnership's ego graph: partners joined to each other (they share the project), to the
 * outside actors they have ties with, and to the networks they belong to.
 */
export function partnershipEgoGraph(snapshot: PartnershipSnapshot): NetworkInput {
	const partnerIds = snapshot.partners.map((p) => p.actorId);
	const partnerSet = new Set(partnerIds);
	const nodes: NetworkInput['nodes'] = partnerIds.map((id) => ({ id: `p:${id}` }));
	const edges: NetworkInput['edges'] = [];
	for (let i = 0; i < partnerIds.length; i++) {
		for (let j = i + 1; j < partnerIds.length; j++) {
			edges.push({ source: `p:${partnerIds[i]}`, target: `p:${partnerIds[j]}` });
		}
	}
	for (const tie of snapshot.externalTies) {
		if (!partnerSet.has(tie.partnerId) || partnerSet.has(tie.otherActorId)) continue;
		edges.push({ source: `p:${tie.partnerId}`, target: `x:${tie.otherActorId}` });
	}
	for (const network of snapshot.networks) {
		for (const member of network.memberActorIds) {
			if (partnerSet.has(member)) edges.push({ source: `p:${member}`, target: `n:${network.id}` });
		}
	}
	return { nodes, edges };
}

/**
 * Whether a relation counts for the project: begun by its end (or start) and not ended before its
 * start. Undated relations count and are reported as such.
 */
function relationWindow(snapshot: PartnershipSnapshot) {
	const start = isoDateToDay(snapshot.project.start);
	const end = isoDateToDay(snapshot.project.end) ?? start;
	return (
		since: string | null | undefined,
		until: string | null | undefined
	): 'yes' | 'no' | 'undated' => {
		const from = isoDateToDay(since ?? null);
		if (from === null) return 'undated';
		if (end !== null && from > end) return 'no';
		const to = isoDateToDay(until ?? null);
		if (to !== null && start !== null && to < start) return 'no';
		return 'yes';
	};
}

interface Relations {
	/** Entity key → networks it reaches. */
	networks: Map<string, Set<string>>;
	/** Entity key → outside actors (id → kind). */
	outside: Map<string, Map<string, ActorKindId>>;
	undated: number;
	outOfPeriod: number;
}

function relationsOf(snapshot: PartnershipSnapshot): Relations {
	const view = partnershipView(snapshot);
	const inWindow = relationWindow(snapshot);
	const result: Relations = { networks: new Map(), outside: new Map(), undated: 0, outOfPeriod: 0 };
	const judge = (since: string | null | undefined, until: string | null | undefined) => {
		const verdict = inWindow(since, until);
		if (verdict === 'undated') result.undated += 1;
		if (verdict === 'no') result.outOfPeriod += 1;
		return verdict !== 'no';
	};
	for (const network of snapshot.networks) {
		const dates = new Map((network.memberships ?? []).map((m) => [m.actorId, m]));
		for (const id of network.memberActorIds) {
			const entity = view.byActor.get(id);
			const membership = dates.get(id);
			if (!entity || !judge(membership?.since, membership?.until)) continue;
			result.networks.set(
				entity.key,
				(result.networks.get(entity.key) ?? new Set()).add(network.id)
			);
		}
	}
	for (const tie of snapshot.externalTies) {
		const entity = view.byActor.get(tie.partnerId);
		if (!entity || view.byActor.has(tie.otherActorId) || !judge(tie.since, tie.until)) continue;
		const map = result.outside.get(entity.key) ?? new Map<string, ActorKindId>();
		map.set(tie.otherActorId, tie.otherKind);
		result.outside.set(entity.key, map);
	}
	return result;
}

/**
 * D. Capacità di mettersi in relazione con altri soggetti o altre reti: networks reached through the
 * partners, actors outside the partnership tied to it, and their variety. Only what the partnership
 * reaches counts, never how it is spread: a partner at the centre of the relations (as the act asks of
 * the Ufficio di Piano, «luogo di relazioni … e di raccordo delle reti») is never a penalty.
 */
export const outreachCriterion: CriterionDefinition = {
	id: 'D',
	key: 'outreach',
	label: {
		it: 'Relazione con altri soggetti e reti',
		en: 'Connection with other actors and networks'
	},
	summary: {
		it: 'A quante reti e a quanti soggetti esterni il partenariato è collegato e di quanti tipi. Contano le relazioni in essere durante il progetto, di chiunque siano: chi fa da raccordo delle reti, come l’Ufficio di Piano, non è mai una penalità.',
		en: 'How many networks and outside actors the partnership is connected to, and of how many kinds. Relations in place during the project count, whoever holds them: whoever connects the networks, like the Ufficio di Piano, is never a penalty.'
	},
	actSource: {
		it: 'capacità di mettersi in relazione con altri soggetti o altre reti',
		ref: 'DGR IX/2505 (2011), all. A, § 2.2.4'
	},
	parameters: [
		parameter(
			'networksScale',
			{ it: 'Reti raggiunte a cui il punteggio vale il 63%', en: 'Networks reached for 63%' },
			2,
			0.5,
			20
		),
		parameter(
			'tiesScale',
			{
				it: 'Soggetti esterni collegati a cui il punteggio vale il 63%',
				en: 'Outside actors tied for 63%'
			},
			8,
			1,
			100
		),
		parameter(
			'targetExternalSectors',
			{
				it: 'Settori distinti dei soggetti esterni per il punteggio pieno',
				en: 'Distinct sectors of outside actors for a full score'
			},
			4,
			1,
			SECTORS.length
		),
		parameter(
			'signerWeight',
			{
				it: 'Peso delle relazioni di aderenti e sostenitori (al più un terzo)',
				en: 'Weight of adhering members’ and supporters’ relations (at most a third)'
			},
			1 / 3,
			0,
			1 / 3
		),
		...PARTS.weightParameters
	],
	// weightRelatingPartners: scoring v2 no longer scores how relations spread among the partners
	// (the formula says so), yet the weight stayed tunable and changed nothing.
	retiredParameters: ['weightBrokerage', 'weightRelatingPartners'],

	formula(params) {
		const kn = readParameter(params, 'networksScale');
		const kt = readParameter(params, 'tiesScale');
		const s = readParameter(params, 'targetExternalSectors');
		return {
			it: `Contano reti e legami iniziati entro la fine del progetto e non chiusi prima dell’avvio (quelli senza data contano e sono segnalati). Reti, legami e varietà valgono (1 − p)·f(nucleo) + p·f(tutti), p il peso dei firmatari: reti = 100·(1 − e^(−R/${kn})), R reti con almeno un ente aderente; legami = 100·(1 − e^(−E/${kt})), E soggetti fuori dal partenariato legati a un ente; varietà = 100·min(1, settori dei soggetti esterni / ${s}). Come le relazioni si distribuiscono tra i partner non conta.`,
			en: `Networks and ties begun by the project's end and not closed before its start count (undated ones count and are reported). Networks, ties and variety are (1 − p)·f(core) + p·f(all), p the signers' weight: networks = 100·(1 − e^(−R/${kn})), R networks with at least one member entity; ties = 100·(1 − e^(−E/${kt})), E actors outside the partnership tied to an entity; variety = 100·min(1, sectors of the outside actors / ${s}). How the relations are spread among the partners does not count.`
		};
	},

	evaluate(snapshot, params) {
		const view = partnershipView(snapshot);
		const missing: string[] = [];
		const partial: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const p = readParameter(params, 'signerWeight');
		const hasRelations = snapshot.networks.length > 0 || snapshot.externalTies.length > 0;
		if (view.entities.length === 0) missing.push(MISSING.partners);
		if (!hasRelations) missing.push(MISSING.relations);
		if (view.entities.length === 0 || !hasRelations) {
			return { subscores: PARTS.subscores(params, {}), missing, inputs, suggestions };
		}

		const rel = relationsOf(snapshot);
		if (rel.undated > 0)
			partial.push(
				`${rel.undated} relazioni senza data, contate / ${rel.undated} undated relations, counted`
			);
		if (rel.outOfPeriod > 0) inputs.relationsOutsideProjectPeriod = rel.outOfPeriod;
		const networksOf = (entities: readonly Entity[]) =>
			new Set(entities.flatMap((e) => [...(rel.networks.get(e.key) ?? [])]));
		const outsideOf = (entities: readonly Entity[]) => {
			const all = new Map<string, ActorKindId>();
			for (const e of entities)
				for (const [id, kind] of rel.outside.get(e.key) ?? []) all.set(id, kind);
			return all;
		};
		const sectorsOf = (entities: readonly Entity[]) => {
			const sectors = new Set<SectorId>();
			for (const kind of outsideOf(entities).values()) {
				const sector = sectorOfKind(kind);
				if (sector !== null) sectors.add(sector);
			}
			return sectors;
		};
		const target = readParameter(params, 'targetExternalSectors');
		const networks = withSigners(
			view,
			p,
			(es) => 100 * saturating(networksOf(es).size, readParameter(params, 'networksScale'))
		);
		const ties = withSigners(
			view,
			p,
			(es) => 100 * saturating(outsideOf(es).size, readParameter(params, 'tiesScale'))
		);
		const variety = withSigners(view, p, (es) => 100 * towardTarget(sectorsOf(es).size, target));
		const relating = view.core.filter(
			(e) => (rel.networks.get(e.key)?.size ?? 0) + (rel.outside.get(e.key)?.size ?? 0) > 0
		);

		const reached = networksOf(view.entities);
		const outside = outsideOf(view.entities);
		const sectors = sectorsOf(view.entities);
		inputs.networksReached = snapshot.networks.filter((n) => reached.has(n.id)).map((n) => n.name);
		inputs.outsideActors = outside.size;
		inputs.outsideSectors = SECTORS.filter((x) => sectors.has(x.id)).map((x) => x.id);
		inputs.partnersWithOutsideRelations = relating.length;

		const closed = view.core.filter((e) => !relating.includes(e));
		if (closed.length > 0) {
			suggestions.push({
				it: `Non portano al progetto relazioni esterne registrate (non toglie punti; coinvolgerli nei contatti con altre reti ne aggiungerebbe): ${listNames(
					closed.map((e) => e.name),
					'it'
				)}.`,
				en: `Bring no recorded outside relations to the project (no points lost; involving them in contacts with other networks would add some): ${listNames(
					closed.map((e) => e.name),
					'en'
				)}.`,
				actorIds: closed.flatMap((e) => e.members.map((m) => m.actorId))
			});
		}
		if (reached.size === 0) {
			suggestions.push(
				withCandidates(
					{
						it: 'Nessun partner aderisce a una rete registrata (reti di conciliazione, tavoli, reti associative).',
						en: 'No partner belongs to a recorded network (work–life balance networks, round tables, umbrella networks).'
					},
					candidatesOfKinds(snapshot, NETWORK_KINDS)
				)
			);
		}
		if (sectors.size < target) {
			const absent = SECTORS.filter((x) => !sectors.has(x.id));
			suggestions.push(
				withCandidates(
					{
						it: `I soggetti esterni collegati coprono ${sectors.size} settori su ${target} attesi; mancano: ${listNames(
							absent.map((x) => x.label.it),
							'it',
							9
						)}.`,
						en: `The outside actors tied to the partnership cover ${sectors.size} of ${target} expected sectors; missing: ${listNames(
							absent.map((x) => x.label.en),
							'en',
							9
						)}.`
					},
					candidatesOfKinds(
						snapshot,
						absent.flatMap((x) => kindsOfSector(x.id))
					)
				)
			);
		}
		const explanation = {
			it: `Il partenariato raggiunge ${reached.size} reti e ${outside.size} soggetti esterni di ${sectors.size} settori; ${relating.length} enti operativi su ${view.core.length} portano relazioni proprie.`,
			en: `The partnership reaches ${reached.size} networks and ${outside.size} outside actors from ${sectors.size} sectors; ${relating.length} of ${view.core.length} operating bodies bring relations of their own.`
		};
		return {
			subscores: PARTS.subscores(params, { networks, outside_ties: ties, variety }),
			missing,
			inputs,
			suggestions,
			partial,
			explanation
		};
	}
};
