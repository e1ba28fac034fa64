import {
	SECTORS,
	isRepresentativeKind,
	kindsOfSector,
	sectorOfKind,
	type SectorId
} from '../../domain';
import { bilingual, formatInteger, listNames } from '../format';
import { percent, round, saturating, sum, towardTarget } from '../math';
import { MISSING } from '../missing';
import { parameter, readParameter, weightParameter } from '../parameters';
import { coverageOfTerritory } from '../territory';
import type { CriterionDefinition, InputValue, Subscore, Suggestion } from '../types';

/**
 * A. Ampiezza e qualificazione: how many partners (numerosità), of how many kinds (tipologia),
 * how representative of the territory and of organised interests (rappresentatività).
 */
export const breadthCriterion: CriterionDefinition = {
	id: 'A',
	key: 'breadth',
	label: { it: 'Ampiezza e qualificazione', en: 'Breadth and qualification' },
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
			'targetSectors',
			{ it: 'Settori distinti per la tipologia piena', en: 'Distinct sectors for full typology' },
			5,
			1,
			SECTORS.length
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
		weightParameter('weightNumerosity', { it: 'Peso: numerosità', en: 'Weight: numerosity' }, 1),
		weightParameter('weightTypology', { it: 'Peso: tipologia', en: 'Weight: typology' }, 1),
		weightParameter(
			'weightTerritory',
			{ it: 'Peso: rappresentatività territoriale', en: 'Weight: territorial representativeness' },
			0.7
		),
		weightParameter(
			'weightRepresentativeBodies',
			{ it: 'Peso: organismi di rappresentanza', en: 'Weight: representative bodies' },
			0.3
		)
	],

	formula(params) {
		const k = readParameter(params, 'partnersScale');
		const s = readParameter(params, 'targetSectors');
		const r = readParameter(params, 'targetRepresentativeBodies');
		return {
			it: `Media pesata di quattro sottopunteggi: numerosità = 100·(1 − e^(−n/${k})), n partner distinti; tipologia = 100·min(1, settori distinti / ${s}); rappresentatività territoriale = 100 · media(quota di Comuni coperti, quota di residenti coperti), dove un Comune è coperto se un partner vi ha sede o è un ente (Ambito, ASST, Distretto, ATS, Provincia, Regione) competente su di esso; organismi di rappresentanza = 100·min(1, organismi / ${r}) (sindacati, associazioni datoriali, Forum del Terzo Settore, reti associative).`,
			en: `Weighted mean of four subscores: numerosity = 100·(1 − e^(−n/${k})), n distinct partners; typology = 100·min(1, distinct sectors / ${s}); territorial representativeness = 100 · mean(share of municipalities covered, share of residents covered), a municipality being covered if a partner is seated there or is a body (Ambito, ASST, Distretto, ATS, Province, Region) whose remit includes it; representative bodies = 100·min(1, bodies / ${r}) (unions, employers' associations, Third Sector Forum, umbrella networks).`
		};
	},

	evaluate(snapshot, params) {
		const partnersScale = readParameter(params, 'partnersScale');
		const targetSectors = readParameter(params, 'targetSectors');
		const targetRepresentative = readParameter(params, 'targetRepresentativeBodies');
		const { partners } = snapshot;
		const comuni = snapshot.territory.comuni;
		const candidates = snapshot.candidates ?? [];
		const missing: string[] = [];
		const suggestions: Suggestion[] = [];
		const inputs: Record<string, InputValue> = {};

		const hasPartners = partners.length > 0;
		if (!hasPartners) missing.push(MISSING.partners);

		// Numerosità
		const n = partners.length;
		inputs.partners = n;
		const numerosity = hasPartners ? 100 * saturating(n, partnersScale) : null;
		if (hasPartners && n < partnersScale * 2) {
			const more = 100 * saturating(n + 2, partnersScale);
			suggestions.push(
				bilingual((lang) =>
					lang === 'it'
						? `Con ${n} partner la numerosità vale ${Math.round(numerosity ?? 0)}; con due partner in più varrebbe ${Math.round(more)}.`
						: `With ${n} partners numerosity is ${Math.round(numerosity ?? 0)}; two more partners would make it ${Math.round(more)}.`
				)
			);
		}

		// Tipologia
		const sectors = new Set<SectorId>();
		for (const partner of partners) {
			const sector = sectorOfKind(partner.kind);
			if (sector !== null) sectors.add(sector);
		}
		inputs.sectors = SECTORS.filter((s) => sectors.has(s.id)).map((s) => s.id);
		inputs.distinctSectors = sectors.size;
		const typology = hasPartners ? 100 * towardTarget(sectors.size, targetSectors) : null;
		if (hasPartners && sectors.size < targetSectors) {
			const absent = SECTORS.filter((sector) => !sectors.has(sector.id));
			suggestions.push({
				it: `Settori presenti: ${sectors.size} su ${targetSectors} attesi. Mancano: ${listNames(
					absent.map((sector) => sector.label.it),
					'it',
					9
				)}.`,
				en: `Sectors present: ${sectors.size} of ${targetSectors} expected. Missing: ${listNames(
					absent.map((sector) => sector.label.en),
					'en',
					9
				)}.`
			});
			// One suggestion per absent sector that has candidates on the territory, so the UI can link them.
			for (const sector of absent) {
				const kinds = new Set<string>(kindsOfSector(sector.id));
				const fitting = candidates.filter((c) => kinds.has(c.kind));
				if (fitting.length === 0) continue;
				const names = fitting.map((c) => c.name);
				suggestions.push({
					it: `Candidati del settore «${sector.label.it}» sul territorio: ${listNames(names, 'it')}.`,
					en: `Candidates from the “${sector.label.en}” sector in the territory: ${listNames(names, 'en')}.`,
					actorIds: fitting.map((c) => c.actorId)
				});
			}
		}

		// Rappresentatività territoriale
		let territory: number | null = null;
		if (comuni.length === 0) {
			missing.push(MISSING.territory);
		} else if (hasPartners) {
			const coverage = coverageOfTerritory(partners, comuni);
			const uncovered = comuni.filter((c) => (coverage.get(c.istat) ?? []).length === 0);
			const comuniShare = (comuni.length - uncovered.length) / comuni.length;
			const withPopulation = comuni.filter((c) => c.population !== null && c.population >= 0);
			const totalPopulation = sum(withPopulation.map((c) => c.population ?? 0));
			const uncoveredPopulation = sum(
				uncovered.filter((c) => c.population !== null).map((c) => c.population ?? 0)
			);
			const populationShare =
				totalPopulation > 0 ? (totalPopulation - uncoveredPopulation) / totalPopulation : null;
			if (populationShare === null) missing.push(MISSING.population);
			const shares = populationShare === null ? [comuniShare] : [comuniShare, populationShare];
			territory = (100 * sum(shares)) / shares.length;

			inputs.territoryComuni = comuni.length;
			inputs.coveredComuni = comuni.length - uncovered.length;
			inputs.comuniCoveredShare = round(comuniShare, 4);
			if (populationShare !== null) {
				inputs.territoryPopulation = totalPopulation;
				inputs.populationCoveredShare = round(populationShare, 4);
			}
			if (withPopulation.length < comuni.length) {
				inputs.comuniWithoutPopulation = comuni.length - withPopulation.length;
			}

			if (uncovered.length > 0) {
				const largestFirst = [...uncovered].sort(
					(x, y) => (y.population ?? -1) - (x.population ?? -1) || (x.istat < y.istat ? -1 : 1)
				);
				const uncoveredIstat = new Set(uncovered.map((c) => c.istat));
				const seatedThere = candidates.filter(
					(c) => c.seatComune !== null && uncoveredIstat.has(c.seatComune)
				);
				const describe = (lang: 'it' | 'en') =>
					listNames(
						largestFirst.map((c) =>
							c.population === null ? c.name : `${c.name} (${formatInteger(c.population, lang)})`
						),
						lang,
						8
					);
				const residentsShare =
					totalPopulation > 0 ? percent(uncoveredPopulation / totalPopulation) : null;
				suggestions.push({
					it:
						`${uncovered.length} Comuni su ${comuni.length}` +
						(residentsShare === null ? '' : ` (${residentsShare}% dei residenti)`) +
						` non sono coperti da alcun partner: ${describe('it')}.` +
						(seatedThere.length > 0
							? ` Vi hanno sede: ${listNames(
									seatedThere.map((c) => c.name),
									'it'
								)}.`
							: ' Si può coinvolgere un soggetto con sede lì o l’ente competente (Ambito, ASST).'),
					en:
						`${uncovered.length} of ${comuni.length} municipalities` +
						(residentsShare === null ? '' : ` (${residentsShare}% of residents)`) +
						` are not covered by any partner: ${describe('en')}.` +
						(seatedThere.length > 0
							? ` Actors seated there: ${listNames(
									seatedThere.map((c) => c.name),
									'en'
								)}.`
							: ' Consider an actor seated there or the competent body (Ambito, ASST).'),
					comuni: largestFirst.map((c) => c.istat),
					...(seatedThere.length > 0 ? { actorIds: seatedThere.map((c) => c.actorId) } : {})
				});
			}
		}

		// Organismi di rappresentanza
		const representative = partners.filter((p) => isRepresentativeKind(p.kind));
		inputs.representativeBodies = representative.map((p) => p.name);
		const representativeScore = hasPartners
			? 100 * towardTarget(representative.length, targetRepresentative)
			: null;
		if (hasPartners && representative.length < targetRepresentative) {
			const fitting = candidates.filter((c) => isRepresentativeKind(c.kind));
			suggestions.push({
				it:
					`Organismi di rappresentanza nel partenariato: ${representative.length} su ${targetRepresentative} attesi (sindacati, associazioni datoriali, Forum del Terzo Settore, reti associative).` +
					(fitting.length > 0
						? ` Candidati: ${listNames(
								fitting.map((c) => c.name),
								'it'
							)}.`
						: ''),
				en:
					`Representative bodies in the partnership: ${representative.length} of ${targetRepresentative} expected (unions, employers' associations, Third Sector Forum, umbrella networks).` +
					(fitting.length > 0
						? ` Candidates: ${listNames(
								fitting.map((c) => c.name),
								'en'
							)}.`
						: ''),
				...(fitting.length > 0 ? { actorIds: fitting.map((c) => c.actorId) } : {})
			});
		}

		const subscores: Subscore[] = [
			{
				id: 'numerosity',
				label: { it: 'Numerosità', en: 'Numerosity' },
				score: numerosity,
				weight: readParameter(params, 'weightNumerosity')
			},
			{
				id: 'typology',
				label: { it: 'Tipologia', en: 'Typology' },
				score: typology,
				weight: readParameter(params, 'weightTypology')
			},
			{
				id: 'territory',
				label: { it: 'Rappresentatività territoriale', en: 'Territorial representativeness' },
				score: territory,
				weight: readParameter(params, 'weightTerritory')
			},
			{
				id: 'representative_bodies',
				label: { it: 'Organismi di rappresentanza', en: 'Representative bodies' },
				score: representativeScore,
				weight: readParameter(params, 'weightRepresentativeBodies')
			}
		];
		return { subscores, missing, inputs, suggestions };
	}
};
