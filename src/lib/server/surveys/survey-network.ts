import { emptyDocument, type ActorRecord, type CollaborationRecord } from '../../domain/model';
import { slugify } from '../../text';
import { readTx } from '../db/driver';
import { badInput } from '../errors';
import { territoryAround } from '../network/document-queries';
import { exportFormat } from '../transfer/export';
import type { ExportedFile } from '../transfer/export-service';
import { readRound, type SurveyRecord } from './survey-queries';
import { refuseWhileOpen, surveyCollaborations } from './survey-results';
import { surveyOrThrow, todayInRome } from './survey-service';

/** What the survey's network may be downloaded as: the graph files Gephi, yEd and networkx read. */
export const SURVEY_NETWORK_FORMATS = ['gexf', 'graphml'] as const;

/** The survey's organisations as the export's actors (a Comune among the partners too). */
async function surveyActors(
	tx: Parameters<Parameters<typeof readTx>[0]>[0],
	orgIds: readonly string[]
): Promise<ActorRecord[]> {
	const r = await tx.run(
		`MATCH (a:Actor) WHERE a.id IN $orgIds
		 RETURN {id: a.id, name: a.name, kind: a.kind, taxCode: a.taxCode, seatIstat: a.seatIstat,
		   activeInAmbitoIds: [], tags: coalesce(a.tags, []), notes: a.notes,
		   fictional: coalesce(a.fictional, false)} AS row ORDER BY a.name`,
		{ orgIds }
	);
	return r.records.map((x) => x.get('row') as ActorRecord);
}

/** The day the ties are dated: the closing day, or today while the survey is open. */
const dayOf = (s: SurveyRecord) =>
	s.closedAt === null ? todayInRome() : todayInRome(new Date(s.closedAt));

/**
 * The survey's network as a graph file (issue 19: «the network with survey weights as GEXF/GraphML»):
 * its organisations as nodes, its ties as the collaborations closing writes (level as strength and
 * weight, trust and value; an anonymous survey's ties carry the level only). It follows the results'
 * rule: an anonymous survey's network only once closed. Written by the export's own writers, in
 * their collaborations view (actors and their ties, undirected).
 */
export async function surveyNetworkFile(
	surveyId: string,
	formatId: string,
	generatedAt: string
): Promise<ExportedFile> {
	const format = (SURVEY_NETWORK_FORMATS as readonly string[]).includes(formatId)
		? exportFormat(formatId)
		: undefined;
	if (!format)
		throw badInput([
			{
				field: 'format',
				message: `formato sconosciuto "${formatId}": usa ${SURVEY_NETWORK_FORMATS.join(', ')} / unknown format`
			}
		]);
	const survey = await surveyOrThrow(surveyId);
	refuseWhileOpen(survey);
	const { actors, collaborations, territory } = await readTx(async (tx) => {
		const round = await readRound(tx, survey);
		const actors = await surveyActors(
			tx,
			round.organisations.map((o) => o.id)
		);
		const collaborations: CollaborationRecord[] = surveyCollaborations(
			survey,
			round,
			dayOf(survey)
		);
		const territory = await territoryAround(tx, { ...emptyDocument(), actors });
		return { actors, collaborations, territory };
	});
	const rendered = await format.render({
		document: { ...emptyDocument(), actors, collaborations },
		territory,
		generatedAt,
		title: `Trama — ${survey.title}`,
		view: 'collaborations'
	});
	return {
		fileName: `rete-${slugify(survey.title)}.${format.extension}`,
		mediaType: format.mediaType,
		bytes: typeof rendered === 'string' ? new TextEncoder().encode(rendered) : rendered
	};
}
