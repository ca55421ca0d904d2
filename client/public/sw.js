// Groundwork's service worker: keeps the app shell (the page and its built assets) so a board
// opens without a network. The board itself is kept by the page (IndexedDB, see
// client/src/lib/sync/BoardConnection.svelte.ts); the API, /sync and /socket.io never pass here.
//
// Pages: network first (a deploy shows at once), the kept shell when the network fails or hangs.
// Assets: cache first; Vite names them by content hash, so a kept one never goes stale.

const CACHE = 'groundwork-shell-v1';
/** The kept page: the server answers `/` and every `/b/:boardId` with the same index.html. */
const SHELL_URL = new URL('/', self.location.origin).href;
/** How long a page request may hang before the kept shell is used (ms). */
const PAGE_TIMEOUT_MS = 4000;
const BOARD_PATH = /^\/b\/[^/]+\/?$/;
const ASSET_IN_HTML = /(?:src|href)="(\/assets\/[^"?#]+)"/g;

self.addEventListener('install', (event) => {
	event.waitUntil(
		fetch(SHELL_URL, { cache: 'no-cache' })
			.then((response) => keepShell(response))
			.then(() => self.skipWaiting()),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
			.then(() => self.clients.claim()),
	);
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	if (request.mode === 'navigate') {
		if (isAppPage(url.pathname)) event.respondWith(page(request, event));
	} else if (url.pathname.startsWith('/assets/')) {
		event.respondWith(asset(request));
	}
});

/** The paths the server answers with the app (see server/src/http/createHttpApp.ts). */
function isAppPage(pathname) {
	return pathname === '/' || pathname === '/index.html' || BOARD_PATH.test(pathname);
}

/** Every built asset a page loads (`/assets/…` in its script and link tags). */
function assetsOf(html) {
	return [...new Set([...html.matchAll(ASSET_IN_HTML)].map((match) => match[1]))];
}

/**
 * Keeps a fresh copy of the page and the assets it loads, and drops assets no page loads any
 * more. Fails (and keeps the old shell) when any of them cannot be fetched.
 */
async function keepShell(response) {
	if (!response.ok) throw new Error(`the page answered ${response.status}`);
	const html = await response.clone().text();
	const assets = assetsOf(html);
	const cache = await caches.open(CACHE);
	const missing = [];
	for (const path of assets) {
		if (!(await cache.match(path))) missing.push(path);
	}
	await cache.addAll(missing);
	await cache.put(SHELL_URL, response);
	const wanted = new Set(assets.map((path) => new URL(path, self.location.origin).href));
	for (const kept of await cache.keys()) {
		if (new URL(kept.url).pathname.startsWith('/assets/') && !wanted.has(kept.url)) {
			await cache.delete(kept);
		}
	}
}

/** Rejects after `ms`. */
function timeout(ms) {
	return new Promise((_resolve, reject) => {
		setTimeout(() => reject(new Error('no answer in time')), ms);
	});
}

/** The kept shell, if any. */
function keptShell() {
	return caches.match(SHELL_URL, { cacheName: CACHE });
}

async function page(request, event) {
	const kept = await keptShell();
	let response;
	try {
		const answer = fetch(request);
		response = kept ? await Promise.race([answer, timeout(PAGE_TIMEOUT_MS)]) : await answer;
	} catch {
		return kept ?? Response.error();
	}
	if (response.ok) event.waitUntil(keepShell(response.clone()).catch(() => undefined));
	// A proxy without its server behind it: as good as no network.
	if (response.status >= 500 && kept) return kept;
	return response;
}

async function asset(request) {
	const kept = await caches.match(request, { cacheName: CACHE });
	if (kept) return kept;
	const response = await fetch(request);
	if (response.ok) {
		const copy = response.clone();
		const cache = await caches.open(CACHE);
		await cache.put(request, copy);
	}
	return response;
}
