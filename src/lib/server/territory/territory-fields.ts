import {
	territoryCounts,
	territoryTree,
	type AmbitoRecord,
	type AsstRecord,
	type AtsRecord,
	type ComuneRecord,
	type TerritoryCounts,
	type TerritoryTree
} from './territory-queries';
import { builder } from '../graphql/builder';
import { PUBLIC, rule } from '../auth/rules';

const Comune = builder.objectRef<ComuneRecord>('Comune').implement({
	fields: (t) => ({
		istat: t.exposeString('istat', { description: 'Codice ISTAT' }),
		name: t.exposeString('name'),
		province: t.exposeString('province', { description: 'Sigla della provincia' }),
		population: t.exposeInt('population', { nullable: true, description: 'Residenti (ANPR)' }),
		populationYear: t.exposeInt('populationYear', { nullable: true })
	})
});

const Ambito = builder.objectRef<AmbitoRecord>('Ambito').implement({
	description: 'Ambito territoriale sociale (Piano di Zona, Ufficio di Piano)',
	fields: (t) => ({
		id: t.exposeID('id'),
		name: t.exposeString('name'),
		capofila: t.exposeString('capofila', { nullable: true }),
		sources: t.exposeString('sources'),
		nComuniStated: t.exposeInt('nComuniStated', {
			nullable: true,
			description: 'Comuni dichiarati dalla fonte / Comuni stated by the source'
		}),
		nComuniKnown: t.int({ resolve: (a) => a.comuni.length }),
		complete: t.boolean({
			description: 'Tutti i Comuni dichiarati sono noti / all stated Comuni are known',
			resolve: (a) => a.nComuniStated !== null && a.comuni.length >= a.nComuniStated
		}),
		population: t.int({
			description: 'Residenti dei Comuni noti / residents of the known Comuni',
			resolve: (a) => a.comuni.reduce((sum, c) => sum + (c.population ?? 0), 0)
		}),
		comuni: t.field({ type: [Comune], resolve: (a) => a.comuni })
	})
});

const Asst = builder.objectRef<AsstRecord>('Asst').implement({
	fields: (t) => ({
		id: t.exposeID('id'),
		code: t.exposeString('code'),
		name: t.exposeString('name'),
		distretti: t.stringList({ resolve: (a) => a.distretti.map((d) => d.name) })
	})
});

const Ats = builder.objectRef<AtsRecord>('Ats').implement({
	fields: (t) => ({
		id: t.exposeID('id'),
		code: t.exposeString('code'),
		name: t.exposeString('name'),
		territoryAsStated: t.exposeString('territoryAsStated', { nullable: true }),
		comuniKnown: t.exposeInt('comuniKnown'),
		asst: t.field({ type: [Asst], resolve: (a) => a.asst }),
		ambiti: t.field({ type: [Ambito], resolve: (a) => a.ambiti })
	})
});

const Counts = builder.objectRef<TerritoryCounts>('TerritoryCounts').implement({
	description: 'Quanto del territorio è noto / how much of the territory is known',
	fields: (t) => ({
		comuni: t.exposeInt('comuni'),
		comuniWithPopulation: t.exposeInt('comuniWithPopulation'),
		population: t.exposeInt('population'),
		comuniWithAmbito: t.exposeInt('comuniWithAmbito'),
		comuniWithAts: t.exposeInt('comuniWithAts'),
		comuniWithAsst: t.exposeInt('comuniWithAsst'),
		comuniWithDistretto: t.exposeInt('comuniWithDistretto'),
		ambiti: t.exposeInt('ambiti'),
		ambitiWithComuniListed: t.exposeInt('ambitiWithComuniListed'),
		ats: t.exposeInt('ats'),
		asst: t.exposeInt('asst'),
		distretti: t.exposeInt('distretti'),
		caseDiComunita: t.exposeInt('caseDiComunita'),
		province: t.exposeInt('province')
	})
});

/** Resolved lazily: a client asking only for counts does not pay for the tree. */
interface TerritoryRoot {
	counts: () => Promise<TerritoryCounts>;
	tree: () => Promise<TerritoryTree>;
}

export const Territory = builder.objectRef<TerritoryRoot>('Territory').implement({
	fields: (t) => ({
		counts: t.field({ type: Counts, resolve: (root) => root.counts() }),
		ats: t.field({ type: [Ats], resolve: async (root) => (await root.tree()).ats }),
		ambitiWithoutAts: t.field({
			type: [Ambito],
			description:
				'Ambiti la cui ATS non è indicata dalle fonti / Ambiti whose ATS no source states',
			resolve: async (root) => (await root.tree()).ambitiWithoutAts
		})
	})
});

builder.queryField('territory', (t) =>
	t.field({
		extensions: rule(PUBLIC),
		type: Territory,
		description: 'Il territorio lombardo: ATS → ASST / Ambiti → Comuni',
		resolve: () => {
			let tree: Promise<TerritoryTree> | undefined;
			return { counts: () => territoryCounts(), tree: () => (tree ??= territoryTree()) };
		}
	})
);
