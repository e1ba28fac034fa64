/** Names of missing data, 'italiano / English', so every "not assessable" says what to add. */
export const MISSING = {
	partners: 'partner del progetto / project partners',
	twoPartners: 'almeno due partner / at least two partners',
	twoOperationalPartners:
		'almeno due partner con ruolo di capofila o partner / at least two partners in the lead or partner role',
	actions:
		'azioni del progetto con i responsabili / project actions with their responsible partners',
	commitments:
		'impegni di risorse dei partner (valore in euro) / partners’ resource commitments (value in EUR)',
	projectStart: 'data di avvio del progetto / project start date',
	territory: 'territorio destinatario (Comuni) / target territory (municipalities)',
	population: 'popolazione dei Comuni del territorio / population of the target municipalities',
	relations:
		'reti e legami esterni dei partner / partners’ networks and ties outside the partnership',
	ambiti:
		'Ambiti e ATS dei partner o del territorio / Ambiti and ATS of the partners or of the territory',
	ats: 'ATS dei partner o del territorio / ATS of the partners or of the territory'
} as const;
