/**
 * Word pools for the fictional demo dataset (demo.ts). Names are generic combinations of common
 * Italian words so that no generated name points at a real organisation; bodies that exist once per
 * territory (Forum, job centre, unions…) carry "(demo)" so nobody mistakes them for the real one.
 */

/** Evocative names as Italian cooperatives, foundations and associations often choose them. */
export const EVOCATIVE = [
	'Il Ponte',
	"L'Arcobaleno",
	'La Quercia',
	'Il Girasole',
	'La Bussola',
	'Il Sentiero',
	'Il Melograno',
	"L'Approdo",
	'La Tenda',
	'Il Faro',
	'Il Seme',
	'La Zattera',
	'Il Mosaico',
	'La Ginestra',
	"L'Aquilone",
	'Il Tralcio',
	'La Lanterna',
	'Il Cortile',
	'La Goccia',
	'Il Gelso',
	'La Meridiana',
	'Il Crocevia',
	'La Sorgente',
	"L'Orizzonte",
	'Il Nido',
	'La Fonte',
	'Il Germoglio',
	'La Spiga',
	'Il Timone',
	'La Vela',
	'Il Mulino',
	'La Cascina',
	"L'Officina",
	'Il Filo',
	'Il Quadrifoglio',
	'La Rondine',
	'Il Castagno',
	'La Betulla',
	"L'Ulivo",
	'Il Glicine',
	'La Corte',
	'Il Pozzo',
	'La Chiocciola',
	'Il Passo',
	'Il Portico',
	'La Piazzetta',
	'Il Papavero',
	'La Clessidra',
	'Il Fiordaliso',
	'La Bottega',
	'Il Sorriso',
	'La Stella Polare'
] as const;

export const ODV_FIRST = [
	'Amici',
	'Volontari',
	'Insieme',
	'Mani Aperte',
	'Vicini',
	'Compagni di strada'
];
export const ODV_SECOND = [
	'della Casa',
	'del Quartiere',
	'degli Anziani',
	'dei Ragazzi',
	'per la Vita',
	'in Cammino',
	'del Borgo',
	'della Solidarietà',
	'per gli Altri',
	'del Sabato',
	'della Strada',
	'per la Famiglia'
];

export const APS_FIRST = [
	'Spazio',
	'Circolo',
	'Officina',
	'Laboratorio',
	'Casa',
	'Piazza',
	'Cantiere'
];
export const APS_SECOND = [
	'Giovani',
	'Aperto',
	'delle Idee',
	'Comune',
	'Culturale',
	'del Borgo',
	'Intercultura',
	'dei Saperi',
	'Ragazzi',
	'Libero'
];

export const SURNAMES = [
	'Rossi',
	'Ferrari',
	'Bianchi',
	'Colombo',
	'Bassi',
	'Fontana',
	'Marchetti',
	'Galli',
	'Moretti',
	'Riva',
	'Lombardi',
	'Barbieri',
	'Cattaneo',
	'Sala',
	'Villa',
	'Brambilla',
	'Pagani',
	'Bonetti',
	'Donati',
	'Mariani'
];
export const BUSINESS = [
	'Meccanica',
	'Logistica',
	'Alimentari',
	'Costruzioni',
	'Impianti',
	'Tessile',
	'Plastica',
	'Servizi',
	'Informatica',
	'Trasporti',
	'Arredamenti',
	'Cosmetica',
	'Packaging',
	'Elettronica'
];
export const COMPANY_FORMS = ['srl', 'spa', 'snc', 'sas', 'srl'];

export const SAINTS = [
	'San Giovanni',
	'San Pietro',
	'Santa Maria',
	'San Giacomo',
	'San Martino',
	'San Luigi',
	'Sant’Antonio',
	'San Bartolomeo',
	'Santo Stefano',
	'San Lorenzo'
];

export const SCHOOL_KINDS = [
	'Istituto comprensivo',
	'Istituto di istruzione superiore',
	"Scuola dell'infanzia paritaria",
	'Liceo',
	'Istituto tecnico'
];
export const SCHOOL_NAMES = [
	'Le Querce',
	'I Tigli',
	'Arcobaleno',
	'Il Gelso',
	'La Fontana',
	'dei Navigli',
	'del Parco',
	'Le Rogge',
	'dei Mestieri',
	'Il Tiglio',
	'Primavera',
	'Le Betulle'
];

export const CARE_KINDS = [
	'RSA Villa',
	'RSD',
	'Consultorio familiare',
	'Centro diurno integrato',
	'Comunità alloggio',
	'Centro di riabilitazione'
];

export const INFORMAL_GROUPS = [
	'Social street di via dei Mulini',
	'Gruppo mamme del mercoledì',
	'Comitato di quartiere Borgo Nuovo',
	'Gruppo di cammino Over 65',
	'Banca del tempo di quartiere',
	'Orti condivisi del parco',
	'Gruppo di acquisto solidale',
	'Genitori in rete'
];

/** Kinds that exist once per territory: fixed names marked "(demo)". */
export const SINGLE_NAMES = {
	forum_terzo_settore: ['Forum locale del Terzo Settore del Cremasco (demo)'],
	rete_associativa: [
		'Coordinamento associazioni di volontariato cremasche (demo)',
		'Rete associazioni disabilità e famiglie (demo)'
	],
	fondazione_comunita: ['Fondazione di comunità del territorio cremasco (demo)'],
	fondazione_bancaria: ['Fondazione bancaria Lombardia Sud (demo)'],
	organizzazione_sindacale: [
		'Camera del lavoro territoriale (demo)',
		'Sindacato pensionati del Cremasco (demo)',
		'Unione sindacale territoriale (demo)'
	],
	associazione_datoriale: [
		'Associazione artigiani del Cremasco (demo)',
		'Unione commercio e servizi del territorio (demo)',
		'Associazione piccole e medie imprese locali (demo)'
	],
	rete_conciliazione: [
		'Alleanza locale di conciliazione del Cremasco (demo)',
		'Rete aziende family friendly (demo)'
	],
	rete_territoriale: [
		'Tavolo oratori e parrocchie del Cremasco (demo)',
		'Rete dei servizi per i giovani (demo)',
		'Coordinamento sportelli lavoro (demo)'
	],
	centro_impiego: ["Centro per l'impiego del Cremasco (demo)"],
	universita: [
		'Polo universitario del Cremasco (demo)',
		'Centro studi sul welfare territoriale (demo)'
	],
	azienda_speciale: [
		'Azienda speciale consortile Servizi Insieme (demo)',
		'ASP Residenza Il Viale (demo)'
	],
	altro: ['Associazione sportiva dilettantistica Polisportiva Il Campo (demo)']
} as const;

/** Italian tags, by policy area: actors get some, partner choice prefers matching ones. */
export const TAGS_BY_AREA: Record<string, readonly string[]> = {
	poverty_exclusion: ['povertà', 'grave emarginazione', 'sostegno al reddito'],
	minors_youth: ['minori', 'giovani', 'doposcuola'],
	disability: ['disabilità', 'vita indipendente'],
	housing: ['casa', 'housing sociale'],
	family: ['famiglie', 'genitorialità'],
	gender_violence: ['violenza di genere', 'pari opportunità'],
	work_life_balance: ['conciliazione', 'welfare aziendale'],
	home_care: ['domiciliarità', 'caregiver'],
	elderly: ['anziani', 'invecchiamento attivo'],
	work_inclusion: ['inserimento lavorativo', 'formazione'],
	leps_single_access_point: ['accesso ai servizi'],
	leps_protected_discharge: ['dimissioni protette'],
	leps_child_guarantee: ['prima infanzia']
};
