import { builder } from '../graphql/builder';
import { badInput } from '../errors';
import { READ_NETWORK, rule } from '../auth/rules';
import { comunePlaces, territoryGaps, type ComunePlace, type GapComune } from './geography-queries';
import {
	type ActiveProject,
	projectCoverage,
	regionalActivity,
	type AmbitoActivity,
	type ComuneActivity,
	type CoverageComune,
	type PartnerSeat,
	type ProjectCoverage
} from './geography-service';
import { Territory } from './territory-fields';

/** The geographic views' reads: where each Comune belongs, what is missing, coverage, activity. */
const Unit = builder
	.objectRef<{ id: string; name: string }>('TerritoryUnit')
	.implement({ fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }) });

const Place = builder.objectRef<ComunePlace>('ComunePlace').implement({
	description:
		'Un Comune con i suoi Ambito, Distretto, ASST e ATS (null dove nessuna fonte li dice)',
	fields: (t) => ({
		istat: t.exposeString('istat'),
		name: t.exposeString('name'),
		population: t.exposeInt('population', { nullable: true }),
		ambito: t.expose('ambito', { type: Unit, nullable: true }),
		distretto: t.expose('distretto', { type: Unit, nullable: true }),
		asst: t.expose('asst', { type: Unit, nullable: true, description: 'id = codice ASST' }),
		ats: t.expose('ats', { type: Unit, nullable: true, description: 'id = codice ATS' })
	})
});

const GapComuneRef = builder.objectRef<GapComune>('GapComune').implement({
	fields: (t) => ({
		istat: t.exposeString('istat'),
		name: t.exposeString('name'),
		province: t.exposeString('province', { nullable: true })
	})
});
const GapAmbito = builder
	.objectRef<{ id: string; name: string; nComuniStated: number | null }>('GapAmbito')
	.implement({
		fields: (t) => ({
			id: t.exposeID('id'),
			name: t.exposeString('name'),
			nComuniStated: t.exposeInt('nComuniStated', { nullable: true })
		})
	});
const Gaps = builder
	.objectRef<Awaited<ReturnType<typeof territoryGaps>>>('TerritoryGaps')
	.implement({
		description: 'Che cosa manca al territorio / what the territory lacks',
		fields: (t) => ({
			comuniWithoutAmbito: t.expose('comuniWithoutAmbito', { type: [GapComuneRef] }),
			comuniWithoutDistretto: t.expose('comuniWithoutDistretto', { type: [GapComuneRef] }),
			comuniWithoutAsst: t.expose('comuniWithoutAsst', { type: [GapComuneRef] }),
			ambitiWithoutComuni: t.expose('ambitiWithoutComuni', { type: [GapAmbito] }),
			caseWithoutComune: t.expose('caseWithoutComune', { type: [Unit] })
		})
	});

builder.objectFields(Territory, (t) => ({
	places: t.field({
		type: [Place],
		description: 'Tutti i Comuni con la loro appartenenza, per le mappe',
		resolve: () => comunePlaces()
	}),
	gaps: t.field({ type: Gaps, resolve: () => territoryGaps() })
}));

const CoverageComuneRef = builder.objectRef<CoverageComune>('CoverageComune').implement({
	fields: (t) => ({
		istat: t.exposeString('istat'),
		name: t.exposeString('name'),
		population: t.exposeInt('population', { nullable: true }),
		covered: t.exposeBoolean('covered')
	})
});
const PartnerSeatRef = builder.objectRef<PartnerSeat>('PartnerSeat').implement({
	fields: (t) => ({
		actorId: t.exposeID('actorId'),
		name: t.exposeString('name'),
		kind: t.exposeString('kind'),
		role: t.exposeString('role'),
		seatIstat: t.exposeString('seatIstat', { nullable: true })
	})
});
const Coverage = builder.objectRef<ProjectCoverage>('ProjectCoverage').implement({
	description:
		'Comuni del territorio obiettivo coperti e non coperti dal partenariato, con i residenti; sedi dei partner',
	fields: (t) => ({
		projectId: t.exposeID('projectId'),
		comuni: t.expose('comuni', { type: [CoverageComuneRef] }),
		partners: t.expose('partners', { type: [PartnerSeatRef] }),
		coveredComuni: t.exposeInt('coveredComuni'),
		uncoveredComuni: t.exposeInt('uncoveredComuni'),
		coveredResidents: t.exposeInt('coveredResidents'),
		uncoveredResidents: t.exposeInt('uncoveredResidents'),
		residentShare: t.exposeFloat('residentShare', { nullable: true })
	})
});

const ComuneActivityRef = builder.objectRef<ComuneActivity>('ComuneActivity').implement({
	fields: (t) => ({
		istat: t.exposeString('istat'),
		activeProjects: t.exposeInt('activeProjects'),
		coveringProjects: t.exposeInt('coveringProjects'),
		meanScore: t.exposeFloat('meanScore', { nullable: true })
	})
});
const AmbitoActivityRef = builder.objectRef<AmbitoActivity>('AmbitoActivity').implement({
	fields: (t) => ({
		id: t.exposeID('id'),
		name: t.exposeString('name'),
		activeProjects: t.exposeInt('activeProjects'),
		residents: t.exposeInt('residents'),
		coveredResidents: t.exposeInt('coveredResidents'),
		residentShare: t.exposeFloat('residentShare', { nullable: true }),
		meanScore: t.exposeFloat('meanScore', { nullable: true })
	})
});
const ActiveProjectRef = builder.objectRef<ActiveProject>('ActiveProject').implement({
	fields: (t) => ({
		id: t.exposeID('id'),
		title: t.exposeString('title'),
		total: t.exposeFloat('total', {
			nullable: true,
			description: 'punteggio totale (griglia in uso)'
		}),
		comuni: t.exposeStringList('comuni', { description: 'Comuni obiettivo (ISTAT)' }),
		covered: t.exposeStringList('covered', { description: 'di questi, quelli coperti' })
	})
});
const Activity = builder
	.objectRef<Awaited<ReturnType<typeof regionalActivity>>>('RegionalActivity')
	.implement({
		description:
			'Progetti attivi (finanziati o in corso; senza stato, se oggi è tra inizio e fine) per Comune e per Ambito',
		fields: (t) => ({
			date: t.exposeString('date'),
			activeProjects: t.exposeInt('activeProjects'),
			projects: t.expose('projects', { type: [ActiveProjectRef] }),
			comuni: t.expose('comuni', { type: [ComuneActivityRef] }),
			ambiti: t.expose('ambiti', { type: [AmbitoActivityRef] })
		})
	});

builder.queryFields((t) => ({
	projectCoverage: t.field({
		extensions: rule(READ_NETWORK),
		type: Coverage,
		args: { projectId: t.arg.id({ required: true }) },
		resolve: (_r, args) => projectCoverage(String(args.projectId))
	}),
	regionalActivity: t.field({
		extensions: rule(READ_NETWORK),
		type: Activity,
		description: 'La vista regionale: attività, copertura e punteggi per Comune e Ambito',
		args: { date: t.arg.string({ description: 'AAAA-MM-GG; oggi se assente' }) },
		resolve: (_r, args) => {
			if (args.date && !/^\d{4}-\d{2}-\d{2}$/.test(args.date))
				throw badInput([{ field: 'date', message: 'data nel formato AAAA-MM-GG' }]);
			return regionalActivity(args.date ?? new Date().toISOString().slice(0, 10));
		}
	})
}));
