import { readTx, writeTx } from '../../src/lib/server/db/driver';

/** The first Ambito of the reference data (by id): where the survey tests place their networks. */
export const firstAmbitoId = () =>
	readTx(async (tx) =>
		String(
			(await tx.run(`MATCH (a:Ambito) RETURN a.id AS id ORDER BY a.id LIMIT 1`)).records[0]!.get(
				'id'
			)
		)
	);

/** Removes the surveys of a project or network with their respondents and answers. */
export const removeSurveysOf = (subjectId: string) =>
	writeTx((tx) =>
		tx.run(
			`MATCH (s:Survey {subjectId: $subjectId})
			 OPTIONAL MATCH (r:SurveyRespondent {surveyId: s.id})
			 OPTIONAL MATCH (x:SurveyAnswer {surveyId: s.id})
			 DETACH DELETE s, r, x`,
			{ subjectId }
		)
	);
