// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Viewer } from '$lib/server/auth/policy';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** UNAVAILABLE: the database could not be reached (hooks.server.ts handleError). */
			code?: string;
		}
		interface Locals {
			/** The signed-in user (hooks.server.ts, from the session cookie), or null. */
			viewer: Viewer | null;
			/** The session id behind `viewer`. */
			sessionId: string | null;
		}
		interface PageData {
			/** Set by a page that fills the screen itself (workshop projector, phones): no site header. */
			bare?: boolean;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
