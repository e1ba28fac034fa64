import {
	SECTORS,
	kindsOfSector,
	sectorOfKind,
	type ActorKindId,
	type SectorId
} from '../../domain';
import { listNames } from '../format';
import { normalisedGini, percent, round, saturating, sum, towardTarget } from '../math';
import { MISSING } from '../missing';
import { computeNetworkMetrics, type NetworkInput } from '../network-metrics';
import { parameter, readParameter, weightParameter } from '../parameters';
import type {
	CriterionDefinition,
	InputValue,
	PartnershipSnapshot,
	Subscore,
	Suggestion
} from '../types';

const NETWORK_KINDS: readonly ActorKindId[] = [
	'rete_conciliazione',
	'rete_territoriale',
	'rete_associativa',
	'forum_terzo_settore'
];

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
 * D. Capacità di mettersi in relazione con altri soggetti o altre reti: networks reached through
 * partners, actors outside the partnership tied to it and their variety, and whether the bridging
 * toward the outside is spread across partners rather than held by one gatekeeper.
 */
export const outreachCriterion: CriterionDefinition = {
	id: 'D',
	key: 'outreach',
	label: {
		it: 'Relazione con altri soggetti e reti',
		en: 'Connection with other actors and networks'
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
		weightParameter(
			'weightNetworks',
			{ it: 'Peso: reti raggiunte', en: 'Weight: networks reached' },
			1
		),
		weightParameter('weightTies', { it: 'Peso: legami esterni', en: 'Weight: outside ties' }, 1),
		weightParameter(
			'weightVariety',
			{ it: 'Peso: varietà dei soggetti esterni', en: 'Weight: variety of outside actors' },
			0.5
		),
		weightParameter(
			'weightBrokerage',
			{ it: 'Peso: intermediazione diffusa', en: 'Weight: spread of brokerage' },
			1
		)
	],

	formula(params) {
		const kn = readParameter(params, 'networksScale');
		const kt = readParameter(params, 'tiesScale');
		const s = readParameter(params, 'targetExternalSectors');
		return {
			it: `Media pesata di: reti raggiunte = 100·(1 − e^(−R/${kn})), R reti con almeno un partner aderente; legami esterni = 100·(1 − e^(−E/${kt})), E soggetti fuori dal partenariato legati ad almeno un partner; varietà = 100·min(1, settori dei soggetti esterni / ${s}); intermediazione diffusa = 100·(1 − G), G indice di Gini normalizzato della centralità di intermediazione (betweenness) dei partner nel grafo partner + soggetti esterni + reti (0 se nessun partner fa da ponte).`,
			en: `Weighted mean of: networks reached = 100·(1 − e^(−R/${kn})), R networks with at least one partner as member; outside ties = 100·(1 − e^(−E/${kt})), E actors outside the partnership tied to at least one partner; variety = 100·min(1, sectors of the outside actors / ${s}); spread of brokerage = 100·(1 − G), G being the normalised Gini index of the partners' betweenness centrality in the graph of partners + outside actors + networks (0 if no partner bridges anything).`
		};
	},

	evaluate(snapshot, params) {
		const partners = snapshot.partners;
		const partnerSet = new Set(partners.map((p) => p.actorId));
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const hasRelations = snapshot.networks.length > 0 || snapshot.externalTies.length > 0;
		if (partners.length === 0) missing.push(MISSING.partners);
		if (!hasRelations) missing.push(MISSING.relations);

		const weights = {
			networks: readParameter(params, 'weightNetworks'),
			ties: readParameter(params, 'weightTies'),
			variety: readParameter(params, 'weightVariety'),
			brokerage: readParameter(params, 'weightBrokerage')
		};
		const subscores = (
			networks: number | null,
			ties: number | null,
			variety: number | null,
			brokerage: number | null
		): Subscore[] => [
			{
				id: 'networks',
				label: { it: 'Reti raggiunte', en: 'Networks reached' },
				score: networks,
				weight: weights.networks
			},
			{
				id: 'outside_ties',
				label: { it: 'Legami esterni', en: 'Outside ties' },
				score: ties,
				weight: weights.ties
			},
			{
				id: 'variety',
				label: { it: 'Varietà dei soggetti esterni', en: 'Variety of outside actors' },
				score: variety,
				weight: weights.variety
			},
			{
				id: 'brokerage',
				label: { it: 'Intermediazione diffusa', en: 'Spread of brokerage' },
				score: brokerage,
				weight: weights.brokerage
			}
		];
		if (partners.length === 0 || !hasRelations) {
			return { subscores: subscores(null, null, null, null), missing, inputs, suggestions };
		}

		// Reti
		const reached = snapshot.networks.filter((n) =>
			n.memberActorIds.some((id) => partnerSet.has(id))
		);
		inputs.networksReached = reached.map((n) => n.name);
		inputs.externalMembersOfNetworks = sum(reached.map((n) => Math.max(0, n.externalMemberCount)));
		const networksScore = 100 * saturating(reached.length, readParameter(params, 'networksScale'));

		// Legami esterni
		const outsideKinds = new Map<string, ActorKindId>();
		const relatedPartners = new Set<string>();
		for (const tie of snapshot.externalTies) {
			if (!partnerSet.has(tie.partnerId) || partnerSet.has(tie.otherActorId)) continue;
			outsideKinds.set(tie.otherActorId, tie.otherKind);
			relatedPartners.add(tie.partnerId);
		}
		for (const network of reached) {
			for (const id of network.memberActorIds) if (partnerSet.has(id)) relatedPartners.add(id);
		}
		inputs.outsideActors = outsideKinds.size;
		const tiesScore = 100 * saturating(outsideKinds.size, readParameter(params, 'tiesScale'));

		// Varietà
		const outsideSectors = new Set<SectorId>();
		for (const kind of outsideKinds.values()) {
			const sector = sectorOfKind(kind);
			if (sector !== null) outsideSectors.add(sector);
		}
		inputs.outsideSectors = SECTORS.filter((s) => outsideSectors.has(s.id)).map((s) => s.id);
		const targetSectors = readParameter(params, 'targetExternalSectors');
		const varietyScore = 100 * towardTarget(outsideSectors.size, targetSectors);

		// Intermediazione
		const metrics = computeNetworkMetrics(partnershipEgoGraph(snapshot));
		const partnerBetweenness = partners.map(
			(p) => metrics.nodes[`p:${p.actorId}`]?.betweenness ?? 0
		);
		const totalBetweenness = sum(partnerBetweenness);
		let brokerageScore: number | null;
		if (partners.length < 2) {
			brokerageScore = null;
			missing.push(MISSING.twoPartners);
		} else if (totalBetweenness <= 0) {
			brokerageScore = 0;
		} else {
			brokerageScore = 100 * (1 - (normalisedGini(partnerBetweenness) ?? 0));
		}
		const brokers = metrics.brokers.filter((id) => id.startsWith('p:')).map((id) => id.slice(2));
		const nameOf = (id: string) => partners.find((p) => p.actorId === id)?.name ?? id;
		inputs.brokers = brokers.slice(0, 3).map(nameOf);
		inputs.partnersWithOutsideRelations = relatedPartners.size;
		inputs.egoGraphDensity = round(metrics.density, 4);

		// Suggerimenti
		const closed = partners.filter((p) => !relatedPartners.has(p.actorId));
		if (closed.length > 0) {
			suggestions.push({
				it: `Non portano al progetto relazioni esterne registrate: ${listNames(
					closed.map((p) => p.name),
					'it'
				)}.`,
				en: `Bring no recorded outside relations to the project: ${listNames(
					closed.map((p) => p.name),
					'en'
				)}.`,
				actorIds: closed.map((p) => p.actorId)
			});
		}
		if (totalBetweenness > 0 && partners.length >= 2) {
			const top = brokers[0];
			const topShare =
				top === undefined ? 0 : (metrics.nodes[`p:${top}`]?.betweenness ?? 0) / totalBetweenness;
			if (top !== undefined && topShare > 0.6) {
				suggestions.push({
					it: `Le relazioni verso l’esterno passano soprattutto da ${nameOf(top)} (${percent(topShare)}% dell’intermediazione dei partner): coinvolgere anche altri partner nei contatti con reti e soggetti esterni.`,
					en: `Outside relations run mostly through ${nameOf(top)} (${percent(topShare)}% of the partners' brokerage): involve other partners in the contacts with outside networks and actors.`,
					actorIds: [top]
				});
			}
		}
		if (reached.length === 0) {
			const candidates = (snapshot.candidates ?? []).filter((c) => NETWORK_KINDS.includes(c.kind));
			suggestions.push({
				it:
					'Nessun partner aderisce a una rete registrata (reti di conciliazione, tavoli, reti associative).' +
					(candidates.length > 0
						? ` Reti sul territorio: ${listNames(
								candidates.map((c) => c.name),
								'it'
							)}.`
						: ''),
				en:
					'No partner belongs to a recorded network (work–life balance networks, round tables, umbrella networks).' +
					(candidates.length > 0
						? ` Networks in the territory: ${listNames(
								candidates.map((c) => c.name),
								'en'
							)}.`
						: ''),
				...(candidates.length > 0 ? { actorIds: candidates.map((c) => c.actorId) } : {})
			});
		}
		if (outsideSectors.size < targetSectors) {
			const absent = SECTORS.filter((s) => !outsideSectors.has(s.id));
			const absentKinds = new Set<string>(absent.flatMap((s) => kindsOfSector(s.id)));
			const candidates = (snapshot.candidates ?? []).filter((c) => absentKinds.has(c.kind));
			suggestions.push({
				it: `I soggetti esterni collegati coprono ${outsideSectors.size} settori su ${targetSectors} attesi; mancano: ${listNames(
					absent.map((s) => s.label.it),
					'it',
					9
				)}.`,
				en: `The outside actors tied to the partnership cover ${outsideSectors.size} of ${targetSectors} expected sectors; missing: ${listNames(
					absent.map((s) => s.label.en),
					'en',
					9
				)}.`,
				...(candidates.length > 0 ? { actorIds: candidates.map((c) => c.actorId) } : {})
			});
		}

		return {
			subscores: subscores(networksScore, tiesScore, varietyScore, brokerageScore),
			missing,
			inputs,
			suggestions
		};
	}
};
