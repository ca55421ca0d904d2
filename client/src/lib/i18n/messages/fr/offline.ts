/** French messages of the offline screens; spread into `fr` (see `./index.ts`). */
export const frOffline = {
	'offline.status.connected': 'Connecté · Toutes les modifications sont enregistrées',
	'offline.status.sending': 'Connecté · Envoi…',
	'offline.status.offline':
		'{count, plural, =0 {Hors ligne : rien en attente d’envoi} one {Hors ligne : # modification en attente d’envoi} other {Hors ligne : # modifications en attente d’envoi}}',
	'offline.status.reconnecting':
		'{count, plural, =0 {Reconnexion…} one {Reconnexion… (# modification en attente d’envoi)} other {Reconnexion… (# modifications en attente d’envoi)}}',
	'offline.status.connecting':
		'{count, plural, =0 {Connexion…} one {Connexion… (# modification en attente d’envoi)} other {Connexion… (# modifications en attente d’envoi)}}',

	'offline.notKept':
		'Le serveur est injoignable, et ce tableau n’a encore jamais été ouvert avec ce lien sur cet appareil. Réessayez une fois en ligne.',

	'offline.notice.offline':
		'Vous êtes hors ligne. Vous pouvez continuer à travailler : vos modifications seront envoyées au retour de la connexion.',
	'offline.notice.offlineKept':
		'Vous êtes hors ligne. Vous pouvez continuer à travailler : vos modifications sont conservées sur cet appareil et seront envoyées au retour de la connexion.',
	'offline.notice.offlineViewer':
		'Vous êtes hors ligne. Le tableau affiche ce qu’il a reçu en dernier et se mettra à jour au retour de la connexion.',
	'offline.notice.online':
		'{count, plural, =0 {De nouveau en ligne. Le tableau est à jour.} one {De nouveau en ligne : # modification envoyée. Toutes les modifications sont enregistrées.} other {De nouveau en ligne : # modifications envoyées. Toutes les modifications sont enregistrées.}}',
} as const;
