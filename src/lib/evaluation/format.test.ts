import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditValue, formatInput, roleLabel, statusLabel } from './format';

describe('evaluation words', () => {
	it('shows audit values in words and the language’s numbers, never "draft → final (33.9)"', () => {
		expect(auditValue('draft', 'it')).toBe('Bozza');
		expect(auditValue('final (33.9)', 'it')).toBe('Definitiva (33,9)');
		expect(auditValue('final (33.9)', 'en')).toBe('Final (33.9)');
		expect(auditValue('final (n.v.)', 'it')).toBe('Definitiva (n.v.)');
		expect(auditValue('72.25', 'it')).toBe('72,3');
		expect(auditValue('n.v.', 'en')).toBe('n.a.');
		expect(auditValue('Note libere', 'en')).toBe('Note libere');
		expect(auditValue(null, 'it')).toBe('');
	});
	it('names statuses, actions and roles', () => {
		expect(statusLabel('final', 'en')).toBe('Final');
		expect(auditActionLabel('reopen', 'it')).toBe('Riaperta in bozza');
		expect(auditActionLabel('unknown', 'it')).toBe('unknown');
		expect(roleLabel('capofila', 'en')).toBe('Lead partner');
	});
	it('shows inputs with a decimal comma in Italian', () => {
		expect(formatInput('0.5', 'it')).toBe('0,5');
		expect(formatInput('true', 'it')).toBe('sì');
		expect(formatInput('["a","b"]', 'en')).toBe('a, b');
	});
});
