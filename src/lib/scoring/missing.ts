/** Names of missing data, 'italiano / English', so every "not assessable" says what to add. */
export const MISSING = {
	partners: 'partner del progetto / project partners',
	twoPartners: 'almeno due partner / at least two partners',
	twoOperationalPartners:
		'almeno due partner operativi (capofila, promotori o partner) / at least two operating partners (lead, promoters or partners)',
	actions:
		'azioni del progetto con i responsabili / project actions with their responsible partners',
	commitments:
		'impegni di risorse dei partner (valore in euro) / partners’ resource commitments (value in EUR)',
	commitmentsOfTwo:
		'impegni di risorse di almeno due partner / resource commitments of at least two partners',
	commitmentValues: 'valore in euro di tutti gli impegni / EUR value of every commitment',
	budget:
		'costo complessivo del progetto e contributo del finanziatore / total cost of the project and funder’s grant',
	projectStart: 'data di avvio del progetto / project start date',
	projectEnd:
		'data di fine del progetto o del finanziamento / end date of the project or of its funding',
	history:
		'storia comune dei partner prima dell’avvio (progetti, collaborazioni, reti, Accordo di Programma) / partners’ shared history before the start (projects, collaborations, networks, Accordo di Programma)',
	territory: 'territorio destinatario (Comuni) / target territory (municipalities)',
	targetAmbiti: 'Ambiti del territorio destinatario / Ambiti of the target territory',
	population: 'popolazione dei Comuni del territorio / population of the target municipalities',
	relations:
		'reti e legami esterni dei partner / partners’ networks and ties outside the partnership',
	policyAreas: 'aree di policy del progetto / project policy areas',
	leps: 'LEPS serviti dal progetto / LEPS the project serves',
	coDesign:
		'procedura di co-programmazione o co-progettazione / co-programming or co-design procedure',
	phases: 'fasi del ciclo di policy delle azioni / policy-cycle phases of the actions',
	sustainability:
		'sostenibilità dichiarata: cosa prosegue, chi la porta avanti, con quali risorse, fino a quando / declared sustainability: what continues, who carries it, with which resources, until when',
	committedUntil:
		'data fino a cui la sostenibilità è garantita / date until which sustainability is committed',
	transferability:
		'trasferibilità dichiarata: cosa possono riprendere altri Ambiti e dove è documentato / declared transferability: what other Ambiti can take up and where it is documented',
	ambiti:
		'Ambiti e ATS dei partner o del territorio / Ambiti and ATS of the partners or of the territory',
	ats: 'ATS dei partner o del territorio / ATS of the partners or of the territory'
} as const;

/** Declared text counts only when it says something: not absent, not blank. */
export const stated = (text: string | null | undefined) =>
	typeof text === 'string' && text.trim().length > 0;
