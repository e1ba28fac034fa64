import { describe, expect, it } from 'vitest';
import { contributionStatusLabel, workshopStatusLabel, workshopStepLabel } from './labels';

describe('workshop states in words (Italian outside a request)', () => {
	it('never shows the ids "open", "pending", "actors"', () => {
		expect(workshopStatusLabel('open')).toBe('aperto');
		expect(workshopStatusLabel('committed')).toBe('salvato nella mappa');
		expect(contributionStatusLabel('pending')).toBe('da rivedere');
		expect(workshopStepLabel('actors')).toBe('Soggetti');
		expect(workshopStatusLabel('new-state')).toBe('new-state');
	});
});
