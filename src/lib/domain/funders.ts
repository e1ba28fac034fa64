import { vocabulary, type LocalizedText } from './registry';

export interface FunderDefinition {
	readonly id: string;
	readonly label: LocalizedText;
	readonly description: LocalizedText;
	/** Public money (Region, State/EU programmes, Comuni) or private (foundations): the act asks to integrate both. */
	readonly public: boolean | null;
}

/** Who awards a project's grant: the funders Lombard social projects most often answer to. */
export const FUNDERS = [
	{
		id: 'regione',
		label: { it: 'Regione Lombardia', en: 'Lombardy Region' },
		description: {
			it: 'Bandi e misure regionali (es. premialità dei Piani di Zona, conciliazione, Fondo sociale regionale).',
			en: 'Regional calls and measures (e.g. Piano di Zona rewards, work–life balance, regional social fund).'
		},
		public: true
	},
	{
		id: 'fondazione_cariplo',
		label: { it: 'Fondazione Cariplo', en: 'Fondazione Cariplo' },
		description: {
			it: 'Bandi della fondazione di origine bancaria (es. «Welfare in azione»), anche tramite le fondazioni di comunità.',
			en: 'Calls of the banking foundation (e.g. “Welfare in azione”), also through the community foundations.'
		},
		public: false
	},
	{
		id: 'pnrr',
		label: { it: 'PNRR', en: 'PNRR (Recovery plan)' },
		description: {
			it: 'Piano Nazionale di Ripresa e Resilienza, Missione 5 (es. housing, domiciliarità, anziani).',
			en: 'National Recovery and Resilience Plan, Mission 5 (e.g. housing, home care, older people).'
		},
		public: true
	},
	{
		id: 'fse_plus',
		label: { it: 'FSE+', en: 'ESF+' },
		description: {
			it: 'Fondo sociale europeo plus, programma regionale 2021-2027.',
			en: 'European Social Fund Plus, regional programme 2021-2027.'
		},
		public: true
	},
	{
		id: 'comuni',
		label: { it: 'Comuni / Ambito', en: 'Municipalities / Ambito' },
		description: {
			it: 'Risorse dei Comuni o del Fondo dell’Ambito (Piano di Zona).',
			en: 'Funds of the municipalities or of the Ambito (Piano di Zona).'
		},
		public: true
	},
	{
		id: 'altro',
		label: { it: 'Altro', en: 'Other' },
		description: {
			it: 'Altri finanziatori (es. Interreg, fondazioni diverse, imprese).',
			en: 'Other funders (e.g. Interreg, other foundations, companies).'
		},
		public: null
	}
] as const satisfies readonly FunderDefinition[];

export type FunderId = (typeof FUNDERS)[number]['id'];

export const { byId: FUNDER_BY_ID, is: isFunderId } = vocabulary<FunderId, FunderDefinition>(
	FUNDERS
);
