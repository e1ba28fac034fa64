import { ACTOR_KIND_BY_ID, isActorKindId } from '../domain/actor-kinds';
import type { ReportTable } from '../evaluation/report-content';
import { formatDateTime, formatNumber } from '../i18n/format';
import { localized, type Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';
import { contributionStatusLabel, workshopStatusLabel } from './labels';
import type { RatingPayload, RelationPayload } from './payloads';
import { reportMapSvg } from './report-map';
import {
	resolveRef,
	roomActors,
	roomNotes,
	roomRelations,
	roomTowers,
	type Room,
	type RoomContribution
} from './room';
import { latestRatings } from './towers';

/** What the report reads: the room (as the facilitator's page has it) and what the commit left. */
export interface ReportInput {
	workshop: { name: string; code: string; status: string; createdAt: number };
	participants: Array<{ id: string; name: string; removed: boolean }>;
	contributions: RoomContribution[];
	committed: {
		participantCount: number;
		committedAt: number;
		actorsAdded: number;
		collaborationsAdded: number;
		actorsRated: number;
		notes: number;
	} | null;
}

/** A disagreement between participants, as data: who said what about the same thing. */
export type Disagreement =
	| { kind: 'influence'; actor: string; ratings: Array<{ by: string; value: number }> }
	| { kind: 'relation'; a: string; b: string; drawn: Array<{ by: string; strength: number }> }
	| { kind: 'rejected'; a: string; b: string; by: string };

/**
 * Disagreements the data can show: an actor whose influence ratings spread 3 points or more (the
 * towers' rule), the same tie drawn by several people with strengths 2 or more apart, and a tie a
 * participant drew that the room's review turned down.
 */
export function disagreements(room: Room, nameOf: (ref: string) => string): Disagreement[] {
	const out: Disagreement[] = [];
	const byParticipant = new Map(room.contributions.map((c) => [c.id, c.participantName]));
	const ratings = room.contributions
		.filter((c) => c.type === 'rating' && c.status !== 'rejected')
		.map((c) => {
			const p = JSON.parse(c.payloadJson) as RatingPayload;
			return {
				participantId: c.participantId ?? '',
				actor: resolveRef(room, p.actor),
				value: p.value,
				at: c.at,
				by: c.participantName
			};
		});
	const latest = latestRatings(ratings) as typeof ratings;
	for (const t of roomTowers(room))
		if (t.disagreement)
			out.push({
				kind: 'influence',
				actor: nameOf(t.actor),
				ratings: latest
					.filter((r) => r.actor === t.actor)
					.map((r) => ({ by: r.by, value: r.value }))
					.sort((a, b) => a.value - b.value)
			});
	const pairs = new Map<string, Array<{ by: string; strength: number }>>();
	for (const r of roomRelations(room)) {
		if (r.existing || r.a === r.b) continue;
		const key = [r.a, r.b].sort().join('\u0000');
		const c = room.contributions.find((x) => x.id === r.id)!;
		const strength = (JSON.parse(c.payloadJson) as RelationPayload).strength;
		if (strength !== null) pairs.set(key, [...(pairs.get(key) ?? []), { by: r.by, strength }]);
	}
	for (const [key, drawn] of pairs) {
		const values = drawn.map((d) => d.strength);
		if (Math.max(...values) - Math.min(...values) < 2) continue;
		const [a, b] = key.split('\u0000') as [string, string];
		out.push({ kind: 'relation', a: nameOf(a), b: nameOf(b), drawn });
	}
	for (const c of room.contributions) {
		if (c.type !== 'relation' || c.status !== 'rejected' || !c.participantId) continue;
		const p = JSON.parse(c.payloadJson) as RelationPayload;
		out.push({
			kind: 'rejected',
			a: nameOf(resolveRef(room, p.a)),
			b: nameOf(resolveRef(room, p.b)),
			by: byParticipant.get(c.id) ?? ''
		});
	}
	return out;
}

export interface ReportSection {
	title: string;
	table?: ReportTable;
	list?: string[];
	/** said when the section has nothing */
	empty: string;
}

/** The workshop report as plain text in one language: the web page and the PDF lay out this one content. */
export interface WorkshopReportContent {
	title: string;
	subtitle: string;
	facts: Array<[string, string]>;
	map: { svg: string; alt: string } | null;
	sections: ReportSection[];
	footer: string;
}

export function workshopReportContent(
	input: ReportInput,
	lang: Lang,
	generatedAt = new Date().toISOString()
): WorkshopReportContent {
	const t = { locale: lang };
	const room: Room = { workshop: null, participants: [], contributions: input.contributions };
	const actors = roomActors(room);
	const names = new Map(actors.map((a) => [a.ref, a.name]));
	const nameOf = (ref: string) => names.get(ref) ?? '?';
	const kindOf = (kind: string | null) =>
		kind && isActorKindId(kind) ? localized(ACTOR_KIND_BY_ID[kind].label, lang) : '–';
	const number = (n: number) => formatNumber(n, 1, lang);
	const relations = roomRelations(room);
	const newRelations = relations.filter((r) => !r.existing);
	const towers = roomTowers(room);
	const notes = roomNotes(room).filter((n) => n.text);
	const participantCount =
		input.committed?.participantCount ?? input.participants.filter((p) => !p.removed).length;

	// The map: what the room discussed (added, tied by a new relation, or rated) and its ties.
	const influence = new Map(towers.map((x) => [x.actor, x.mean]));
	const discussed = new Set([...newRelations.flatMap((r) => [r.a, r.b]), ...influence.keys()]);
	const mapActors = actors
		.filter((a) => !a.existing || discussed.has(a.ref))
		.map((a) => ({ ...a, influence: influence.get(a.ref) ?? null }));
	const onMap = new Set(mapActors.map((a) => a.ref));
	const svg = reportMapSvg(
		mapActors,
		relations.filter((r) => onMap.has(r.a) && onMap.has(r.b)),
		m.workshopReportMap({}, t)
	);

	const describe = (d: Disagreement): string => {
		if (d.kind === 'influence')
			return m.workshopReportDisagreeInfluence(
				{ actor: d.actor, ratings: d.ratings.map((r) => `${r.by} ${r.value}`).join(', ') },
				t
			);
		if (d.kind === 'relation')
			return m.workshopReportDisagreeStrength(
				{ a: d.a, b: d.b, drawn: d.drawn.map((r) => `${r.by} ${r.strength}`).join(', ') },
				t
			);
		return m.workshopReportDisagreeRejected({ a: d.a, b: d.b, by: d.by }, t);
	};
	const c = input.committed;
	const noteRows = (kind: 'goal' | 'note') =>
		notes
			.filter((n) => n.kind === kind)
			.map((n) => `${n.text} (${n.by}${n.actor ? `, ${nameOf(resolveRef(room, n.actor))}` : ''})`);
	return {
		title: m.workshopReportTitle({ name: input.workshop.name }, t),
		subtitle: `${m.workshopCode({}, t)} ${input.workshop.code} · ${workshopStatusLabel(input.workshop.status)}`,
		facts: [
			[m.workshopReportQuestion({}, t), input.workshop.name],
			[
				m.workshopReportDate({}, t),
				formatDateTime(new Date(input.workshop.createdAt).toISOString(), lang)
			],
			[m.workshopReportParticipants({}, t), String(participantCount)]
		],
		map: svg ? { svg, alt: m.workshopReportMapAlt({}, t) } : null,
		sections: [
			{
				title: m.workshopReportActors({}, t),
				table: {
					head: [
						m.workshopReportActor({}, t),
						m.workshopReportKind({}, t),
						m.workshopReportBy({}, t),
						m.workshopReportStatus({}, t)
					],
					rows: actors
						.filter((a) => !a.existing)
						.map((a) => [a.name, kindOf(a.kind), a.by, contributionStatusLabel(a.status)])
				},
				empty: m.workshopReportNone({}, t)
			},
			{
				title: m.workshopReportRelations({}, t),
				table: {
					head: [
						m.workshopReportActor({}, t),
						m.workshopReportActor({}, t),
						m.workshopReportLabel({}, t),
						m.workshopReportBy({}, t),
						m.workshopReportStatus({}, t)
					],
					rows: newRelations.map((r) => [
						nameOf(r.a),
						nameOf(r.b),
						r.label ?? '–',
						r.by,
						contributionStatusLabel(r.status)
					])
				},
				empty: m.workshopReportNone({}, t)
			},
			{
				title: m.workshopReportTowers({}, t),
				table: {
					head: [
						m.workshopReportActor({}, t),
						m.workshopReportMean({}, t),
						m.workshopReportRatings({}, t),
						m.workshopReportRange({}, t)
					],
					rows: towers.map((x) => [
						nameOf(x.actor),
						number(x.mean),
						String(x.count),
						`${x.min}–${x.max}`
					]),
					numeric: [1, 2, 3]
				},
				empty: m.workshopReportNone({}, t)
			},
			{
				title: m.workshopReportGoals({}, t),
				list: noteRows('goal'),
				empty: m.workshopReportNone({}, t)
			},
			{
				title: m.workshopReportNotes({}, t),
				list: noteRows('note'),
				empty: m.workshopReportNone({}, t)
			},
			{
				title: m.workshopReportDisagreements({}, t),
				list: disagreements(room, nameOf).map(describe),
				empty: m.workshopReportNoDisagreement({}, t)
			},
			{
				title: m.workshopReportCommitted({}, t),
				list: c
					? [
							m.workshopReportCommittedOn(
								{ date: formatDateTime(new Date(c.committedAt).toISOString(), lang) },
								t
							)
						]
					: [],
				table: c
					? {
							head: [m.workshopReportItem({}, t), m.workshopReportCount({}, t)],
							rows: [
								[m.workshopReportCommittedActors({}, t), String(c.actorsAdded)],
								[m.workshopReportCommittedCollaborations({}, t), String(c.collaborationsAdded)],
								[m.workshopReportCommittedRated({}, t), String(c.actorsRated)],
								[m.workshopReportCommittedNotes({}, t), String(c.notes)]
							],
							numeric: [1]
						}
					: undefined,
				empty: m.workshopReportNotCommitted({}, t)
			}
		],
		footer: m.workshopReportFooter({ date: formatDateTime(generatedAt, lang) }, t)
	};
}
