import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SECTORS, TERRITORIAL_KIND_IDS } from '../../src/lib/domain';
import { territorialLevel } from '../../src/lib/map/palette';
import { NETWORK_QUERY, networkVariables, type AmbitoMapData } from '../../src/lib/map/queries';
import type { MapEdge, MapGraph, MapNode } from '../../src/lib/map/types';
import { launchBrowser } from '../helpers/browser';
import { createTestAccount, signedInContext } from '../helpers/browser-session';
import { AMBITO, CREMA_ISTAT, gqlAs, mapReady, mapUrl, poll, status } from '../helpers/map-page';

/**
 * The map's analysis and editing features, each checked against facts computed here from the
 * GraphQL API (not from the page's own code): a partnership with its gaps, two periods compared, the
 * shortest path, editing in place with undo across reloads, deleting with restore.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every console message of every page of the signed-in context. */
const consoleMessages: string[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
	const account = await createTestAccount(['ufficio_di_piano'], [AMBITO]);
	context = await signedInContext(browser, account, { viewport: { width: 1400, height: 900 } });
	context.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
	// Counts the page's writes to the address bar (SvelteKit's own start-up call passes no URL).
	await context.addInitScript(() => {
		const w = window as unknown as { __urlWrites: string[] };
		w.__urlWrites = [];
		for (const method of ['pushState', 'replaceState'] as const) {
			const original = history[method].bind(history);
			history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
				if (url !== undefined && url !== null) w.__urlWrites.push(String(url));
				original(data, unused, url);
			};
		}
	});
	page = await context.newPage();
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

const gql = <T>(query: string | { toString(): string }, variables: Record<string, unknown> = {}) =>
	gqlAs<T>(context, query, variables);
const network = async (): Promise<MapGraph> =>
	(await gql<AmbitoMapData>(NETWORK_QUERY, networkVariables(AMBITO))).ambitoNetwork!;
const urlWrites = (p: Page) =>
	p.evaluate(() => (window as unknown as { __urlWrites: string[] }).__urlWrites.length);
const sorted = (xs: Iterable<string>) => [...xs].sort();

/** Ids of the drawn elements matching a cytoscape selector: what the canvas really marks. */
const drawn = (p: Page, selector: string) =>
	p.evaluate((sel) => {
		const canvas = document.querySelector('[data-testid="map-canvas"]') as HTMLElement & {
			_cyreg?: { cy?: { $: (s: string) => Array<{ id: () => string }> } };
		};
		const cy = canvas._cyreg?.cy;
		if (!cy) throw new Error('no cytoscape instance on the canvas');
		return cy
			.$(sel)
			.map((e) => e.id())
			.sort();
	}, selector);

async function openMap(p: Page, query = '') {
	await p.goto(mapUrl(`?ambito=${AMBITO}${query}`));
	await mapReady(p);
}

/** Opens a node's side panel from the table view (same nodes as the canvas), back on the map. */
async function openPanel(p: Page, label: string) {
	await p.locator('[data-testid="view-table"]').click();
	await p
		.locator('[data-testid="map-table"]')
		.getByRole('button', { name: label, exact: true })
		.first()
		.click();
	await poll(() => p.locator('#map-panel-title').innerText()).toBe(label);
	await p.getByRole('button', { name: 'Mappa', exact: true }).click();
}

async function searchCount(p: Page, text: string): Promise<string> {
	await p.locator('[data-testid="map-search"]').fill(text);
	const count = p.locator('[data-testid="search-count"]');
	await poll(() => count.count()).toBe(1);
	return count.innerText();
}

async function undoAndWait(p: Page) {
	await p.locator('[data-testid="undo"]').click();
	await poll(() => status(p), { timeout: 30_000 }).toMatch(/Modifica annullata/);
}

const isTerritory = (n: MapNode) => territorialLevel(n) <= 5;
const isEditableActor = (n: MapNode) =>
	n.type === 'actor' && !TERRITORIAL_KIND_IDS.some((k) => k === n.kind);

describe('a project’s partnership with what is missing', () => {
	it('marks exactly its partners and the Comuni its scorecard finds uncovered, and names absent sectors', async () => {
		const graph = await network();
		const projects = graph.nodes.filter((n) => n.type === 'project');
		// the first project whose scorecard names uncovered Comuni: a highlight with gaps to show
		let chosen: { node: MapNode; comuni: Set<string> } | null = null;
		for (const node of projects) {
			const d = await gql<{
				scorecard: { criteria: Array<{ suggestions: Array<{ comuni: string[] | null }> }> };
			}>('query ($id: ID!) { scorecard(projectId: $id) { criteria { suggestions { comuni } } } }', {
				id: node.id
			});
			const comuni = new Set(
				d.scorecard.criteria.flatMap((c) => c.suggestions.flatMap((s) => s.comuni ?? []))
			);
			if (comuni.size) {
				chosen = { node, comuni };
				break;
			}
		}
		expect(chosen, 'a demo project with uncovered Comuni').not.toBeNull();
		const { node: project, comuni } = chosen!;
		const partners = await gql<{
			project: { partnerships: Array<{ actor: { id: string; sector: string | null } }> };
		}>('query ($id: ID!) { project(id: $id) { partnerships { actor { id sector } } } }', {
			id: project.id
		});
		const partnerIds = new Set(partners.project.partnerships.map((p) => p.actor.id));
		const uncovered = graph.nodes
			.filter((n) => n.kind === 'comune' && n.istat && comuni.has(n.istat))
			.map((n) => n.id);
		const present = new Set(partners.project.partnerships.map((p) => p.actor.sector));
		const absent = SECTORS.filter((s) => !present.has(s.id)).map((s) => s.label.it);
		expect(partnerIds.size).toBeGreaterThan(1);
		expect(uncovered.length).toBeGreaterThan(0);

		await openMap(page);
		await openPanel(page, project.label);
		await page.locator('[data-testid="highlight-project"]').click();
		const gaps = page.locator('[data-testid="gaps"]');
		await poll(() => gaps.count()).toBe(1);

		expect(await drawn(page, 'node.partner')).toEqual(sorted(partnerIds));
		expect(await drawn(page, 'node.gap')).toEqual(sorted(uncovered));
		const text = await gaps.innerText();
		expect(text).toContain(`Partner: ${partnerIds.size}`);
		expect(text).toContain(`Comuni non coperti: ${uncovered.length}`);
		expect(text).toContain(`Settori assenti: ${absent.join(', ') || '—'}`);
		// everything else fades: the partnership stands out
		const faded = await drawn(page, 'node.faded');
		expect(faded).not.toContain(project.id);
		expect(faded.some((id) => partnerIds.has(id))).toBe(false);

		// the highlight is in the URL and comes back from it
		await poll(async () => new URL(page.url()).searchParams.get('highlight')).toBe(project.id);
		const restored = await context.newPage();
		await restored.goto(page.url());
		await mapReady(restored);
		await poll(() => drawn(restored, 'node.partner')).toEqual(sorted(partnerIds));
		expect(await drawn(restored, 'node.gap')).toEqual(sorted(uncovered));
		await restored.close();
	});
});

/** Whether a dated interval [since, until] (open ends) overlaps a triennio. */
function overlaps(since: string | null, until: string | null, triennio: string) {
	const [from, to] = triennio.split('-');
	return (
		(since === null || since.slice(0, 10) <= `${to}-12-31`) &&
		(until === null || until.slice(0, 10) >= `${from}-01-01`)
	);
}

describe('two periods compared', () => {
	it('marks as new and ended exactly the ties that started and ended between two trienni', async () => {
		const graph = await network();
		const byId = new Map(graph.nodes.map((n) => [n.id, n]));
		const trienni = sorted(new Set(graph.nodes.flatMap((n) => (n.triennio ? [n.triennio] : []))));
		expect(trienni.length).toBeGreaterThanOrEqual(2);
		const [before, after] = [trienni[0]!, trienni.at(-1)!];
		// A node exists in a triennio unless it is a project of another one; a tie exists when both
		// ends do and its dates (or, undated, its project's triennio) overlap it; the territory always.
		const nodeIn = (n: MapNode | undefined, t: string) => {
			if (!n) return false;
			if (n.type !== 'project' || !n.triennio) return true;
			const [from, to] = n.triennio.split('-');
			return overlaps(`${from}-01-01`, `${to}-12-31`, t);
		};
		const tieIn = (e: MapEdge, t: string) => {
			if (!nodeIn(byId.get(e.source), t) || !nodeIn(byId.get(e.target), t)) return false;
			if (e.since !== null || e.until !== null) return overlaps(e.since, e.until, t);
			return true;
		};
		const added = graph.edges.filter((e) => tieIn(e, after) && !tieIn(e, before)).map((e) => e.id);
		const ended = graph.edges.filter((e) => tieIn(e, before) && !tieIn(e, after)).map((e) => e.id);
		expect(added.length).toBeGreaterThan(0);
		expect(ended.length).toBeGreaterThan(0);

		await openMap(page);
		await page.getByText('Confronta due periodi', { exact: true }).first().click();
		await page.locator('[data-testid="diff-toggle"]').check();
		await poll(() => page.locator('[data-testid="diff-counts"]').count()).toBe(1);
		await poll(() => drawn(page, 'edge.added')).toEqual(sorted(added));
		expect(await drawn(page, 'edge.ended')).toEqual(sorted(ended));
		expect(await page.locator('[data-testid="diff-counts"]').innerText()).toBe(
			`Legami nuovi: ${added.length} · Legami conclusi: ${ended.length}`
		);
		await poll(async () => new URL(page.url()).searchParams.get('diff')).toBe(
			`${before}..${after}`
		);
		await page.locator('[data-testid="diff-toggle"]').uncheck();
	});
});

describe('the shortest path between two actors', () => {
	it('shows a path as long as a breadth-first search over the GraphQL edges, avoiding the territory', async () => {
		const graph = await network();
		const byId = new Map(graph.nodes.map((n) => [n.id, n]));
		const neighbours = new Map<string, Set<string>>();
		for (const e of graph.edges)
			for (const [a, b] of [
				[e.source, e.target],
				[e.target, e.source]
			] as const) {
				if (!neighbours.has(a)) neighbours.set(a, new Set());
				neighbours.get(a)!.add(b);
			}
		const ends = graph.nodes
			.filter((n) => n.type === 'actor' && !isTerritory(n))
			.sort((a, b) => a.label.localeCompare(b.label, 'it'));
		/** Distances from a node, passing only through nodes that are not territory. */
		const bfs = (from: string) => {
			const dist = new Map([[from, 0]]);
			let frontier = [from];
			while (frontier.length) {
				const next: string[] = [];
				for (const id of frontier) {
					if (id !== from && isTerritory(byId.get(id)!)) continue;
					for (const other of neighbours.get(id) ?? [])
						if (!dist.has(other)) {
							dist.set(other, dist.get(id)! + 1);
							next.push(other);
						}
				}
				frontier = next;
			}
			return dist;
		};
		// the first actor with a reachable actor at least three ties away, and the farthest such one
		let from: MapNode | null = null;
		let to: MapNode | null = null;
		let length = 0;
		for (const start of ends) {
			const dist = bfs(start.id);
			const far = ends
				.filter((n) => (dist.get(n.id) ?? 0) >= 3)
				.sort((a, b) => dist.get(b.id)! - dist.get(a.id)!)[0];
			if (far) {
				[from, to, length] = [start, far, dist.get(far.id)!];
				break;
			}
		}
		expect(from, 'two actors three or more ties apart').not.toBeNull();

		await openMap(page);
		await page.getByText('Percorso più breve', { exact: true }).first().click();
		const form = page.locator('form', {
			has: page.getByRole('button', { name: 'Trova il percorso' })
		});
		// the two selects, "Da" (from) then "A" (to)
		await form.locator('select').nth(0).selectOption(from!.id);
		await form.locator('select').nth(1).selectOption(to!.id);
		await form.getByRole('button', { name: 'Trova il percorso' }).click();
		const steps = page.locator('[data-testid="path-result"] li');
		await poll(() => steps.count()).toBe(length + 1);
		const names = await steps.allInnerTexts();
		expect(names[0]).toBe(from!.label);
		expect(names.at(-1)).toBe(to!.label);

		const pathNodes = await drawn(page, 'node.path');
		expect(pathNodes).toHaveLength(length + 1);
		expect(await drawn(page, 'edge.path')).toHaveLength(length);
		// a real path: the marked nodes are the endpoints plus non-territorial steps, each tied to the next
		expect(pathNodes).toContain(from!.id);
		expect(pathNodes).toContain(to!.id);
		for (const id of pathNodes)
			if (id !== from!.id && id !== to!.id) expect(isTerritory(byId.get(id)!)).toBe(false);
		const labelToId = new Map(pathNodes.map((id) => [byId.get(id)!.label, id]));
		const ordered = names.map((n) => labelToId.get(n)!);
		for (let i = 1; i < ordered.length; i++)
			expect(neighbours.get(ordered[i - 1]!)?.has(ordered[i]!)).toBe(true);
	});
});

describe('editing in place, with undo across reloads', () => {
	const ACTOR = `query ($id: ID!) { actor(id: $id) { id name notes version
		collaborations { id actorA { id } actorB { id } } } }`;
	interface ActorAnswer {
		actor: {
			id: string;
			name: string;
			notes: string | null;
			version: number;
			collaborations: Array<{ id: string; actorA: { id: string }; actorB: { id: string } }>;
		} | null;
	}
	const tied = (a: ActorAnswer['actor'], other: string) =>
		a!.collaborations.some((c) => c.actorA.id === other || c.actorB.id === other);

	it('connects two actors; a reload shows the relation; undo after a reload removes it', async () => {
		const graph = await network();
		const collaborators = (id: string) =>
			new Set(
				graph.edges
					.filter((e) => e.type === 'COLLABORATES_WITH' && (e.source === id || e.target === id))
					.flatMap((e) => [e.source, e.target])
			);
		const actors = graph.nodes
			.filter(isEditableActor)
			.sort((a, b) => a.label.localeCompare(b.label, 'it'));
		const a = actors[0]!;
		const b = actors.find((n) => n.id !== a.id && !collaborators(a.id).has(n.id))!;
		expect(tied((await gql<ActorAnswer>(ACTOR, { id: a.id })).actor, b.id)).toBe(false);

		await openMap(page);
		await openPanel(page, a.label);
		await page.locator('[data-testid="connect-to"]').selectOption(b.id);
		await page.getByRole('button', { name: 'Collega', exact: true }).click();
		await poll(() => status(page)).toMatch(/Collegamento aggiunto/);

		await page.reload();
		await mapReady(page);
		expect(tied((await gql<ActorAnswer>(ACTOR, { id: a.id })).actor, b.id)).toBe(true);
		await openPanel(page, a.label);
		const relations = page.locator('[data-testid="map-panel"] .relations');
		await poll(() => relations.getByRole('button', { name: b.label, exact: true }).count()).toBe(1);

		await undoAndWait(page);
		await page.reload();
		await mapReady(page);
		expect(tied((await gql<ActorAnswer>(ACTOR, { id: a.id })).actor, b.id)).toBe(false);
		await openPanel(page, a.label);
		await poll(() => relations.getByRole('button', { name: b.label, exact: true }).count()).toBe(0);
	});

	it('changes an actor’s properties twice, and undoes both, the second after a reload', async () => {
		const graph = await network();
		const actor = graph.nodes
			.filter(isEditableActor)
			.sort((x, y) => y.label.localeCompare(x.label, 'it'))[0]!;
		const original = (await gql<ActorAnswer>(ACTOR, { id: actor.id })).actor!;
		const renamed = `${original.name} (rinominato)`;

		await openMap(page);
		await openPanel(page, actor.label);
		const edit = async (name: string, notes: string) => {
			await page.locator('[data-testid="edit-actor"]').click();
			const form = page.locator('[data-testid="edit-actor-form"]');
			await form.getByLabel('Nome').fill(name);
			await form.getByLabel('Note').fill(notes);
			await form.getByRole('button', { name: 'Salva' }).click();
			await poll(() => page.locator('#map-panel-title').innerText()).toBe(name);
		};
		await edit(renamed, 'prima modifica');
		await edit(`${renamed} bis`, 'seconda modifica');

		await page.reload();
		await mapReady(page);
		expect((await gql<ActorAnswer>(ACTOR, { id: actor.id })).actor).toMatchObject({
			name: `${renamed} bis`,
			notes: 'seconda modifica'
		});
		expect(await searchCount(page, `${renamed} bis`)).toMatch(/^1 /);
		await page.locator('[data-testid="map-search"]').fill('');

		await undoAndWait(page);
		expect((await gql<ActorAnswer>(ACTOR, { id: actor.id })).actor).toMatchObject({
			name: renamed,
			notes: 'prima modifica'
		});
		await page.reload();
		await mapReady(page);
		// the older edit was made at a version the first undo changed: it still applies
		await undoAndWait(page);
		expect((await gql<ActorAnswer>(ACTOR, { id: actor.id })).actor).toMatchObject({
			name: original.name,
			notes: original.notes
		});
		expect(await page.locator('[data-testid="undo"]').isDisabled()).toBe(true);
	});

	it('adds an actor, finds it after a reload, undoes after the reload, and it is gone after another', async () => {
		const name = `ODV Annulla Dopo Ricarica ${Date.now()}`;
		await openMap(page);
		await page.locator('[data-testid="add-actor"]').click();
		const form = page.locator('[data-testid="add-actor-form"]');
		await form.locator('input[name="name"]').fill(name);
		await form.locator('select[name="seat"]').selectOption(CREMA_ISTAT);
		await form.locator('button[type="submit"]').click();
		await poll(() => page.locator('#map-panel-title').innerText()).toBe(name);

		await page.reload();
		await mapReady(page);
		expect(await searchCount(page, name)).toMatch(/^1 /);
		await page.locator('[data-testid="map-search"]').fill('');
		await undoAndWait(page);
		await page.reload();
		await mapReady(page);
		expect(await searchCount(page, name)).toMatch(/^0 /);
		const found = await gql<{ actors: { totalCount: number } }>(
			'query ($s: String!) { actors(search: $s, first: 1) { totalCount } }',
			{ s: name }
		);
		expect(found.actors.totalCount).toBe(0);
		await page.locator('[data-testid="map-search"]').fill('');
	});
});

describe('deleting an actor', () => {
	/** Everything about an actor a deletion touches, as GraphQL reports it (ids sorted). */
	const STATE = `query ($id: ID!, $ambito: String!) {
		actor(id: $id) { id name kind taxCode seatIstat activeInAmbitoIds tags notes fictional
			partnerships { id role since until commitments { type amount valueEur source beyondFunding description }
				project { id actions { id responsible { id } } } }
			memberships { since until network { id } }
			collaborations { id since until strength trust value source actorA { id } actorB { id } } }
		agreements(ambitoId: $ambito) { id signatories { id } adherents { id } } }`;
	interface StateAnswer {
		actor:
			| ({
					id: string;
					partnerships: Array<{
						id: string;
						project: {
							id: string;
							actions: Array<{ id: string; responsible: Array<{ id: string }> }>;
						};
					}>;
					memberships: unknown[];
					collaborations: Array<{ id: string }>;
			  } & Record<string, unknown>)
			| null;
		agreements: Array<{
			id: string;
			signatories: Array<{ id: string }>;
			adherents: Array<{ id: string }>;
		}>;
	}
	const stateOf = async (id: string) => {
		const d = await gql<StateAnswer>(STATE, { id, ambito: AMBITO });
		const sign = (list: Array<{ id: string }>) => list.some((x) => x.id === id);
		return {
			// lists in a stable order; actions are compared through `responsible` below
			actor: d.actor && {
				...d.actor,
				partnerships: d.actor.partnerships
					.map((p) => ({ ...p, project: { id: p.project.id } }))
					.sort((x, y) => x.id.localeCompare(y.id)),
				memberships: [...d.actor.memberships].sort((x, y) =>
					JSON.stringify(x).localeCompare(JSON.stringify(y))
				),
				collaborations: [...d.actor.collaborations].sort((x, y) => x.id.localeCompare(y.id))
			},
			signed: sorted(d.agreements.filter((g) => sign(g.signatories)).map((g) => g.id)),
			adhered: sorted(d.agreements.filter((g) => sign(g.adherents)).map((g) => g.id)),
			responsible: sorted(
				(d.actor?.partnerships ?? []).flatMap((p) =>
					p.project.actions.filter((x) => sign(x.responsible)).map((x) => x.id)
				)
			)
		};
	};

	// A deletion, a reload and an undo of an actor with every kind of relation: under load it took 60 s.
	it('asks first (keyboard), deletes, and undo after a reload restores it with all its relations', async () => {
		const graph = await network();
		// a demo actor with every kind of relation a deletion removes
		let chosen: { node: MapNode; before: Awaited<ReturnType<typeof stateOf>> } | null = null;
		for (const node of graph.nodes.filter(isEditableActor)) {
			const before = await stateOf(node.id);
			const a = before.actor!;
			if (
				a.partnerships.length &&
				a.memberships.length &&
				a.collaborations.length &&
				before.adhered.length + before.signed.length > 0 &&
				before.responsible.length
			) {
				chosen = { node, before };
				break;
			}
		}
		expect(
			chosen,
			'a demo actor with partnerships, memberships, collaborations, an agreement and an action'
		).not.toBeNull();
		const { node, before } = chosen!;
		// other nodes whose name contains this one's: what the map search finds without it
		const others = graph.nodes.filter(
			(n) => n.id !== node.id && n.label.toLowerCase().includes(node.label.toLowerCase())
		).length;

		await openMap(page);
		await openPanel(page, node.label);
		const deleteButton = page.locator('[data-testid="delete-actor"]');
		const dialog = page.locator('[data-testid="delete-confirm"]');
		await deleteButton.focus();
		await page.keyboard.press('Enter');
		await poll(() => dialog.count()).toBe(1);
		expect(await dialog.getAttribute('role')).toBe('alertdialog');
		expect(await dialog.innerText()).toMatch(/Annulla l’ultima modifica/);
		// the safe choice has the focus; Escape keeps the actor and gives the focus back
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Annulla');
		await page.keyboard.press('Escape');
		await poll(() => dialog.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
			'delete-actor'
		);
		await page.keyboard.press('Enter');
		await poll(() => dialog.count()).toBe(1);
		await page.keyboard.press('Shift+Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
			'delete-confirm-button'
		);
		await page.keyboard.press('Enter');
		await poll(() => status(page)).toMatch(/Ente eliminato/);
		await poll(() => page.locator('[data-testid="map-panel"]').count()).toBe(0);
		expect((await stateOf(node.id)).actor).toBeNull();

		await page.reload();
		await mapReady(page);
		expect(await searchCount(page, node.label)).toMatch(new RegExp(`^${others} `));
		await page.locator('[data-testid="map-search"]').fill('');
		await undoAndWait(page);
		expect(await stateOf(node.id)).toEqual(before);

		await page.reload();
		await mapReady(page);
		expect(await searchCount(page, node.label)).toMatch(new RegExp(`^${others + 1} `));
		await page.locator('[data-testid="map-search"]').fill('');
	}, 120_000);

	it('offers no deletion of territorial bodies', async () => {
		const graph = await network();
		const comune = graph.nodes.find((n) => n.kind === 'comune')!;
		await openMap(page);
		await openPanel(page, comune.label);
		expect(await page.locator('[data-testid="delete-actor"]').count()).toBe(0);
	});
});

describe('the address bar', () => {
	it('is not rewritten on load, nor on every key of a search; the console has no history warning', async () => {
		const fresh = await context.newPage();
		await fresh.goto(mapUrl(`?ambito=${AMBITO}`));
		await mapReady(fresh);
		expect(await urlWrites(fresh)).toBe(0);

		const text = 'cooperativa sociale del territorio cremasco';
		await fresh.locator('[data-testid="map-search"]').pressSequentially(text);
		await poll(async () => new URL(fresh.url()).searchParams.get('q')).toBe(text);
		expect(await urlWrites(fresh)).toBeLessThan(text.length);
		await fresh.close();

		expect(consoleMessages.filter((m) => /pushState|replaceState|history/i.test(m))).toEqual([]);
	});
});
