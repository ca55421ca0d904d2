import { mount } from 'svelte';
import App from './App.svelte';
import { setLocale, t } from './lib/i18n/i18n.js';
import { registerOfflineShell } from './lib/sync/offlineShell.js';
import './app.css';

setLocale('en');
document.title = t('app.name');

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

registerOfflineShell();

export default mount(App, { target });
