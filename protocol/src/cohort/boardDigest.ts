import * as Y from 'yjs';
import {
	isActionStatus,
	isGapCategory,
	isLever,
	isSeverity,
	type ActionStatus,
	type GapCategory,
	type Lever,
	type Severity,
} from '../domain/cardFields.js';
import { isCardKind, type CardKind } from '../domain/cardKinds.js';
import type { GapFieldValues } from '../domain/gapFields.js';
import { GAP, readGapFields } from '../doc/gaps.js';
import { CARD, LINK, cardText, cardsMap, gapsMap, linksMap } from '../doc/schema.js';
import { isReplicationStatus, parseInspiredBy, type ReplicationStatus } from './library.js';

/**
 * A board read into plain data for the cohort (issue 8): what the comparison, the suggestions,
 * promotion and replication need of a city's board, without its layout, texts' history or
 * comments. The server reads member boards with it; nothing here is sent as is (visibility is
 * applied first).
 */

/** A card as the cohort reads it. */
export interface DigestCard {
	id: string;
	kind: CardKind;
	text: string;
	stage?: string;
	sector?: string;
	city: string;
	levers: Lever[];
	status?: ActionStatus;
	category?: GapCategory;
	severity?: Severity;
	whatWorked?: string;
	evidence?: string;
	/** The library item it was copied from. */
	inspiredBy?: { cohortId: string; practiceId: string };
	replication?: ReplicationStatus;
}

/** A gap as the cohort reads it, with the cards that address it. */
export interface DigestGap extends GapFieldValues {
	id: string;
	/** The city of whoever added it. */
	city: string;
	/** Cards linked to it as `addresses`. */
	actionIds: string[];
}

/** The cohort's reading of one board. */
export interface BoardDigest {
	cards: DigestCard[];
	gaps: DigestGap[];
}

function str(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function textOf(value: unknown): string | undefined {
	if (value instanceof Y.Text) return value.toString();
	return str(value);
}

function readCard(id: string, card: Y.Map<unknown>): DigestCard | undefined {
	const kind = card.get(CARD.kind);
	if (!isCardKind(kind)) return undefined;
	const levers = card.get('levers');
	const status = card.get('status');
	const category = card.get('category');
	const severity = card.get('severity');
	const replication = card.get('replication');
	const inspiredBy = parseInspiredBy(card.get('inspiredBy'));
	const digest: DigestCard = {
		id,
		kind,
		text: cardText(card)?.toString() ?? '',
		city: str(card.get(CARD.city)) ?? '',
		levers: Array.isArray(levers) ? levers.filter(isLever) : [],
	};
	const stage = str(card.get(CARD.stage));
	const sector = str(card.get(CARD.sector));
	if (stage) digest.stage = stage;
	if (sector) digest.sector = sector;
	if (isActionStatus(status)) digest.status = status;
	if (isGapCategory(category)) digest.category = category;
	if (isSeverity(severity)) digest.severity = severity;
	const whatWorked = textOf(card.get('whatWorked'));
	const evidence = textOf(card.get('evidence'));
	if (whatWorked) digest.whatWorked = whatWorked;
	if (evidence) digest.evidence = evidence;
	if (inspiredBy) digest.inspiredBy = inspiredBy;
	if (isReplicationStatus(replication)) digest.replication = replication;
	return digest;
}

/** Reads the cards and gaps of a board document (values that fail their schema are left out). */
export function readBoardDigest(doc: Y.Doc): BoardDigest {
	const cards: DigestCard[] = [];
	for (const [id, card] of cardsMap(doc).entries()) {
		if (!(card instanceof Y.Map)) continue;
		const digest = readCard(id, card);
		if (digest) cards.push(digest);
	}
	const addressing = new Map<string, string[]>();
	for (const link of linksMap(doc).values()) {
		if (!(link instanceof Y.Map) || link.get(LINK.relation) !== 'addresses') continue;
		const from = str(link.get(LINK.from));
		const to = str(link.get(LINK.to));
		if (!from || !to) continue;
		const list = addressing.get(to) ?? [];
		list.push(from);
		addressing.set(to, list);
	}
	const gaps: DigestGap[] = [];
	for (const [id, gap] of gapsMap(doc).entries()) {
		if (!(gap instanceof Y.Map)) continue;
		const fields = readGapFields(gap);
		if (!fields.title) continue;
		gaps.push({
			...fields,
			id,
			city: str(gap.get(GAP.city)) ?? '',
			actionIds: addressing.get(id) ?? [],
		});
	}
	return { cards, gaps };
}
