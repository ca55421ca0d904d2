import { mount } from 'svelte';
import App from './App.svelte';
import { setLocale, t } from './lib/i18n/i18n.js';
import { initialLocale, storedLocale } from './lib/i18n/localePreference.js';
import { registerOfflineShell } from './lib/sync/offlineShell.js';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

registerOfflineShell();

// The language chosen before on this device, else the browser's; English if its catalog
// cannot be loaded (offline before it was ever fetched).
const locale = initialLocale(storedLocale(), navigator.languages);
await setLocale(locale).catch(() => setLocale('en'));
document.title = t('app.name');

export default mount(App, { target });
