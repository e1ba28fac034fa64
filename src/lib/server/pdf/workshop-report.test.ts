import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../tests/helpers/pdf-text';
import { workshopReportContent } from '../../workshops/report';
import type { RoomContribution } from '../../workshops/room';
import { contribution } from '../../workshops/test-support';
import { workshopReportPdf } from './workshop-report';

const c = (clientId: string, type: string, payload: unknown, by: string): RoomContribution =>
	contribution(clientId, type, payload, by, { at: 1, status: 'accepted' });

describe('the workshop report as a PDF', () => {
	it('parses, and carries the goals, the towers and the map’s names', async () => {
		const content = workshopReportContent(
			{
				workshop: { name: 'Tavolo anziani', code: 'ABCD2345', status: 'open', createdAt: 0 },
				participants: [{ id: 'p-Anna', name: 'Anna', removed: false }],
				contributions: [
					c('a1', 'actor', { name: 'Auser Crema', kind: 'odv' }, 'Anna'),
					c('r1', 'rating', { actor: 'a1', value: 4 }, 'Anna'),
					c('g1', 'note', { kind: 'goal', text: 'Più trasporti sociali', actor: null }, 'Anna')
				],
				committed: null
			},
			'it'
		);
		const bytes = await workshopReportPdf(content, 'it');
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const { text } = await pdfText(bytes);
		expect(text).toContain('Rapporto del laboratorio «Tavolo anziani»');
		expect(text).toContain('Più trasporti sociali (Anna)');
		expect(text).toContain('Torri dell’influenza');
		expect(text).toContain('Non ancora salvato nella mappa');
		// the map's label, drawn from the SVG, once besides the tables
		expect(text.split('Auser Crema').length - 1).toBeGreaterThanOrEqual(3);
	});
});
