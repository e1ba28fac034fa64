import type { ObjectRef } from '@pothos/core';
import { badInput } from '../errors';
import { builder, type TramaSchemaTypes } from './builder';

/** Relay-style lists: `edges { node cursor }`, `pageInfo`, `totalCount`. Cursors are opaque offsets. */
export interface Page<T> {
	items: T[];
	offset: number;
	hasNextPage: boolean;
	total: number;
}

const PageInfo = builder
	.objectRef<{
		hasNextPage: boolean;
		hasPreviousPage: boolean;
		startCursor: string | null;
		endCursor: string | null;
	}>('PageInfo')
	.implement({
		fields: (t) => ({
			hasNextPage: t.exposeBoolean('hasNextPage'),
			hasPreviousPage: t.exposeBoolean('hasPreviousPage'),
			startCursor: t.exposeString('startCursor', { nullable: true }),
			endCursor: t.exposeString('endCursor', { nullable: true })
		})
	});

export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined): number {
	if (!cursor) return 0;
	const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
	if (!match) throw badInput([{ field: 'after', message: 'cursore non valido / invalid cursor' }]);
	return Number(match[1]) + 1;
}

export const MAX_PAGE = 200;
export function pageSize(first: number | null | undefined, fallback = 50): number {
	const n = first ?? fallback;
	if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE)
		throw badInput([
			{ field: 'first', message: `tra 1 e ${MAX_PAGE} / between 1 and ${MAX_PAGE}` }
		]);
	return n;
}

export function connectionType<T>(name: string, nodeRef: ObjectRef<TramaSchemaTypes, T>) {
	const Edge = builder.objectRef<{ node: T; cursor: string }>(`${name}Edge`).implement({
		// Pothos cannot resolve its result type for a generic T; the ref guarantees the shape.
		fields: (t) => ({
			node: t.field({ type: nodeRef, resolve: (e) => e.node as never }),
			cursor: t.exposeString('cursor')
		})
	});
	return builder.objectRef<Page<T>>(`${name}Connection`).implement({
		fields: (t) => ({
			edges: t.field({
				type: [Edge],
				resolve: (p) => p.items.map((node, i) => ({ node, cursor: encodeCursor(p.offset + i) }))
			}),
			pageInfo: t.field({
				type: PageInfo,
				resolve: (p) => ({
					hasNextPage: p.hasNextPage,
					hasPreviousPage: p.offset > 0,
					startCursor: p.items.length ? encodeCursor(p.offset) : null,
					endCursor: p.items.length ? encodeCursor(p.offset + p.items.length - 1) : null
				})
			}),
			totalCount: t.exposeInt('total')
		})
	});
}
