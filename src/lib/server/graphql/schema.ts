import { builder } from './builder';
import './types/health';
import './types/territory';

export const schema = builder.toSchema();
