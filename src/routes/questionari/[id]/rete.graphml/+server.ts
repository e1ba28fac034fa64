import { networkDownload } from '../answers-download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => networkDownload(event, 'graphml');
