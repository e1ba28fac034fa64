import { builder } from './builder';
import './types/health';
import './types/territory';
import './types/vocabulary';
import './types/network';
import './types/network-mutations';

export const schema = builder.toSchema();
