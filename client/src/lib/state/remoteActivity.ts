import * as Y from 'yjs';
import { CARD, GAP, cardsMap, gapsMap } from '@groundwork/protocol';
import { getLocale, t } from '../i18n/i18n.js';

/**
 * What other people change on the board, told to screen-reader users politely and summarised
 * (issue 10): "Lisbon: 3 cards added, 1 card changed." rather than one message per keystroke.
 * Changes are gathered for a few seconds after the first one, then read out in one message.
 */

/** How long changes are gathered before they are read out. */
export const ACTIVITY_WINDOW_MS = 4_000;

/** A kind of change, in the order a summary names them. */
export const ACTIVITY_KINDS = [
	'cardAdded',
	'cardEdited',
	'cardRemoved',
	'gapAdded',
	'gapEdited',
	'gapRemoved',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Changes by city, each counted once per item (typing into one card is one changed card). */
export class ActivityTally {
	readonly #byCity = new Map<string, Map<ActivityKind, Set<string>>>();

	record(kind: ActivityKind, city: string, itemId: string): void {
		let kinds = this.#byCity.get(city);
		if (!kinds) this.#byCity.set(city, (kinds = new Map()));
		let items = kinds.get(kind);
		if (!items) kinds.set(kind, (items = new Set()));
		items.add(itemId);
	}

	get empty(): boolean {
		return this.#byCity.size === 0;
	}

	/** One sentence per city, cities in the order they first changed something; then empties. */
	flush(): string[] {
		const list = new Intl.ListFormat(getLocale(), { style: 'long', type: 'conjunction' });
		const sentences = [...this.#byCity].map(([city, kinds]) => {
			// An item added (or deleted) in this window is not also "changed".
			const added = kinds.get('cardAdded') ?? new Set<string>();
			const gapsAdded = kinds.get('gapAdded') ?? new Set<string>();
			const changes = ACTIVITY_KINDS.flatMap((kind) => {
				let items = [...(kinds.get(kind) ?? [])];
				if (kind === 'cardEdited') items = items.filter((id) => !added.has(id));
				if (kind === 'gapEdited') items = items.filter((id) => !gapsAdded.has(id));
				return items.length > 0 ? [t(`activity.${kind}`, { count: items.length })] : [];
			});
			return t('activity.summary', {
				city: city || t('activity.someone'),
				changes: list.format(changes),
			});
		});
		this.#byCity.clear();
		return sentences.filter((sentence) => sentence.length > 0);
	}
}

function cityOf(map: unknown, key: string): string {
	return map instanceof Y.Map && typeof map.get(key) === 'string' ? (map.get(key) as string) : '';
}

/**
 * The city of whoever made a remote transaction: the presence of a client whose clock it
 * advanced (a deletion advances none; the deleted item's city stands in then).
 */
export function actorCity(
	transaction: Y.Transaction,
	cityOfClient: (clientId: number) => string | undefined,
): string | undefined {
	for (const [client, clock] of transaction.afterState) {
		if ((transaction.beforeState.get(client) ?? 0) >= clock) continue;
		const city = cityOfClient(client);
		if (city) return city;
	}
	return undefined;
}

/**
 * Watches a board document for other people's changes (`isRemote(origin)`) and calls
 * `announce` with one summary per window, by the city of who made them (`cityOfClient`, from
 * presence), else the item's city. Returns a function that stops watching.
 */
export function watchRemoteActivity(
	doc: Y.Doc,
	isRemote: (origin: unknown) => boolean,
	announce: (text: string) => void,
	cityOfClient: (clientId: number) => string | undefined = () => undefined,
	windowMs = ACTIVITY_WINDOW_MS,
): () => void {
	const tally = new ActivityTally();
	let timer: ReturnType<typeof setTimeout> | undefined;
	const flushSoon = () => {
		timer ??= setTimeout(() => {
			timer = undefined;
			const sentences = tally.flush();
			if (sentences.length > 0) announce(sentences.join(' '));
		}, windowMs);
	};
	const watch = (
		root: Y.Map<Y.Map<unknown>>,
		cityKey: string,
		kinds: { added: ActivityKind; edited: ActivityKind; removed: ActivityKind },
	) => {
		// A deleted item's content is gone by the time it is observed: remember each item's city.
		const known = new Map<string, string>();
		for (const [id, item] of root) known.set(id, cityOf(item, cityKey));
		const remember = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
			for (const event of events) {
				if (event.target !== root) continue;
				for (const [id, change] of event.changes.keys) {
					if (change.action === 'delete') continue;
					known.set(id, cityOf(root.get(id), cityKey));
				}
			}
		};
		const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
			const remote = isRemote(transaction.origin);
			if (!remote) {
				remember(events);
				return;
			}
			const actor = actorCity(transaction, cityOfClient);
			for (const event of events) {
				if (event.target === root) {
					for (const [id, change] of event.changes.keys) {
						if (change.action === 'add') {
							tally.record(kinds.added, actor ?? cityOf(root.get(id), cityKey), id);
						} else if (change.action === 'delete') {
							tally.record(kinds.removed, actor ?? known.get(id) ?? '', id);
							known.delete(id);
						}
					}
					continue;
				}
				// A change inside one item: find which item of the root it belongs to.
				const id = event.path[0];
				if (typeof id === 'string') {
					tally.record(kinds.edited, actor ?? cityOf(root.get(id), cityKey), id);
				}
			}
			remember(events);
			if (!tally.empty) flushSoon();
		};
		root.observeDeep(observer);
		return () => root.unobserveDeep(observer);
	};
	const stops = [
		watch(cardsMap(doc), CARD.city, {
			added: 'cardAdded',
			edited: 'cardEdited',
			removed: 'cardRemoved',
		}),
		watch(gapsMap(doc), GAP.city, {
			added: 'gapAdded',
			edited: 'gapEdited',
			removed: 'gapRemoved',
		}),
	];
	return () => {
		clearTimeout(timer);
		for (const stop of stops) stop();
	};
}
