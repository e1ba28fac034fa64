import { describe, expect, it } from 'vitest';
import { appNodeArgs } from './app-memory';

describe('the app’s heap (app-memory.ts)', () => {
	it('is limited to 1 GB unless TRAMA_APP_HEAP says otherwise', () => {
		expect(appNodeArgs({})).toEqual(['--max-old-space-size=1024']);
		expect(appNodeArgs({ TRAMA_APP_HEAP: '2g' })).toEqual(['--max-old-space-size=2048']);
		expect(appNodeArgs({ TRAMA_APP_HEAP: '768m' })).toEqual(['--max-old-space-size=768']);
	});

	it('refuses a size it cannot read, naming the variable', () => {
		expect(() => appNodeArgs({ TRAMA_APP_HEAP: 'tanta' })).toThrow(/TRAMA_APP_HEAP="tanta"/);
	});
});
