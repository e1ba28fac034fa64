import { describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../auth/policy';
import { resumeOnce, withResumedSession, type ResumedSession } from './request-session';

const session: ResumedSession = {
	viewer: { id: 'u1', name: 'Anna' } as Viewer,
	sessionId: 's1'
};
const other: ResumedSession = { viewer: { id: 'u2', name: 'Bruno' } as Viewer, sessionId: 's2' };

/** A stand-in for the Neo4j lookup, counting its calls (the sessions' own tests use Neo4j). */
const lookup = () => vi.fn(async (_token: string) => other);

describe('a page request resumes its session once', () => {
	it('gives the GET page’s session to its sub-requests with the same cookie', async () => {
		const resume = lookup();
		const seen = await withResumedSession('GET', 'tok', session, () =>
			resumeOnce('tok', true, resume)
		);
		expect(seen).toBe(session);
		expect(resume).not.toHaveBeenCalled();
	});

	it('passes on a missing session as well (an expired cookie stays signed out)', async () => {
		const resume = lookup();
		expect(
			await withResumedSession('GET', 'tok', null, () => resumeOnce('tok', true, resume))
		).toBeNull();
		expect(resume).not.toHaveBeenCalled();
	});

	it('looks up another cookie, a request of its own, and a sub-request of a form action', async () => {
		const resume = lookup();
		await withResumedSession('GET', 'tok', session, async () => {
			expect(await resumeOnce('other', true, resume)).toBe(other);
			expect(await resumeOnce('tok', false, resume)).toBe(other);
		});
		expect(
			await withResumedSession('POST', 'tok', session, () => resumeOnce('tok', true, resume))
		).toBe(other);
		expect(await resumeOnce('tok', true, resume)).toBe(other);
		expect(resume).toHaveBeenCalledTimes(4);
	});
});
