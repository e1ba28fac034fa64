// Relational surveys (rilevazioni, issue 19): a survey, its respondents (one per organisation, with
// the SHA-256 of their personal link's token) and their answers, one node per (respondent, other
// organisation), so each answer saved on a phone MERGEs onto its own node.
CREATE CONSTRAINT survey_id IF NOT EXISTS FOR (s:Survey) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT survey_respondent_id IF NOT EXISTS FOR (r:SurveyRespondent) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT survey_respondent_token IF NOT EXISTS FOR (r:SurveyRespondent) REQUIRE r.tokenHash IS UNIQUE;
CREATE CONSTRAINT survey_respondent_key IF NOT EXISTS FOR (r:SurveyRespondent) REQUIRE r.key IS UNIQUE;
CREATE INDEX survey_respondent_survey IF NOT EXISTS FOR (r:SurveyRespondent) ON (r.surveyId);
CREATE CONSTRAINT survey_answer_key IF NOT EXISTS FOR (a:SurveyAnswer) REQUIRE a.key IS UNIQUE;
CREATE INDEX survey_answer_survey IF NOT EXISTS FOR (a:SurveyAnswer) ON (a.surveyId);
