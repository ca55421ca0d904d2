/** Croatian messages of the admin screens; spread into `hr` (see `./index.ts`). */
export const hrAdmin = {
	'admin.open': 'Postavke ploče',
	'admin.title': 'Postavke ploče',
	'admin.close': 'Zatvori postavke ploče',
	'admin.intro': 'Ove postavke vide samo moderatori. Promjene odmah vrijede za sve.',
	'admin.archivedBadge': 'Arhivirano',

	'admin.nameHeading': 'Naziv',
	'admin.nameLabel': 'Naziv ploče',
	'admin.rename': 'Preimenuj ploču',
	'admin.nameRequired': 'Unesite naziv ploče.',
	'admin.renamed': 'Ploča se sada zove „{title}“.',

	'admin.archiveHeading': 'Arhiva',
	'admin.archivedNote':
		'Ova je ploča arhivirana: radionica je označena kao završena. I dalje se otvara i radi kao prije.',
	'admin.activeNote':
		'Arhivirajte ploču kad radionica završi. I dalje će se otvarati i raditi, a možete je i vratiti iz arhive.',
	'admin.archive': 'Arhiviraj ploču',
	'admin.unarchive': 'Vrati ploču iz arhive',
	'admin.archivedDone': 'Ploča je arhivirana.',
	'admin.unarchivedDone': 'Ploča više nije arhivirana.',

	'admin.linksHeading': 'Zamjena poveznica',
	'admin.linksIntro':
		'Ako je poveznica stigla do pogrešnih osoba, zamijenite je. Stare poveznice odmah prestaju raditi, a svi koji ih koriste bit će odspojeni.',
	'admin.rotate':
		'{role, select, viewer {Zamijeni poveznice za promatrače} participant {Zamijeni poveznice za sudionike} other {Zamijeni sve poveznice}}',
	'admin.rotateConfirm':
		'{role, select, viewer {Stare poveznice za promatrače odmah prestaju raditi, a svi koji pomoću njih prate ploču bit će odspojeni.} participant {Stare poveznice za sudionike odmah prestaju raditi, a svi koji pomoću njih uređuju ploču bit će odspojeni.} other {Sve stare poveznice, uključujući i vašu, odmah prestaju raditi, a svi će biti odspojeni. Ova će se stranica ponovno otvoriti s vašom novom poveznicom.}}',
	'admin.rotateYes':
		'{role, select, viewer {Odmah zamijeni poveznice za promatrače} participant {Odmah zamijeni poveznice za sudionike} other {Odmah zamijeni sve poveznice}}',
	'admin.cancel': 'Odustani',
	'admin.rotated':
		'{role, select, viewer {Nova poveznica za promatrače je spremna: pošaljite je osobama koje trebaju i dalje pratiti ploču.} participant {Nova poveznica za sudionike je spremna: pošaljite je osobama koje trebaju i dalje uređivati ploču.} other {Nove poveznice su spremne: pošaljite svaku osobama koje trebaju zadržati pristup.}}',
	'admin.newLinks': 'Nove poveznice',

	'admin.deleteHeading': 'Brisanje',
	'admin.deleteIntro':
		'Brisanjem se ploča uklanja za sve, zajedno s karticama, nedostacima, sesijom i poviješću. To se ne može poništiti.',
	'admin.delete': 'Izbriši ploču…',
	'admin.deleteConfirm':
		'Izbrisati „{title}“ za sve? Svi koji su na ploči bit će odspojeni, a to se ne može poništiti.',
	'admin.deleteYes': 'Izbriši „{title}“',
	'admin.deleting': 'Brisanje…',

	'admin.working': 'Obrada…',
	'admin.error': 'To nije uspjelo: {message}',
	'admin.forbidden': 'Samo moderatori mogu mijenjati ovu ploču.',
	'admin.revoked':
		'Vaša je poveznica zamijenjena. Otvorite ploču svojom novom poveznicom za moderatore.',
	'admin.gone': 'Ova ploča više ne postoji.',
} as const;
