/** Italian first, English second: every UI string exists in both. */
export type Lang = 'it' | 'en';
export const LANGS: readonly Lang[] = ['it', 'en'];

export function parseLang(value: string | null | undefined): Lang {
	return value === 'en' ? 'en' : 'it';
}

const messages = {
	appTagline: {
		it: 'La rete del welfare locale lombardo e la qualità dei partenariati',
		en: "Lombardy's local welfare network and the quality of partnerships"
	},
	territoryTitle: { it: 'Il territorio', en: 'The territory' },
	territoryIntro: {
		it: 'Dati di riferimento reali (ISTAT, ANPR, Ministero della Salute e fonti citate). Dove un dato manca, lo diciamo.',
		en: 'Real reference data (ISTAT, ANPR, Ministry of Health and the cited sources). Where a value is missing, we say so.'
	},
	comuni: { it: 'Comuni', en: 'Comuni (municipalities)' },
	population: { it: 'Residenti', en: 'Residents' },
	withAmbito: { it: 'con Ambito noto', en: 'with a known Ambito' },
	withAts: { it: 'con ATS nota', en: 'with a known ATS' },
	withAsst: { it: 'con ASST nota', en: 'with a known ASST' },
	withDistretto: { it: 'con Distretto noto', en: 'with a known Distretto' },
	withPopulation: { it: 'con popolazione', en: 'with population' },
	ambiti: { it: 'Ambiti territoriali', en: 'Social Ambiti' },
	ambitiListed: { it: 'con Comuni elencati', en: 'with listed Comuni' },
	ats: { it: 'ATS', en: 'ATS (health agencies)' },
	asst: { it: 'ASST', en: 'ASST (health trusts)' },
	distretti: { it: 'Distretti', en: 'Districts' },
	caseDiComunita: { it: 'Case di Comunità', en: 'Community health houses' },
	province: { it: 'Province', en: 'Provinces' },
	of: { it: 'su', en: 'of' },
	tree: { it: 'ATS, ASST e Ambiti', en: 'ATS, ASST and Ambiti' },
	comuniKnown: { it: 'Comuni noti', en: 'known Comuni' },
	stated: { it: 'dichiarati', en: 'stated' },
	ambitiWithoutAts: { it: 'Ambiti senza ATS indicata', en: 'Ambiti without a stated ATS' },
	noAmbiti: { it: 'Nessun Ambito noto', en: 'No known Ambito' },
	database: { it: 'Database', en: 'Database' },
	sources: { it: 'Fonti e lacune dei dati', en: 'Data sources and gaps' },
	switchLang: { it: 'English', en: 'Italiano' },
	errorTitle: { it: 'Qualcosa non ha funzionato', en: 'Something went wrong' },
	errorNext: {
		it: 'Riprova tra poco. Se il problema continua, controlla che il database sia avviato (npx trama db:status).',
		en: 'Try again shortly. If it persists, check the database is running (npx trama db:status).'
	},
	// ---- Map (/mappa)
	mapTitle: { it: 'Mappa della rete', en: 'Network map' },
	mapIntro: {
		it: 'Scegli un Ambito: la mappa mostra Comuni, Distretto, Case di Comunità, gli enti con sede o attivi lì, i progetti e le reti.',
		en: 'Choose an Ambito: the map shows its municipalities, district, community health houses, the actors seated or active there, projects and networks.'
	},
	mapSearchAmbito: { it: 'Cerca un Ambito o un Comune', en: 'Search an Ambito or a municipality' },
	mapAmbitoOfComune: { it: 'Ambito di', en: 'Ambito of' },
	mapNoMatch: { it: 'Nessun Ambito trovato', en: 'No Ambito found' },
	mapFictional: {
		it: 'Dati fittizi: questa rete è inventata a scopo dimostrativo.',
		en: 'Fictional data: this network is invented for demonstration.'
	},
	mapFictionalTag: { it: 'dato fittizio', en: 'fictional' },
	mapTruncated: {
		it: 'La rete è troncata: ci sono più nodi di quanti la mappa ne mostri.',
		en: 'The network is truncated: there are more nodes than the map shows.'
	},
	mapLayoutRunning: { it: 'Calcolo della disposizione…', en: 'Computing the layout…' },
	mapLayout: { it: 'Disposizione', en: 'Layout' },
	mapLayoutForce: { it: 'A forze', en: 'Force-directed' },
	mapLayoutConcentric: {
		it: 'Concentrica per livello territoriale',
		en: 'Concentric by territorial level'
	},
	mapLayoutSector: { it: 'Raggruppata per settore', en: 'Grouped by sector' },
	mapLayoutCommunity: { it: 'Raggruppata per comunità', en: 'Grouped by community' },
	mapLayoutSaved: { it: 'Posizioni salvate', en: 'Saved positions' },
	mapSavePositions: { it: 'Salva le posizioni', en: 'Save positions' },
	mapPositionsSaved: { it: 'Posizioni salvate.', en: 'Positions saved.' },
	mapNoSavedPositions: { it: 'Nessuna posizione salvata.', en: 'No saved positions.' },
	mapSize: { it: 'Dimensione dei nodi', en: 'Node size' },
	mapSizeNone: { it: 'Uguale per tutti', en: 'All equal' },
	mapSizeDegree: { it: 'Numero di legami', en: 'Number of ties (degree)' },
	mapSizeBetweenness: { it: 'Intermediazione', en: 'Betweenness' },
	mapSizeResources: { it: 'Risorse impegnate', en: 'Committed resources' },
	mapFilters: { it: 'Filtri', en: 'Filters' },
	mapKinds: { it: 'Tipo di ente', en: 'Kind of actor' },
	mapSectors: { it: 'Settore', en: 'Sector' },
	mapPolicyAreas: { it: 'Area di intervento', en: 'Policy area' },
	mapProject: { it: 'Progetto', en: 'Project' },
	mapAll: { it: 'Tutti', en: 'All' },
	mapPeriod: { it: 'Periodo (triennio)', en: 'Period (three-year plan)' },
	mapAllPeriods: { it: 'Tutti i periodi', en: 'All periods' },
	mapClearFilters: { it: 'Azzera i filtri', en: 'Clear filters' },
	mapFocus: { it: 'Focus su un ente', en: 'Focus on an actor' },
	mapFocusDepth: { it: 'Profondità', en: 'Depth' },
	mapFocusHere: { it: 'Mostra solo la sua rete', en: 'Show only its network' },
	mapFocusClear: { it: 'Mostra tutta la rete', en: 'Show the whole network' },
	mapSearch: { it: 'Cerca nella mappa', en: 'Search the map' },
	mapFound: { it: 'trovati', en: 'found' },
	mapPath: { it: 'Percorso più breve', en: 'Shortest path' },
	mapPathFrom: { it: 'Da', en: 'From' },
	mapPathTo: { it: 'A', en: 'To' },
	mapPathFind: { it: 'Trova il percorso', en: 'Find the path' },
	mapPathNone: { it: 'Nessun percorso tra i due.', en: 'No path between the two.' },
	mapPathSteps: { it: 'passaggi', en: 'steps' },
	mapPathAvoidTerritory: {
		it: 'Solo tra enti, progetti e reti (non attraverso il territorio)',
		en: 'Only through actors, projects and networks (not through the territory)'
	},
	mapCommunities: { it: 'Comunità', en: 'Communities' },
	mapDetails: { it: 'Dettagli', en: 'Details' },
	mapRelations: { it: 'Relazioni', en: 'Relations' },
	mapProjects: { it: 'Progetti', en: 'Projects' },
	mapNetworks: { it: 'Reti', en: 'Networks' },
	mapMetrics: { it: 'Metriche', en: 'Metrics' },
	mapDegree: { it: 'Legami', en: 'Degree' },
	mapBetweenness: { it: 'Intermediazione', en: 'Betweenness' },
	mapCloseness: { it: 'Vicinanza', en: 'Closeness' },
	mapCommunity: { it: 'Comunità', en: 'Community' },
	mapClose: { it: 'Chiudi', en: 'Close' },
	mapEdit: { it: 'Modifica', en: 'Edit' },
	mapSave: { it: 'Salva', en: 'Save' },
	mapCancel: { it: 'Annulla', en: 'Cancel' },
	mapName: { it: 'Nome', en: 'Name' },
	mapKind: { it: 'Tipo', en: 'Kind' },
	mapSeat: { it: 'Comune sede', en: 'Seat (municipality)' },
	mapNotes: { it: 'Note', en: 'Notes' },
	mapAddActor: { it: 'Aggiungi un ente', en: 'Add an actor' },
	mapConnect: { it: 'Collega a un altro ente', en: 'Connect to another actor' },
	mapConnectButton: { it: 'Collega', en: 'Connect' },
	mapUndo: { it: 'Annulla l’ultima modifica', en: 'Undo the last change' },
	mapUndone: { it: 'Modifica annullata.', en: 'Change undone.' },
	mapSaved: { it: 'Salvato.', en: 'Saved.' },
	mapCreated: { it: 'Ente aggiunto.', en: 'Actor added.' },
	mapConnected: { it: 'Collegamento aggiunto.', en: 'Connection added.' },
	mapDelete: { it: 'Elimina l’ente', en: 'Delete the actor' },
	mapDeleteQuestion: {
		it: 'Eliminare questo ente dalla rete?',
		en: 'Delete this actor from the network?'
	},
	mapDeleteUndoNote: {
		it: 'Con l’ente si tolgono i suoi partenariati, le appartenenze alle reti, le collaborazioni, le adesioni all’Accordo di Programma dell’Ambito e le responsabilità di azioni. «Annulla l’ultima modifica» ripristina tutto.',
		en: 'Its partnerships, network memberships, collaborations, the Ambito’s Accordo di Programma and its action responsibilities go with it. “Undo the last change” restores them all.'
	},
	mapDeleteConfirm: { it: 'Sì, elimina', en: 'Yes, delete' },
	mapDeleted: { it: 'Ente eliminato.', en: 'Actor deleted.' },
	mapUndoDropped: {
		it: 'Questa modifica non si può più annullare',
		en: 'This change can no longer be undone'
	},
	mapHighlight: {
		it: 'Evidenzia il partenariato e cosa manca',
		en: 'Highlight the partnership and what is missing'
	},
	mapHighlightClear: { it: 'Togli l’evidenza', en: 'Clear the highlight' },
	mapGaps: { it: 'Cosa manca', en: 'What is missing' },
	mapPartners: { it: 'Partner', en: 'Partners' },
	mapUncoveredComuni: { it: 'Comuni non coperti', en: 'Municipalities not covered' },
	mapAbsentSectors: { it: 'Settori assenti', en: 'Absent sectors' },
	mapSuggestedActors: { it: 'Enti suggeriti', en: 'Suggested actors' },
	mapTime: { it: 'Periodo', en: 'Period' },
	mapDiff: { it: 'Confronta due periodi', en: 'Compare two periods' },
	mapDiffBefore: { it: 'Prima', en: 'Before' },
	mapDiffAfter: { it: 'Dopo', en: 'After' },
	mapDiffAdded: { it: 'Legami nuovi', en: 'New ties' },
	mapDiffEnded: { it: 'Legami conclusi', en: 'Ended ties' },
	mapDiffOff: { it: 'Nessun confronto', en: 'No comparison' },
	mapExportPng: { it: 'Esporta PNG', en: 'Export PNG' },
	mapExportSvg: { it: 'Esporta SVG', en: 'Export SVG' },
	mapFit: { it: 'Adatta alla finestra', en: 'Fit to window' },
	mapViewMap: { it: 'Mappa', en: 'Map' },
	mapViewTable: { it: 'Tabella', en: 'Table' },
	mapNodes: { it: 'Nodi', en: 'Nodes' },
	mapEdges: { it: 'Relazioni', en: 'Relations' },
	mapLegend: { it: 'Legenda', en: 'Legend' },
	mapLegendShapes: { it: 'Forma: tipo di nodo', en: 'Shape: kind of node' },
	mapLegendColours: { it: 'Colore: settore', en: 'Colour: sector' },
	mapLegendLines: { it: 'Linea: relazione', en: 'Line: relation' },
	mapCanvasLabel: {
		it: 'Mappa della rete. Tastiera: frecce per spostare, + e − per lo zoom, 0 per adattare, [ e ] per passare da un nodo all’altro, Invio per i dettagli, Esc per chiudere.',
		en: 'Network map. Keyboard: arrows to pan, + and − to zoom, 0 to fit, [ and ] to move between nodes, Enter for details, Esc to close.'
	},
	mapSelected: { it: 'Selezionato', en: 'Selected' },
	mapColName: { it: 'Nome', en: 'Name' },
	mapColType: { it: 'Tipo', en: 'Type' },
	mapColSector: { it: 'Settore', en: 'Sector' },
	mapColFrom: { it: 'Da', en: 'From' },
	mapColTo: { it: 'A', en: 'To' },
	mapColRelation: { it: 'Relazione', en: 'Relation' },
	mapColDates: { it: 'Periodo', en: 'Dates' },
	mapNodeProject: { it: 'Progetto', en: 'Project' },
	mapNodeNetwork: { it: 'Rete', en: 'Network' },
	mapError: { it: 'Operazione non riuscita', en: 'The operation failed' },
	// Import and export (/dati)
	dataTitle: { it: 'Importa ed esporta', en: 'Import and export' },
	exportTitle: { it: 'Esporta la rete', en: 'Export the network' },
	exportIntro: {
		it: 'JSON (reimportabile identico), CSV e XLSX per i fogli di calcolo, GEXF e GraphML per Gephi, JSON per Kumu.',
		en: 'JSON (re-imports identically), CSV and XLSX for spreadsheets, GEXF and GraphML for Gephi, JSON for Kumu.'
	},
	format: { it: 'Formato', en: 'Format' },
	scope: { it: 'Ambito', en: 'Ambito' },
	allLombardy: { it: 'Tutta la Lombardia', en: 'All of Lombardy' },
	download: { it: 'Scarica', en: 'Download' },
	preparing: { it: 'Preparazione del file…', en: 'Preparing the file…' },
	importTitle: { it: 'Importa da foglio di calcolo', en: 'Import from a spreadsheet' },
	importIntro: {
		it: 'CSV (qualsiasi separatore, UTF-8 o Windows-1252) o XLSX. Prima una prova: vedi ogni problema per riga e colonna; poi applichi tutto o niente.',
		en: 'CSV (any delimiter, UTF-8 or Windows-1252) or XLSX. First a dry run shows every problem by row and column; then apply all or nothing.'
	},
	importLimits: { it: 'Limiti dei file', en: 'File limits' },
	file: { it: 'File', en: 'File' },
	kind: { it: 'Contenuto del foglio', en: 'What the sheet holds' },
	detect: { it: 'Riconosci automaticamente', en: 'Detect automatically' },
	dryRun: { it: 'Prova (non scrive nulla)', en: 'Dry run (writes nothing)' },
	apply: { it: 'Applica (tutto o niente)', en: 'Apply (all or nothing)' },
	checking: { it: 'Controllo del file in corso…', en: 'Checking the file…' },
	applying: {
		it: 'Importazione in corso, in una sola transazione…',
		en: 'Importing, in one transaction…'
	},
	columns: { it: 'Colonne', en: 'Columns' },
	ignored: { it: '(ignora)', en: '(ignore)' },
	row: { it: 'Riga', en: 'Row' },
	column: { it: 'Colonna', en: 'Column' },
	problem: { it: 'Problema', en: 'Problem' },
	noProblems: { it: 'Nessun problema.', en: 'No problems.' },
	duplicates: {
		it: 'Possibili doppioni: unisci solo se confermi',
		en: 'Possible duplicates: merged only if you confirm'
	},
	merge: { it: 'Unisci', en: 'Merge' },
	imported: { it: 'Importazione completata.', en: 'Import done.' },
	fixFirst: {
		it: 'Correggi gli errori nel file (o la corrispondenza delle colonne) e riprova: niente è stato scritto.',
		en: 'Fix the errors in the file (or the column mapping) and try again: nothing was written.'
	},
	// ---- Evaluator's desk (/valutazione)
	evalTitle: { it: 'Valutazione dei partenariati', en: 'Partnership evaluation' },
	evalIntro: {
		it: 'Graduatoria dei progetti di un bando secondo la griglia scelta: ordina, filtra, confronta, apri la scheda.',
		en: "A call's projects ranked on the chosen rubric: sort, filter, compare, open the scorecard."
	},
	evalCall: { it: 'Bando', en: 'Call' },
	evalRubric: { it: 'Griglia', en: 'Rubric' },
	evalShow: { it: 'Mostra', en: 'Show' },
	evalRegional: { it: 'Vista regionale (tutti gli Ambiti)', en: 'Regional view (all Ambiti)' },
	evalRegionalTitle: { it: 'Graduatoria regionale', en: 'Regional ranking' },
	evalFictional: { it: 'dati fittizi', en: 'fictional data' },
	evalRank: { it: 'Pos.', en: 'Rank' },
	evalProject: { it: 'Progetto', en: 'Project' },
	evalTotal: { it: 'Totale', en: 'Total' },
	evalStatus: { it: 'Stato', en: 'Status' },
	evalProfile: { it: 'Profilo', en: 'Profile' },
	evalAmbiti: { it: 'Ambiti', en: 'Ambiti' },
	evalFilter: { it: 'Cerca un progetto', en: 'Find a project' },
	evalFilterStatus: { it: 'Mostra', en: 'Show' },
	evalAll: { it: 'tutti', en: 'all' },
	evalOnlyDraft: { it: 'solo in bozza', en: 'drafts only' },
	evalOnlyFinal: { it: 'solo definitive', en: 'final only' },
	evalOnlyChanged: {
		it: 'dati modificati dopo la valutazione',
		en: 'data changed after the evaluation'
	},
	evalOnlyAdjusted: { it: 'con punteggi corretti', en: 'with adjusted scores' },
	evalShown: { it: 'progetti mostrati', en: 'projects shown' },
	evalCompare: { it: 'Confronta i selezionati', en: 'Compare the selected' },
	evalCompareHint: { it: 'Seleziona da 2 a 4 progetti.', en: 'Select 2 to 4 projects.' },
	evalSelect: { it: 'Seleziona per il confronto', en: 'Select for comparison' },
	evalExportCsv: { it: 'Scarica la graduatoria (CSV)', en: 'Download the ranking (CSV)' },
	evalExportXlsx: { it: 'Scarica la graduatoria (Excel)', en: 'Download the ranking (Excel)' },
	evalNoProjects: { it: 'Nessun progetto per questa scelta.', en: 'No projects for this choice.' },
	evalAdjustedMark: { it: 'corretto dal valutatore', en: 'adjusted by the evaluator' },
	evalDataChanged: {
		it: 'dati modificati dopo la valutazione',
		en: 'data changed after the evaluation'
	},
	evalBusyTitle: {
		it: 'Enti impegnati in molti progetti',
		en: 'Organisations committed to many projects'
	},
	evalBusyIntro: {
		it: 'Enti partner di almeno due progetti dello stesso triennio: risorsa preziosa o impegno troppo diviso.',
		en: 'Partners of at least two projects in the same triennio: a pivotal resource, or stretched too thin.'
	},
	evalBusyProjects: { it: 'progetti', en: 'projects' },
	evalBusyFlag: {
		it: 'con enti impegnati in molti progetti',
		en: 'with organisations committed to many projects'
	},
	evalScorecard: { it: 'Scheda di valutazione', en: 'Scorecard' },
	evalBack: { it: 'Torna alla graduatoria', en: 'Back to the ranking' },
	evalComputed: { it: 'calcolato', en: 'computed' },
	evalWeight: { it: 'peso', en: 'weight' },
	evalFormula: { it: 'Formula', en: 'Formula' },
	evalInputs: { it: 'Dati usati', en: 'Inputs' },
	evalMissing: { it: 'Dati mancanti', en: 'Missing data' },
	evalSuggestions: { it: 'Per migliorare', en: 'What would raise it' },
	evalSubscores: { it: 'Sottopunteggi', en: 'Subscores' },
	evalAdjust: { it: 'Correggi il punteggio', en: 'Adjust the score' },
	evalNewScore: { it: 'Nuovo punteggio (0–100)', en: 'New score (0–100)' },
	evalReason: { it: 'Motivazione (obbligatoria)', en: 'Reason (required)' },
	evalSaveAdjustment: { it: 'Salva la correzione', en: 'Save the adjustment' },
	evalClearAdjustment: { it: 'Annulla la correzione', en: 'Clear the adjustment' },
	evalNotes: { it: 'Note del valutatore', en: "Evaluator's notes" },
	evalSaveNotes: { it: 'Salva le note', en: 'Save the notes' },
	evalFinalize: { it: 'Rendi definitiva', en: 'Finalise' },
	evalReopen: { it: 'Riapri in bozza', en: 'Reopen as draft' },
	evalReopenReason: { it: 'Perché la riapri (obbligatorio)', en: 'Why you reopen it (required)' },
	evalFinalNote: {
		it: 'Valutazione definitiva: per cambiarla, riaprila indicando il motivo.',
		en: 'Final evaluation: to change it, reopen it with a reason.'
	},
	evalChangedIntro: {
		it: 'La valutazione definitiva resta quella firmata. Ecco cosa è cambiato da allora:',
		en: 'The signed evaluation still counts. This is what changed since:'
	},
	evalRecomputed: { it: 'Ricalcolato oggi', en: 'Recomputed today' },
	evalAudit: { it: 'Registro delle modifiche', en: 'Audit trail' },
	evalAuditEmpty: { it: 'Nessuna modifica registrata.', en: 'No changes recorded.' },
	evalWhen: { it: 'Quando', en: 'When' },
	evalWho: { it: 'Chi', en: 'Who' },
	evalWhat: { it: 'Cosa', en: 'What' },
	evalFrom: { it: 'Da', en: 'From' },
	evalTo: { it: 'A', en: 'To' },
	evalGraph: { it: 'Il partenariato', en: 'The partnership' },
	evalGraphHint: {
		it: 'Il progetto al centro; un raggio per partner (tratto secondo il ruolo); una corda tra due partner per ogni azione condivisa; cerchi più grandi per più risorse.',
		en: 'The project in the middle; a spoke per partner (dashed by role); a chord between two partners per shared action; larger circles commit more.'
	},
	evalMatrix: { it: 'Matrice di corresponsabilità', en: 'Corresponsibility matrix' },
	evalAction: { it: 'Azione', en: 'Action' },
	evalPublic: { it: 'Risorse pubbliche', en: 'Public resources' },
	evalPrivate: { it: 'Risorse private', en: 'Private resources' },
	evalBeyond: { it: 'di cui oltre il finanziamento', en: 'of which beyond the funding' },
	evalNoActions: {
		it: 'Il progetto non ha azioni registrate.',
		en: 'The project has no recorded actions.'
	},
	evalOutsiders: {
		it: 'Responsabili esterni al partenariato',
		en: 'Responsible actors outside the partnership'
	},
	evalTerritory: { it: 'Territorio', en: 'Territory' },
	evalCovered: { it: 'Comuni coperti', en: 'Covered Comuni' },
	evalUncovered: { it: 'Comuni non coperti', en: 'Comuni not covered' },
	evalResidents: { it: 'residenti coperti', en: 'residents covered' },
	evalNone: { it: 'nessuno', en: 'none' },
	evalReport: { it: 'Rapporto stampabile (A4)', en: 'Printable report (A4)' },
	evalSaved: { it: 'Salvato.', en: 'Saved.' },
	evalConflict: {
		it: 'Qualcun altro ha modificato questa valutazione nel frattempo: ricarica la pagina e riprova.',
		en: 'Someone else changed this evaluation meanwhile: reload the page and try again.'
	},
	evalCannotEdit: {
		it: 'Puoi consultare questa valutazione; la modificano i valutatori assegnati al bando.',
		en: 'You can read this evaluation; the evaluators assigned to the call change it.'
	},
	evalCompareTitle: { it: 'Confronto tra progetti', en: 'Project comparison' },
	evalResources: { it: 'Risorse impegnate', en: 'Committed resources' },
	evalPartners: { it: 'Partner', en: 'Partners' },
	evalActions: { it: 'Azioni', en: 'Actions' },
	evalCriterion: { it: 'Criterio', en: 'Criterion' },
	evalSortBy: { it: 'Ordina per', en: 'Sort by' },
	evalAssessedShare: { it: 'quota del peso valutata', en: 'share of the weight assessed' },
	workshopTitle: { it: 'Laboratori partecipativi', en: 'Participatory workshops' },
	workshopJoinTitle: { it: 'Entra in un laboratorio', en: 'Join a workshop' },
	workshopCode: { it: 'Codice', en: 'Code' },
	workshopYourName: { it: 'Il tuo nome', en: 'Your name' },
	workshopJoin: { it: 'Entra', en: 'Join' },
	workshopCreate: { it: 'Nuovo laboratorio', en: 'New workshop' },
	workshopName: { it: 'Nome del laboratorio', en: 'Workshop name' },
	workshopAmbito: { it: 'Ambito', en: 'Ambito' },
	workshopFromMap: { it: 'Parti dalla mappa attuale', en: 'Start from the current map' },
	workshopList: { it: 'I tuoi laboratori', en: 'Your workshops' },
	workshopConduct: { it: 'Conduci', en: 'Run' },
	workshopProjector: { it: 'Proiettore', en: 'Projector' },
	workshopStepActors: { it: 'Soggetti', en: 'Actors' },
	workshopStepRelations: { it: 'Relazioni', en: 'Relations' },
	workshopStepInfluence: { it: 'Influenza', en: 'Influence' },
	workshopStepGoals: { it: 'Obiettivi e note', en: 'Goals and notes' },
	workshopStepReview: { it: 'Revisione', en: 'Review' },
	workshopParticipants: { it: 'Partecipanti', en: 'Participants' },
	workshopContributions: { it: 'Contributi', en: 'Contributions' },
	workshopPause: { it: 'Metti in pausa', en: 'Pause' },
	workshopResume: { it: 'Riprendi', en: 'Resume' },
	workshopCloseJoining: { it: 'Chiudi le iscrizioni', en: 'Close joining' },
	workshopOpenJoining: { it: 'Riapri le iscrizioni', en: 'Reopen joining' },
	workshopRemove: { it: 'Rimuovi', en: 'Remove' },
	workshopAccept: { it: 'Accetta', en: 'Accept' },
	workshopReject: { it: 'Rifiuta', en: 'Reject' },
	workshopAcceptAll: { it: 'Accetta tutti i pendenti', en: 'Accept all pending' },
	workshopMergeInto: { it: 'Unisci in…', en: 'Merge into…' },
	workshopCommit: { it: 'Salva nella mappa', en: 'Commit to the map' },
	workshopExport: { it: 'Esporta il registro', en: 'Export the record' },
	workshopAddActor: { it: 'Aggiungi soggetto', en: 'Add actor' },
	workshopAddRelation: { it: 'Aggiungi relazione', en: 'Add relation' },
	workshopAddNote: { it: 'Aggiungi', en: 'Add' },
	workshopSearchHint: {
		it: 'Scrivi un nome: se c’è già, toccalo invece di aggiungerlo',
		en: 'Type a name: if it is already there, tap it instead of adding it'
	},
	workshopOffline: {
		it: 'Non connesso: le tue modifiche sono salvate e partiranno al ritorno',
		en: 'Offline: your edits are kept and will be sent when you are back'
	},
	workshopUnsent: { it: 'da inviare', en: 'unsent' },
	workshopPaused: { it: 'Laboratorio in pausa', en: 'Workshop paused' },
	workshopClosed: { it: 'Laboratorio chiuso', en: 'Workshop closed' },
	workshopDisagreement: { it: 'opinioni diverse', en: 'ratings disagree' },
	workshopGoal: { it: 'Obiettivo', en: 'Goal' },
	workshopNote: { it: 'Nota', en: 'Note' },
	workshopActors: { it: 'Soggetti', en: 'Actors' },
	workshopRelations: { it: 'Relazioni', en: 'Relations' },
	workshopRatings: { it: 'Valutazioni', en: 'Ratings' }
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

export function translate(lang: Lang, key: MessageKey): string {
	return messages[key][lang];
}

export function formatNumber(lang: Lang, value: number): string {
	// Italian CLDR leaves 4-digit numbers ungrouped ("1502"); offices write "1.502".
	return new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', { useGrouping: 'always' }).format(
		value
	);
}

export function formatPercent(lang: Lang, part: number, whole: number): string {
	if (whole === 0) return '–';
	return new Intl.NumberFormat(lang === 'it' ? 'it-IT' : 'en-GB', {
		style: 'percent',
		maximumFractionDigits: 1
	}).format(part / whole);
}
