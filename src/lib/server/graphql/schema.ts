import { applyAuthorization } from '../auth/rules';
import { builder } from './builder';
import './health';
import '../territory/territory-fields';
import '../territory/geography-fields';
import './vocabulary';
import '../network/network-fields';
import '../network/entity-fields';
import '../network/project-fields';
import '../network/partner-fields';
import '../evaluation/scoring-fields';
import '../evaluation/what-if-fields';
import '../evaluation/evaluation-fields';
import '../transfer/transfer-fields';
import '../accounts/account-fields';
import '../network/map-layout-fields';
import '../workshops/workshop-fields';
import '../surveys/survey-fields';
import '../surveys/survey-results-fields';
import '../surveys/survey-export-fields';

/** Every root field runs the rule it declares first (auth/rules.ts); one without a rule stops the start. */
export const schema = applyAuthorization(builder.toSchema());
