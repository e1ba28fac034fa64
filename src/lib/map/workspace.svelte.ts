/* eslint-disable svelte/prefer-svelte-reactivity --
   every Map and Set here is built whole inside a $derived and never changed: a change of the state
   derives new ones, so they need no reactivity of their own. */
import type NetworkMap from '../components/map/NetworkMap.svelte';
import { graphql } from '../graphql';
import type { ActorKind } from '../graphql/graphql';
import { GraphQLRequestError, type RunOperation } from '../graphql-client';
import { errorText } from '../i18n/errors';
import { currentLang, type Message } from '../i18n/locale';
import { m } from '../paraglide/messages.js';
import type { ClassMap } from './cy-elements';
import { applyFilters, searchNodes, type ChoiceContext, type MapFilters } from './filters';
import { computeForceLayout } from './force-layout-client';
import { partnershipGaps, type PartnershipGaps } from './gaps';
import {
	concentricPositions,
	groupedPositions,
	mergePositions,
	sectorGroup,
	type LayoutId
} from './layouts';
import { computeMarks } from './marks';
import {
	committedResources,
	degrees,
	nodeSizes,
	summaryCounts,
	workshopInfluence
} from './metrics';
import { shapeClassOf, territorialLevel } from './palette';
import { egoGraph, shortestPath, type Path } from './paths';
import type { AmbitoChoice, AmbitoMapData } from './queries';
import { diffPeriods, periodOfTriennio, sliceGraph, trienniOf } from './time';
import type { MapGraph, Positions } from './types';
import { sessionUndoStore, undoEdit, UndoStack, type MapEdit } from './undo';
import type { MapUrlState } from './url-state';

const CREATE_ACTOR = graphql(`
	mutation MapCreateActor($input: ActorInput!) {
		createActor(input: $input) {
			id
		}
	}
`);
const SAVE_LAYOUT = graphql(`
	mutation MapSaveLayout($ambitoId: ID!, $positionsJson: String!) {
		saveMapLayout(ambitoId: $ambitoId, positionsJson: $positionsJson) {
			positionsJson
			savedAt
		}
	}
`);
const GAP_SUGGESTIONS = graphql(`
	query MapGapSuggestions($id: ID!) {
		scorecard(projectId: $id) {
			criteria {
				suggestions {
					actorIds
					comuni
				}
			}
		}
	}
`);

/** Refusals the server would repeat: the edit is dropped instead of blocking the ones below it. */
const FINAL = new Set(['CONFLICT', 'NOT_FOUND', 'BAD_INPUT', 'FORBIDDEN']);

export interface WorkspaceOptions {
	ambito: AmbitoChoice;
	network: AmbitoMapData;
	initial: MapUrlState;
	/** the Ambito's network read again (after an edit) */
	reload: () => Promise<AmbitoMapData | null>;
	/** sends one GraphQL operation (the page's fetch) */
	request: RunOperation;
	/** where the undo stack survives a reload of the map (the tab's sessionStorage) */
	storage: Storage | null;
}

/**
 * One Ambito's map and everything around it: what is shown (filters, focus, a period compared, a
 * partnership's gaps), the layout, the selection, and editing with undo. The components only read
 * it and call its methods; `view` is what the URL mirrors.
 */
export class MapWorkspaceState {
	readonly ambito: AmbitoChoice;
	readonly #reload: WorkspaceOptions['reload'];
	readonly #request: RunOperation;
	/** The last changes survive a reload of this map, one stack per Ambito. */
	readonly #undo: UndoStack;

	// ---- data
	// raw: replaced whole, never changed in place; a deep proxy over an Ambito's thousands of nodes
	// and edges would slow every read the map makes of them
	data = $state.raw<AmbitoMapData>() as AmbitoMapData;
	readonly base = $derived<MapGraph>(this.data.ambitoNetwork ?? { nodes: [], edges: [] });
	readonly metricsById = $derived(
		new Map((this.data.networkMetrics?.nodes ?? []).map((m) => [m.id, m] as const))
	);
	readonly projectList = $derived(this.data.projects.edges.map((e) => e.node));
	readonly projectAreas = $derived(
		new Map(this.projectList.map((p) => [p.id, p.policyAreas] as const))
	);
	readonly savedPositions = $derived<Positions | null>(
		this.data.mapLayout ? (JSON.parse(this.data.mapLayout.positionsJson) as Positions) : null
	);
	readonly trienni = $derived(trienniOf(this.base));
	readonly fictional = $derived(this.base.nodes.some((n) => n.fictional));

	// ---- view state (mirrored in the URL) and the rest of the interaction
	view = $state<MapUrlState>() as MapUrlState;
	selectedId = $state<string | null>(null);
	pathEnds = $state({ from: '', to: '', avoidTerritory: true });
	path = $state<Path | null | 'none'>(null);
	gaps = $state<PartnershipGaps | null>(null);
	status = $state('');
	layoutRunning = $state(false);
	/** raw, as `data`: every layout and move assigns a new object */
	positions = $state.raw<Positions>({});
	map = $state<ReturnType<typeof NetworkMap> | null>(null);
	undoSize = $state(0);
	undoing = $state(false);
	adding = $state(false);
	/** Each drawn rebuild of the map's elements gives new marks (a rebuild can drop the old ones). */
	rebuilds = $state(0);

	constructor(options: WorkspaceOptions) {
		this.ambito = options.ambito;
		this.#reload = options.reload;
		this.#request = options.request;
		this.data = options.network;
		this.view = { ...options.initial, ambitoId: options.ambito.id };
		this.#undo = new UndoStack(
			20,
			options.storage ? sessionUndoStore(options.ambito.id, options.storage) : null
		);
		this.undoSize = this.#undo.size;
	}

	// ---- what is shown
	readonly visible = $derived.by<MapGraph>(() => {
		const { view, base, projectAreas } = this;
		if (view.diff) {
			const before = periodOfTriennio(view.diff.before);
			const after = periodOfTriennio(view.diff.after);
			let g = applyFilters(base, { ...view.filters, period: null }, projectAreas);
			if (before && after) {
				const a = sliceGraph(g, before);
				const b = sliceGraph(g, after);
				const ids = new Set([...a.nodes, ...b.nodes].map((n) => n.id));
				const edges = new Set([...a.edges, ...b.edges].map((e) => e.id));
				g = {
					nodes: g.nodes.filter((n) => ids.has(n.id)),
					edges: g.edges.filter((e) => edges.has(e.id))
				};
			}
			return g;
		}
		const g = applyFilters(base, view.filters, projectAreas);
		return view.focus ? egoGraph(g, view.focus.nodeId, view.focus.depth) : g;
	});
	readonly diff = $derived.by(() => {
		if (!this.view.diff) return null;
		const a = periodOfTriennio(this.view.diff.before);
		const b = periodOfTriennio(this.view.diff.after);
		return a && b ? diffPeriods(this.visible, a, b) : null;
	});
	readonly degree = $derived(degrees(this.visible));
	readonly sizes = $derived.by(() => {
		const { visible } = this;
		const metric = this.view.size;
		if (metric === 'none') return new Map(visible.nodes.map((n) => [n.id, 26] as const));
		if (metric === 'degree') return nodeSizes(this.degree);
		if (metric === 'resources') return nodeSizes(committedResources(visible));
		if (metric === 'influence') return nodeSizes(workshopInfluence(visible));
		return nodeSizes(
			new Map(
				visible.nodes.map((n) => [n.id, this.metricsById.get(n.id)?.betweenness ?? 0] as const)
			)
		);
	});
	readonly matches = $derived(this.view.search ? searchNodes(this.visible, this.view.search) : []);
	readonly summary = $derived(summaryCounts(this.visible));
	readonly marks = $derived.by<ClassMap>(() => {
		void this.rebuilds;
		return computeMarks({
			graph: this.visible,
			matches: this.matches,
			path: this.path === 'none' ? null : this.path,
			gaps: this.gaps,
			diff: this.diff,
			focusId: this.view.focus?.nodeId ?? null
		});
	});

	// ---- what the controls offer
	readonly choices = $derived.by<ChoiceContext>(() => ({
		graph: this.base,
		projects: this.projectList,
		trienni: this.trienni
	}));
	readonly selectedNode = $derived(
		this.selectedId ? (this.base.nodes.find((n) => n.id === this.selectedId) ?? null) : null
	);
	readonly legendShapes = $derived(new Set(this.visible.nodes.map((n) => shapeClassOf(n).id)));
	readonly legendSectors = $derived(new Set(this.visible.nodes.map((n) => n.sector ?? '')));
	readonly legendEdges = $derived(new Set(this.visible.edges.map((e) => e.type)));
	readonly pathChoices = $derived(
		this.visible.nodes
			.filter((n) => territorialLevel(n) > 5)
			.sort((a, b) => a.label.localeCompare(b.label, currentLang()))
	);
	nameOf = (id: string) => this.base.nodes.find((n) => n.id === id)?.label ?? id;

	setFilters(filters: MapFilters) {
		this.view.filters = filters;
	}
	select = (id: string | null) => {
		this.selectedId = id;
		if (id) this.map?.centerOn(id);
	};
	focusOn = (id: string) => {
		this.view.focus = { nodeId: id, depth: this.view.focus?.depth ?? 1 };
	};

	// ---- layouts: every one ends as positions for the whole Ambito, so filtering never moves nodes
	#layoutToken = 0;
	/**
	 * The force layout's worker starts once the canvas has drawn its first frame: its seconds of
	 * work would otherwise share the cores with the first draw (2 cores: the page then draws later).
	 * A canvas that is not shown (table, geography) draws nothing to wait for.
	 */
	#markDrawn: () => void = () => {};
	readonly #canvasDrawn = new Promise<void>((resolve) => (this.#markDrawn = resolve));
	/** The canvas drew a rebuild of its elements (each one gets new marks). */
	mapDrawn = () => {
		this.rebuilds++;
		this.#markDrawn();
	};
	async runLayout(kind: LayoutId) {
		const token = ++this.#layoutToken;
		const { base } = this;
		const seed = concentricPositions(base.nodes);
		if (kind === 'concentric') this.positions = seed;
		else if (kind === 'sector') this.positions = groupedPositions(base.nodes, sectorGroup);
		else if (kind === 'community')
			this.positions = groupedPositions(base.nodes, (n) =>
				String(this.metricsById.get(n.id)?.community ?? '~')
			);
		else if (kind === 'saved' && this.savedPositions)
			this.positions = mergePositions(base.nodes, this.savedPositions, seed);
		else {
			// draw at once on the seed, then move to the force layout computed in the worker
			if (!Object.keys(this.positions).length) this.positions = seed;
			this.layoutRunning = true;
			await this.#canvasDrawn;
			if (token !== this.#layoutToken) return;
			const force = await computeForceLayout(base, seed);
			if (token !== this.#layoutToken) return;
			this.positions = force;
			this.layoutRunning = false;
		}
	}
	/** The layout the URL asked for, when the map opens (the saved one only if there is one). */
	startLayout() {
		if (this.view.view !== 'map' || this.view.vista === 'geografia') this.#markDrawn();
		void this.runLayout(
			this.view.layout === 'saved' && !this.savedPositions ? 'force' : this.view.layout
		);
	}
	chooseLayout(kind: LayoutId) {
		this.view.layout = kind;
		this.layoutRunning = false;
		void this.runLayout(kind);
	}

	/** New nodes after an edit go next to a neighbour; known ones keep their place. */
	#placeNewcomers(graph: MapGraph) {
		const next: Positions = { ...this.positions };
		for (const n of graph.nodes) {
			if (next[n.id]) continue;
			const neighbour = graph.edges
				.filter((e) => e.source === n.id || e.target === n.id)
				.map((e) => (e.source === n.id ? e.target : e.source))
				.find((id) => next[id]);
			const at = neighbour ? next[neighbour]! : { x: 0, y: 0 };
			next[n.id] = { x: at.x + 40 + Math.random() * 20, y: at.y + 40 + Math.random() * 20 };
		}
		this.positions = next;
	}

	async #refresh() {
		const fresh = await this.#reload();
		if (fresh) {
			this.data = fresh;
			this.#placeNewcomers(this.base);
		}
	}

	// ---- editing
	#say(message: Message, extra = '') {
		this.status = message() + (extra ? ` ${extra}` : '');
	}
	#failed(e: unknown, message: Message = m.mapError) {
		this.status = `${message()}: ${errorText(e)}`;
	}
	/** The node is gone from the network: nothing may stay selected or focused on it. */
	#forget(actorId: string) {
		if (this.selectedId === actorId) this.selectedId = null;
		if (this.view.focus?.nodeId === actorId) this.view.focus = null;
	}
	edited = async (edit: MapEdit, message: Message) => {
		this.#undo.push(edit);
		this.undoSize = this.#undo.size;
		if (edit.type === 'deleteActor') this.#forget(edit.actorId);
		this.#say(message);
		await this.#refresh();
	};
	undoLast = async () => {
		const edit = this.#undo.peek();
		if (!edit || this.undoing) return;
		this.undoing = true;
		try {
			const rebase = await undoEdit(edit, this.#request);
			this.#undo.pop();
			if (rebase) this.#undo.rebase(rebase);
			if (edit.type === 'createActor') this.#forget(edit.actorId);
			if (edit.type === 'deleteActor') this.selectedId = edit.actorId;
			this.#say(m.mapUndone);
			await this.#refresh();
		} catch (e) {
			const final = e instanceof GraphQLRequestError && e.codes.some((c) => FINAL.has(c));
			if (final) this.#undo.pop();
			this.#failed(e, final ? m.mapUndoDropped : m.mapError);
		} finally {
			this.undoSize = this.#undo.size;
			this.undoing = false;
		}
	};
	/** Creates an actor active in this Ambito; true when done (the form then closes). */
	async addActor(actor: { name: string; kind: ActorKind; seatIstat: string }): Promise<boolean> {
		try {
			const d = await this.#request(CREATE_ACTOR, {
				input: {
					name: actor.name,
					kind: actor.kind,
					seatIstat: actor.seatIstat || null,
					activeInAmbitoIds: [this.ambito.id]
				}
			});
			const id = d.createActor.id;
			await this.edited({ type: 'createActor', actorId: id, name: actor.name }, m.mapCreated);
			this.adding = false;
			this.selectedId = id;
			return true;
		} catch (e) {
			this.#failed(e);
			return false;
		}
	}
	savePositions = async () => {
		if (!this.map) return;
		const current = { ...this.positions, ...this.map.currentPositions() };
		try {
			const d = await this.#request(SAVE_LAYOUT, {
				ambitoId: this.ambito.id,
				positionsJson: JSON.stringify(current)
			});
			this.data = { ...this.data, mapLayout: d.saveMapLayout };
			this.#say(m.mapPositionsSaved);
		} catch (e) {
			this.#failed(e);
		}
	};

	// ---- highlight of a project's partnership with its scorecard's gaps
	highlight = async (projectId: string) => {
		try {
			const d = await this.#request(GAP_SUGGESTIONS, { id: projectId });
			this.gaps = partnershipGaps(
				this.visible,
				projectId,
				d.scorecard.criteria.flatMap((c) => c.suggestions)
			);
		} catch {
			// without a scorecard the partnership is still worth seeing
			this.gaps = partnershipGaps(this.visible, projectId, []);
		}
		this.view.highlightProject = projectId;
	};
	clearHighlight = () => {
		this.gaps = null;
		this.view.highlightProject = null;
	};

	findPath() {
		const through = this.pathEnds.avoidTerritory
			? (id: string) => {
					const n = this.visible.nodes.find((x) => x.id === id);
					return !n || territorialLevel(n) > 5;
				}
			: undefined;
		this.path = shortestPath(this.visible, this.pathEnds.from, this.pathEnds.to, through) ?? 'none';
	}
}
