import { applyAuthorization } from '../auth/rules';
import { builder } from './builder';
import './types/health';
import './types/territory';
import './types/vocabulary';
import './types/network';
import './types/network-mutations';
import './types/scoring';
import './types/evaluations';
import './types/transfer';
import './types/accounts';
import './types/map';
import './types/workshops';

/** Every Query and Mutation field runs its authorization rule first (auth/rules.ts). */
export const schema = applyAuthorization(builder.toSchema());
