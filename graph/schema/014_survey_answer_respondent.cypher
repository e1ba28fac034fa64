// A respondent's answers are read by respondent (the tracking's counts, a resumed page, the results):
// without this index every such read scanned every survey's answers.
CREATE INDEX survey_answer_respondent IF NOT EXISTS FOR (a:SurveyAnswer) ON (a.respondentId);
