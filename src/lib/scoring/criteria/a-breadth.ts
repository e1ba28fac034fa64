import {
	SECTORS,
	coverageOfKind,
	isRepresentativeKind,
	kindsOfSector,
	sectorOfKind,
	type SectorId
} from '../../domain';
import { candidatesOfKinds, usableCandidates, withCandidates } from '../candidates';
import { bilingual, formatInteger, formatNumber, listNames } from '../format';
import { percent, round, saturating, sum, towardTarget } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter } from '../parameters';
import { acts, partnershipView, withSigners, type Entity } from '../partnership';
import { comuniCoveredBy } from '../territory';
import type { CriterionDefinition, InputValue, Suggestion } from '../types';
import { criterionParts } from './parts';

/** How many partners an entity stands for: 1, plus its declared members with diminishing returns. */
function entitySize(entity: Entity, memberWeight: number): number {
	const members = sum([...entity.declaredMembers.values()]);
	return 1 + memberWeight * Math.sqrt(members);
}

/** Sector → weight: 1 if an entity is of that sector, `memberWeight` if only declared members are. */
function sectorWeights(entities: readonly Entity[], memberWeight: number): Map<SectorId, number> {
	const weights = new Map<SectorId, number>();
	const raise = (sector: SectorId | null, weight: number) => {
		if (sector !== null && weight > (weights.get(sector) ?? 0)) weights.set(sector, weight);
	};
	for (const entity of entities) {
		for (const member of entity.members) raise(sectorOfKind(member.kind), 1);
		for (const [kind, count] of entity.declaredMembers)
			if (count > 0) raise(sectorOfKind(kind), memberWeight);
	}
	return weights;
}

const PARTS = criterionParts([
	{ id: 'numerosity', label: { it: 'Numerosità', en: 'Numerosity' }, weight: 'weightNumerosity' },
	{ id: 'typology', label: { it: 'Tipologia', en: 'Typology' }, weight: 'weightTypology' },
	{
		id: 'territory',
		label: { it: 'Rappresentatività territoriale', en: 'Territorial representativeness' },
		weight: 'weightTerritory',
		defaultWeight: 0.7
	},
	{
		id: 'representative_bodies',
		label: { it: 'Organismi di rappresentanza', en: 'Representative bodies' },
		weight: 'weightRepresentativeBodies',
		defaultWeight: 0.3
	}
]);

/**
 * A. Ampiezza e qualificazione: who acts in the partnership (numerosità, counting declared members of
 * networks that join as a whole), of how many kinds (tipologia), and how representative it is of the
 * territory and of organised interests (rappresentatività). Signers count for at most a third.
 */
export const breadthCriterion: CriterionDefinition = {
	id: 'A',
	key: 'breadth',
	label: { it: 'Ampiezza e qualificazione', en: 'Breadth and qualification' },
	summary: {
		it: 'Quanti soggetti agiscono nel partenariato, di quanti tipi diversi, e quanto rappresentano il territorio e gli interessi organizzati. Chi firma soltanto (aderenti, sostenitori) conta al più un terzo; un ente conta una volta sola; una rete che aderisce in blocco porta i suoi membri dichiarati.',
		en: 'How many actors take part in the partnership, of how many kinds, and how well they represent the territory and organised interests. Those who only sign (adhering members, supporters) count for at most a third; one body counts once; a network joining as a whole brings its declared members.'
	},
	actSource: {
		it: 'Il partenariato dovrà caratterizzarsi per ampiezza e qualificazione (numerosità, tipologia e rappresentatività dei soggetti coinvolti)',
		ref: 'DGR IX/2505 (2011), all. A, § 2.2.4'
	},
	parameters: [
		parameter(
			'partnersScale',
			{
				it: 'Numero di partner a cui la numerosità vale il 63%',
				en: 'Number of partners at which numerosity reaches 63%'
			},
			5,
			1,
			50
		),
		parameter(
			'memberWeight',
			{
				it: 'Valore dei membri dichiarati di una rete (× radice quadrata del loro numero)',
				en: 'Value of a network’s declared members (× square root of their number)'
			},
			0.5,
			0,
			2
		),
		parameter(
			'targetSectors',
			{ it: 'Settori distinti per la tipologia piena', en: 'Distinct sectors for full typology' },
			5,
			1,
			SECTORS.length
		),
		parameter(
			'memberSectorWeight',
			{
				it: 'Valore di un settore presente solo tra i membri dichiarati',
				en: 'Value of a sector present only among declared members'
			},
			0.5,
			0,
			1
		),
		parameter(
			'targetRepresentativeBodies',
			{
				it: 'Organismi di rappresentanza per il punteggio pieno',
				en: 'Representative bodies for a full score'
			},
			2,
			1,
			10
		),
		parameter(
			'signerWeight',
			{
				it: 'Peso di aderenti e sostenitori rispetto ai partner operativi (al più un terzo)',
				en: 'Weight of adhering members and supporters relative to operating partners (at most a third)'
			},
			1 / 3,
			0,
			1 / 3
		),
		...PARTS.weightParameters
	],

	formula(params) {
		const k = readParameter(params, 'partnersScale');
		const m = formatNumber(readParameter(params, 'memberWeight'), 'it');
		const mEn = formatNumber(readParameter(params, 'memberWeight'), 'en');
		const t = readParameter(params, 'targetSectors');
		const r = readParameter(params, 'targetRepresentativeBodies');
		const s = formatNumber(readParameter(params, 'signerWeight'), 'it', 3);
		const sEn = formatNumber(readParameter(params, 'signerWeight'), 'en', 3);
		return {
			it: `Gli enti sono i partner raggruppati per soggetto giuridico. Ogni sottopunteggio è (1 − s)·f(nucleo) + s·f(tutti), con s = ${s}: il nucleo sono capofila, promotori e partner operativi (o chi ha un’azione o un impegno). Numerosità f = 100·(1 − e^(−n/${k})), n = Σ enti (1 + ${m}·√membri dichiarati); tipologia f = 100·min(1, Σ settori / ${t}), un settore vale 1 se vi appartiene un ente, il valore «membri» se solo membri dichiarati; rappresentatività territoriale f = 100·media(quota di Comuni coperti, quota di residenti coperti), coperti dalla sede degli enti o dalla competenza di Ambito, ASST e Distretto solo se hanno un’azione o un impegno (Provincia, ATS e Regione coprono solo la sede); organismi di rappresentanza f = 100·min(1, organismi / ${r}).`,
			en: `Entities are partners grouped by legal body. Each subscore is (1 − s)·f(core) + s·f(all), s = ${sEn}: the core are lead, promoters and operating partners (or anyone with an action or commitment). Numerosity f = 100·(1 − e^(−n/${k})), n = Σ entities (1 + ${mEn}·√declared members); typology f = 100·min(1, Σ sectors / ${t}), a sector worth 1 if an entity belongs to it, the "members" value if only declared members do; territorial representativeness f = 100·mean(share of municipalities covered, share of residents covered), covered by the entities' seats or by the remit of Ambito, ASST and Distretto only when they have an action or commitment (Province, ATS and Region cover their seat only); representative bodies f = 100·min(1, bodies / ${r}).`
		};
	},

	evaluate(snapshot, params) {
		const view = partnershipView(snapshot);
		const s = readParameter(params, 'signerWeight');
		const memberWeight = readParameter(params, 'memberWeight');
		const memberSectorWeight = readParameter(params, 'memberSectorWeight');
		const targetSectors = readParameter(params, 'targetSectors');
		const targetRepresentative = readParameter(params, 'targetRepresentativeBodies');
		const comuni = snapshot.territory.comuni;
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};
		const has = view.entities.length > 0;
		if (!has) missing.push(MISSING.partners);
		const signers = view.entities.filter((e) => !e.core);
		const members = sum(view.entities.map((e) => sum([...e.declaredMembers.values()])));

		const numerosityOf = (entities: readonly Entity[]) =>
			100 *
			saturating(
				sum(entities.map((e) => entitySize(e, memberWeight))),
				readParameter(params, 'partnersScale')
			);
		const typologyOf = (entities: readonly Entity[]) =>
			100 *
			towardTarget(sum([...sectorWeights(entities, memberSectorWeight).values()]), targetSectors);
		const representativeOf = (entities: readonly Entity[]) =>
			100 *
			towardTarget(
				entities.filter((e) => e.members.some((m) => isRepresentativeKind(m.kind))).length,
				targetRepresentative
			);
		inputs.entities = view.entities.length;
		inputs.operatingEntities = view.core.length;
		inputs.signingEntities = signers.length;
		if (members > 0) inputs.declaredMembers = members;
		const partnerCount = snapshot.partners.length;
		if (partnerCount > view.entities.length)
			inputs.partnersMergedAsOneEntity = partnerCount - view.entities.length;

		const numerosity = has ? withSigners(view, s, numerosityOf) : null;
		const typology = has ? withSigners(view, s, typologyOf) : null;
		const representativeScore = has ? withSigners(view, s, representativeOf) : null;
		const allSectors = sectorWeights(view.entities, memberSectorWeight);
		inputs.sectors = SECTORS.filter((x) => allSectors.has(x.id)).map((x) => x.id);

		let territory: number | null = null;
		let coveredComuni = 0;
		let coveredShareOfResidents: number | null = null;
		if (comuni.length === 0) {
			missing.push(MISSING.territory);
		} else if (has) {
			const totalPopulation = sum(comuni.map((c) => ((c.population ?? 0) > 0 ? c.population! : 0)));
			if (totalPopulation <= 0) missing.push(MISSING.population);
			const coverageOf = (entities: readonly Entity[]) => {
				const covered = new Set<string>();
				for (const e of entities)
					for (const istat of comuniCoveredBy(e, comuni)) covered.add(istat);
				return covered;
			};
			const shareOf = (entities: readonly Entity[]) => {
				const covered = coverageOf(entities);
				const comuniShare = covered.size / comuni.length;
				if (totalPopulation <= 0) return 100 * comuniShare;
				const people = sum(
					comuni.filter((c) => covered.has(c.istat)).map((c) => Math.max(0, c.population ?? 0))
				);
				return (100 * (comuniShare + people / totalPopulation)) / 2;
			};
			territory = withSigners(view, s, shareOf);
			const coveredByAll = coverageOf(view.entities);
			coveredComuni = coveredByAll.size;
			inputs.territoryComuni = comuni.length;
			inputs.coveredComuni = coveredComuni;
			if (totalPopulation > 0) {
				const people = sum(
					comuni.filter((c) => coveredByAll.has(c.istat)).map((c) => Math.max(0, c.population ?? 0))
				);
				coveredShareOfResidents = people / totalPopulation;
				inputs.territoryPopulation = totalPopulation;
				inputs.populationCoveredShare = round(coveredShareOfResidents, 4);
			}
			const idleBodies = view.entities.filter(
				(e) => !acts(e) && e.members.some((m) => coverageOfKind(m.kind) === 'ambito')
			);
			if (idleBodies.length > 0) {
				suggestions.push({
					it: `${listNames(
						idleBodies.map((e) => e.name),
						'it'
					)}: la competenza sul territorio conta solo con un’azione o un impegno nel progetto.`,
					en: `${listNames(
						idleBodies.map((e) => e.name),
						'en'
					)}: their remit over the territory counts only with an action or commitment in the project.`,
					actorIds: idleBodies.flatMap((e) => e.members.map((m) => m.actorId))
				});
			}
			const uncovered = comuni
				.filter((c) => !coveredByAll.has(c.istat))
				.sort(
					(x, y) => (y.population ?? -1) - (x.population ?? -1) || (x.istat < y.istat ? -1 : 1)
				);
			if (uncovered.length > 0) {
				const uncoveredIstat = new Set(uncovered.map((c) => c.istat));
				const seated = usableCandidates(snapshot).filter(
					(c) => c.seatComune !== null && uncoveredIstat.has(c.seatComune)
				);
				const describe = (lang: 'it' | 'en') =>
					listNames(
						uncovered.map((c) =>
							c.population === null ? c.name : `${c.name} (${formatInteger(c.population, lang)})`
						),
						lang,
						8
					);
				suggestions.push({
					...withCandidates(
						{
							it: `${uncovered.length} Comuni su ${comuni.length} non sono coperti da alcun partner: ${describe('it')}.`,
							en: `${uncovered.length} of ${comuni.length} municipalities are not covered by any partner: ${describe('en')}.`
						},
						seated
					),
					comuni: uncovered.map((c) => c.istat)
				});
			}
		}

		if (has && signers.length > 0) {
			suggestions.push({
				it: `${signers.length} ${signers.length === 1 ? 'soggetto firma' : 'soggetti firmano'} soltanto (${listNames(
					signers.map((e) => e.name),
					'it'
				)}): con un’azione o un impegno conterebbero per intero.`,
				en: `${signers.length} only sign (${listNames(
					signers.map((e) => e.name),
					'en'
				)}): with an action or a commitment they would count in full.`,
				actorIds: signers.flatMap((e) => e.members.map((m) => m.actorId))
			});
		}
		const coreSectors = sectorWeights(view.core, memberSectorWeight);
		if (has && sum([...coreSectors.values()]) < targetSectors) {
			const absent = SECTORS.filter((x) => !coreSectors.has(x.id));
			for (const sector of absent) {
				const fitting = candidatesOfKinds(snapshot, kindsOfSector(sector.id));
				if (fitting.length === 0) continue;
				suggestions.push(
					withCandidates(
						{
							it: `Nessun partner operativo del settore «${sector.label.it}».`,
							en: `No operating partner from the “${sector.label.en}” sector.`
						},
						fitting
					)
				);
			}
		}
		if (has && (representativeScore ?? 0) < 100) {
			const fitting = usableCandidates(snapshot).filter((c) => isRepresentativeKind(c.kind));
			suggestions.push(
				withCandidates(
					{
						it: 'Sindacati, associazioni datoriali, Forum del Terzo Settore o reti associative rafforzerebbero la rappresentatività.',
						en: 'Unions, employers’ associations, the Third Sector Forum or umbrella networks would strengthen representativeness.'
					},
					fitting
				)
			);
		}

		const explanation = has
			? bilingual((lang) => {
					const it = lang === 'it';
					const parts = [
						it
							? `${view.core.length} ${view.core.length === 1 ? 'ente operativo' : 'enti operativi'}${signers.length > 0 ? ` e ${signers.length} solo firmatari (contano un terzo)` : ''}`
							: `${view.core.length} operating ${view.core.length === 1 ? 'body' : 'bodies'}${signers.length > 0 ? ` and ${signers.length} signing only (count a third)` : ''}`,
						members > 0
							? it
								? `${formatInteger(members, lang)} membri dichiarati di reti`
								: `${formatInteger(members, lang)} declared network members`
							: null,
						it
							? `${allSectors.size} settori su ${targetSectors} attesi`
							: `${allSectors.size} of ${targetSectors} expected sectors`,
						comuni.length > 0
							? it
								? `${coveredComuni} Comuni su ${comuni.length} coperti${coveredShareOfResidents === null ? '' : ` (${percent(coveredShareOfResidents)}% dei residenti)`}`
								: `${coveredComuni} of ${comuni.length} municipalities covered${coveredShareOfResidents === null ? '' : ` (${percent(coveredShareOfResidents)}% of residents)`}`
							: null
					].filter((x): x is string => x !== null);
					return (it ? 'Il partenariato conta ' : 'The partnership has ') + parts.join('; ') + '.';
				})
			: { it: 'Nessun partner registrato.', en: 'No partner recorded.' };

		const subscores = PARTS.subscores(params, {
			numerosity,
			typology,
			territory,
			representative_bodies: representativeScore
		});
		return { subscores, missing, inputs, suggestions, explanation };
	}
};
