<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add clinician</source>
        <translation>Behandler/in hinzufügen</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Set a new password for {name} ({username}). Tell them in person; this also lifts a lock after wrong passwords.</source>
        <translation>Legen Sie ein neues Passwort für {name} ({username}) fest. Teilen Sie es persönlich mit; dies hebt auch eine Sperre nach falschen Passwörtern auf.</translation>
    </message>
    <message>
        <source>The new clinician logs in with this user name and password.</source>
        <translation>Neue Behandler/innen melden sich mit diesem Benutzernamen und Passwort an.</translation>
    </message>
    <message>
        <source>Full &amp;name *</source>
        <translation>Vollständiger &amp;Name *</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Name (Behandler/in)</translation>
    </message>
    <message>
        <source>User&amp;name *</source>
        <translation>&amp;Benutzername *</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Administrator (may manage clinicians)</source>
        <translation>&amp;Administrator/in (darf Behandler/innen verwalten)</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>&amp;Passwort *</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Confirm password *</source>
        <translation>Passwort &amp;wiederholen *</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort wiederholen</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>Enter a password of at least {n} characters.</source>
        <translation>Geben Sie ein Passwort mit mindestens {n} Zeichen ein.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password again.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie dasselbe Passwort erneut ein.</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Mindestens {n} Zeichen</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Dasselbe Passwort erneut</translation>
    </message>
    <message>
        <source>Enter the clinician&apos;s full name, as printed on handouts.</source>
        <translation>Geben Sie den vollständigen Namen ein, wie er auf Patienteninformationen steht.</translation>
    </message>
    <message>
        <source>Enter a user name to log in with (e.g. first name or initials).</source>
        <translation>Geben Sie einen Benutzernamen für die Anmeldung ein (z. B. Vorname oder Initialen).</translation>
    </message>
    <message>
        <source>The user name {username} is already taken by {name}. Choose another user name.</source>
        <translation>Der Benutzername {username} ist bereits an {name} vergeben. Wählen Sie einen anderen Benutzernamen.</translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message>
        <source>Print...</source>
        <translation>Drucken...</translation>
    </message>
    <message>
        <source>Print this document and keep a copy with the visit (Ctrl+P)</source>
        <translation>Dieses Dokument drucken und eine Kopie beim Termin aufbewahren (Strg+P)</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Als PDF speichern...</translation>
    </message>
    <message>
        <source>Save as a PDF file; a copy is kept with the visit</source>
        <translation>Als PDF-Datei speichern; eine Kopie wird beim Termin aufbewahrt</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Sprache der Patienteninformation</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>Add an addendum to the signed visit of {visit}. The signed record is not changed; the addendum is stored beside it with your name and the time.</source>
        <translation>Fügen Sie dem signierten Termin vom {visit} einen Nachtrag hinzu. Der signierte Eintrag bleibt unverändert; der Nachtrag wird daneben mit Ihrem Namen und der Uhrzeit gespeichert.</translation>
    </message>
    <message>
        <source>e.g. Corrected hip abduction reading</source>
        <translation>z. B. Messwert der Hüftabduktion korrigiert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Nachtrag hinzufügen</translation>
    </message>
    <message>
        <source>Enter the reason for the addendum.</source>
        <translation>Geben Sie den Grund für den Nachtrag ein.</translation>
    </message>
    <message>
        <source>Enter the text of the addendum.</source>
        <translation>Geben Sie den Text des Nachtrags ein.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>KneeDesk cannot open the database</source>
        <translation>KneeDesk kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Demo clinic: log in as {username} with password {password}</source>
        <translation>Demo-Praxis: Melden Sie sich als {username} mit dem Passwort {password} an</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Sicherung läuft...</translation>
    </message>
    <message>
        <source>Backing up to {folder}...</source>
        <translation>Sicherung nach {folder}...</translation>
    </message>
    <message>
        <source>The backup was not made. {problem}</source>
        <translation>Die Sicherung wurde nicht erstellt. {problem}</translation>
    </message>
</context>
<context>
    <name>BackupCenter</name>
    <message>
        <source>A backup is being written right now.</source>
        <translation>Gerade wird eine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>Wait until it has finished (a few seconds), then restore again.</source>
        <translation>Warten Sie, bis sie fertig ist (einige Sekunden), und stellen Sie dann erneut wieder her.</translation>
    </message>
    <message>
        <source>The backup failed: {error}.</source>
        <translation>Die Sicherung ist fehlgeschlagen: {error}.</translation>
    </message>
    <message>
        <source>Try again, or choose another folder in Settings &gt; Backups.</source>
        <translation>Versuchen Sie es erneut oder wählen Sie einen anderen Ordner unter Einstellungen &gt; Sicherungen.</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>vor {days} Tagen</translation>
    </message>
    <message>
        <source>This database has not been backed up yet.</source>
        <translation>Diese Datenbank wurde noch nicht gesichert.</translation>
    </message>
    <message>
        <source>Last verified backup: {when} ({age}).</source>
        <translation>Letzte geprüfte Sicherung: {when} ({age}).</translation>
    </message>
    <message>
        <source>KneeDesk has not been backed up yet. Back up now, and keep backups on a USB drive or a network share so the records survive a broken computer.</source>
        <translation>KneeDesk wurde noch nicht gesichert. Sichern Sie jetzt und bewahren Sie Sicherungen auf einem USB-Laufwerk oder einer Netzwerkfreigabe auf, damit die Daten einen defekten Computer überstehen.</translation>
    </message>
    <message>
        <source>The last backup was made {age} ({when}). Back up now so this week&apos;s visits are safe too.</source>
        <translation>Die letzte Sicherung wurde {age} erstellt ({when}). Sichern Sie jetzt, damit auch die Termine dieser Woche sicher sind.</translation>
    </message>
    <message>
        <source>Daily backup made and verified at {time}: {file} in {folder} ({patients} patients, {visits} visits). Audit head {head}.</source>
        <translation>Tägliche Sicherung um {time} erstellt und geprüft: {file} in {folder} ({patients} Patienten, {visits} Termine). Audit-Kopf {head}.</translation>
    </message>
    <message>
        <source>Backup made and verified at {time}: {file} in {folder} ({patients} patients, {visits} visits). Audit head {head}.</source>
        <translation>Sicherung um {time} erstellt und geprüft: {file} in {folder} ({patients} Patienten, {visits} Termine). Audit-Kopf {head}.</translation>
    </message>
    <message>
        <source>Old backups that could not be deleted: {problems}.</source>
        <translation>Alte Sicherungen, die nicht gelöscht werden konnten: {problems}.</translation>
    </message>
    <message>
        <source>Daily backup made and verified at {time} ({patients} patients, {visits} visits). Details in Settings &gt; Backups.</source>
        <translation>Tägliche Sicherung um {time} erstellt und geprüft ({patients} Patienten, {visits} Termine). Details unter Einstellungen &gt; Sicherungen.</translation>
    </message>
    <message>
        <source>Backup made and verified at {time} ({patients} patients, {visits} visits). Details in Settings &gt; Backups.</source>
        <translation>Sicherung um {time} erstellt und geprüft ({patients} Patienten, {visits} Termine). Details unter Einstellungen &gt; Sicherungen.</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>Die Sicherung wurde nicht erstellt.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>This is the default folder, on this computer beside the database. A USB drive or a network share is safer.</source>
        <translation>Dies ist der Standardordner auf diesem Computer neben der Datenbank. Ein USB-Laufwerk oder eine Netzwerkfreigabe ist sicherer.</translation>
    </message>
    <message>
        <source>If this is a USB drive, keep it plugged in when KneeDesk starts.</source>
        <translation>Ist dies ein USB-Laufwerk, lassen Sie es beim Start von KneeDesk eingesteckt.</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Nur Administrator/innen können eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Only an administrator can change the backup folder and schedule.</source>
        <translation>Nur Administrator/innen können Sicherungsordner und Zeitplan ändern.</translation>
    </message>
    <message>
        <source>Restoring replaces every record; the current ones are kept as a copy first.</source>
        <translation>Wiederherstellen ersetzt alle Daten; die aktuellen werden vorher als Kopie aufbewahrt.</translation>
    </message>
    <message>
        <source>KneeDesk backups ({patterns});;All files (*)</source>
        <translation>KneeDesk-Sicherungen ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Sicherung läuft...</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Diese Datenbank</translation>
    </message>
    <message>
        <source>Another database</source>
        <translation>Andere Datenbank</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>{file} wird geprüft...</translation>
    </message>
    <message>
        <source>The file could not be checked: {error}.</source>
        <translation>Die Datei konnte nicht geprüft werden: {error}.</translation>
    </message>
    <message>
        <source>Use another backup.</source>
        <translation>Verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>Not restored.</source>
        <translation>Nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring {file}... This can take a minute for a large clinic; do not close KneeDesk.</source>
        <translation>{file} wird wiederhergestellt... Bei einer großen Praxis kann das eine Minute dauern; schließen Sie KneeDesk nicht.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Wiederherzustellende Sicherung wählen</translation>
    </message>
    <message>
        <source>A backup is a verified copy of every patient, visit, signature and setting. Keep backups on a USB drive or a network share: a backup on this computer is lost with it if the disk fails or the computer is stolen. Changes on this tab take effect at once.</source>
        <translation>Eine Sicherung ist eine geprüfte Kopie aller Patienten, Termine, Signaturen und Einstellungen. Bewahren Sie Sicherungen auf einem USB-Laufwerk oder einer Netzwerkfreigabe auf: Eine Sicherung auf diesem Computer geht mit ihm verloren, wenn die Festplatte ausfällt oder er gestohlen wird. Änderungen auf dieser Registerkarte gelten sofort.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Wählen...</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>Back up automatically on the first start of each day</source>
        <translation>Beim ersten Start jedes Tages automatisch sichern</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Anzahl aufzubewahrender Sicherungen</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>the newest; older backups of this database in the folder are deleted</source>
        <translation>die neuesten; ältere Sicherungen dieser Datenbank im Ordner werden gelöscht</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Aufbewahren</translation>
    </message>
    <message>
        <source>Backups in this folder</source>
        <translation>Sicherungen in diesem Ordner</translation>
    </message>
    <message>
        <source>Backups in the backup folder</source>
        <translation>Sicherungen im Sicherungsordner</translation>
    </message>
    <message>
        <source>Restore selected...</source>
        <translation>Auswahl wiederherstellen...</translation>
    </message>
    <message>
        <source>Restore from another file...</source>
        <translation>Aus anderer Datei wiederherstellen...</translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Type the date as year-month-day ({format}), for example {example}.</source>
        <translation>Geben Sie das Datum als Jahr-Monat-Tag ein ({format}), zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>{typed} is not a date in {format}: type the year first, e.g. {turned}.</source>
        <translation>{typed} ist kein Datum im Format {format}: Geben Sie zuerst das Jahr ein, z. B. {turned}.</translation>
    </message>
    <message>
        <source>{typed} is not a date. {help}</source>
        <translation>{typed} ist kein Datum. {help}</translation>
    </message>
    <message>
        <source>{typed}: there is no month {month}; the month is 01 to 12.</source>
        <translation>{typed}: Es gibt keinen Monat {month}; der Monat liegt zwischen 01 und 12.</translation>
    </message>
    <message>
        <source>{typed} is before {year}; check the year.</source>
        <translation>{typed} liegt vor {year}; prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>{typed}: {month} {year} has days 01 to {last}.</source>
        <translation>{typed}: {month} {year} hat die Tage 01 bis {last}.</translation>
    </message>
    <message>
        <source>{typed} is in the future; check the year.</source>
        <translation>{typed} liegt in der Zukunft; prüfen Sie das Jahr.</translation>
    </message>
</context>
<context>
    <name>ChangeTable</name>
    <message>
        <source>Since first visit</source>
        <translation>Seit dem ersten Termin</translation>
    </message>
    <message>
        <source>Since last visit</source>
        <translation>Seit dem vorigen Termin</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Nothing was written for {name}.</source>
        <translation>Für {name} wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not write the image {name}.</source>
        <translation>Das Bild {name} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the drawing {name}.</source>
        <translation>Die Zeichnung {name} konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>{title} chart</source>
        <translation>Diagramm: {title}</translation>
    </message>
    <message>
        <source>Save the {title} chart as a PNG or SVG file</source>
        <translation>Diagramm „{title}“ als PNG- oder SVG-Datei speichern</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>Als PNG exportieren...</translation>
    </message>
    <message>
        <source>Export SVG...</source>
        <translation>Als SVG exportieren...</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Exportieren ▾</translation>
    </message>
    <message>
        <source>Export as .png or .svg, not a file without a type.</source>
        <translation>Exportieren Sie als .png oder .svg, nicht als Datei ohne Typ.</translation>
    </message>
    <message>
        <source>Export as .png or .svg, not {suffix}.</source>
        <translation>Exportieren Sie als .png oder .svg, nicht als {suffix}.</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>The chart was not saved: {error}</source>
        <translation>Das Diagramm wurde nicht gespeichert: {error}</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear this answer (or press Delete on the choice)</source>
        <translation>Diese Antwort löschen (oder Entf auf der Auswahl drücken)</translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation>{label} löschen</translation>
    </message>
</context>
<context>
    <name>ClinicFields</name>
    <message>
        <source>Metric (kg, cm, km)</source>
        <translation>Metrisch (kg, cm, km)</translation>
    </message>
    <message>
        <source>US (lb, in, mi)</source>
        <translation>US (lb, in, mi)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Newtons (N)</source>
        <translation>Newton (N)</translation>
    </message>
    <message>
        <source>Kilogram-force (kgf)</source>
        <translation>Kilogramm-Kraft (kgf)</translation>
    </message>
    <message>
        <source>Pound-force (lbf)</source>
        <translation>Pfund-Kraft (lbf)</translation>
    </message>
    <message>
        <source>As printed on letterheads and handouts</source>
        <translation>Wie auf Briefköpfen und Patienteninformationen</translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation>Straße, PLZ, Ort</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name; it heads every report and handout.</source>
        <translation>Geben Sie den Namen der Praxis ein; er steht über jedem Bericht und jeder Patienteninformation.</translation>
    </message>
    <message>
        <source>Shorten the address to {n} characters or fewer.</source>
        <translation>Kürzen Sie die Adresse auf höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <source>The logo printed at the top of reports</source>
        <translation>Das Logo oben auf den Berichten</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Change logo...</source>
        <translation>Logo ändern...</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>Logo wählen...</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Logo der Praxis wählen</translation>
    </message>
</context>
<context>
    <name>ClinicServer</name>
    <message>
        <source>Enter the clinic server&apos;s name or address (your IT provider has it).</source>
        <translation>Geben Sie den Namen oder die Adresse des Praxisservers ein (Ihr IT-Dienstleister kennt sie).</translation>
    </message>
    <message>
        <source>Enter the name of the clinic database (usually kneedesk).</source>
        <translation>Geben Sie den Namen der Praxisdatenbank ein (meist kneedesk).</translation>
    </message>
    <message>
        <source>Enter the user KneeDesk signs in to the server as (usually kneedesk_app).</source>
        <translation>Geben Sie den Benutzer ein, mit dem sich KneeDesk am Server anmeldet (meist kneedesk_app).</translation>
    </message>
    <message>
        <source>Enter the password of this user on the clinic server.</source>
        <translation>Geben Sie das Passwort dieses Benutzers auf dem Praxisserver ein.</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s CA certificate file (.pem or .crt) from your IT provider: KneeDesk connects to a server on the network only over TLS.</source>
        <translation>Wählen Sie die CA-Zertifikatsdatei der Praxis (.pem oder .crt) von Ihrem IT-Dienstleister: KneeDesk verbindet sich mit einem Server im Netzwerk nur über TLS.</translation>
    </message>
    <message>
        <source>This file does not exist or cannot be read. Choose the CA certificate again.</source>
        <translation>Diese Datei existiert nicht oder kann nicht gelesen werden. Wählen Sie das CA-Zertifikat erneut.</translation>
    </message>
    <message>
        <source>No computer of this name was found on the network. Check the spelling, or enter the server&apos;s address.</source>
        <translation>Im Netzwerk wurde kein Computer dieses Namens gefunden. Prüfen Sie die Schreibweise oder geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The server does not answer at this address and port. Check that it is running and that this computer is on the clinic&apos;s network.</source>
        <translation>Der Server antwortet unter dieser Adresse und diesem Port nicht. Prüfen Sie, ob er läuft und ob dieser Computer im Netzwerk der Praxis ist.</translation>
    </message>
    <message>
        <source>The server refused this password for {user}. Type it again, or ask your IT provider for the right one.</source>
        <translation>Der Server hat dieses Passwort für {user} abgelehnt. Geben Sie es erneut ein oder fragen Sie Ihren IT-Dienstleister nach dem richtigen.</translation>
    </message>
    <message>
        <source>The server has no user of this name (KneeDesk&apos;s is usually kneedesk_app).</source>
        <translation>Der Server hat keinen Benutzer dieses Namens (der von KneeDesk heißt meist kneedesk_app).</translation>
    </message>
    <message>
        <source>The server has no database of this name. Check it with your IT provider.</source>
        <translation>Der Server hat keine Datenbank dieses Namens. Klären Sie ihn mit Ihrem IT-Dienstleister.</translation>
    </message>
    <message>
        <source>The server does not let this computer in. Ask your IT provider to allow this workstation (docs/clinic-server.md says how).</source>
        <translation>Der Server lässt diesen Computer nicht zu. Bitten Sie Ihren IT-Dienstleister, diesen Arbeitsplatz zuzulassen (wie, steht in docs/clinic-server.md).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked with this CA file. Choose the CA certificate file your IT provider gave you.</source>
        <translation>Das Zertifikat des Servers konnte mit dieser CA-Datei nicht geprüft werden. Wählen Sie die CA-Zertifikatsdatei, die Ihnen Ihr IT-Dienstleister gegeben hat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name. Enter the server&apos;s name exactly as its certificate has it.</source>
        <translation>Das Zertifikat des Servers gilt für einen anderen Namen. Geben Sie den Namen des Servers genau so ein, wie er im Zertifikat steht.</translation>
    </message>
    <message>
        <source>The server does not offer TLS, which KneeDesk needs over the network. Ask your IT provider to turn it on (docs/clinic-server.md).</source>
        <translation>Der Server bietet kein TLS an, das KneeDesk im Netzwerk braucht. Bitten Sie Ihren IT-Dienstleister, es einzuschalten (docs/clinic-server.md).</translation>
    </message>
    <message>
        <source>This database has not been set up for KneeDesk. Your IT provider sets it up with &apos;kneedesk server init&apos;.</source>
        <translation>Diese Datenbank wurde nicht für KneeDesk eingerichtet. Ihr IT-Dienstleister richtet sie mit &apos;kneedesk server init&apos; ein.</translation>
    </message>
    <message>
        <source>This database needs upgrading for this version of KneeDesk. Ask your IT provider to run &apos;kneedesk server upgrade&apos;. Nothing was changed.</source>
        <translation>Diese Datenbank muss für diese Version von KneeDesk aktualisiert werden. Bitten Sie Ihren IT-Dienstleister, &apos;kneedesk server upgrade&apos; auszuführen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A newer version of KneeDesk upgraded this database. Install the same version as the other workstations.</source>
        <translation>Eine neuere Version von KneeDesk hat diese Datenbank aktualisiert. Installieren Sie dieselbe Version wie auf den anderen Arbeitsplätzen.</translation>
    </message>
    <message>
        <source>KneeDesk could not connect: {details}</source>
        <translation>KneeDesk konnte keine Verbindung herstellen: {details}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>Clinic server: {host}/{database}</source>
        <translation>Praxisserver: {host}/{database}</translation>
    </message>
</context>
<context>
    <name>ClinicSetupDialog</name>
    <message>
        <source>Set up KneeDesk</source>
        <translation>KneeDesk einrichten</translation>
    </message>
    <message>
        <source>Welcome to KneeDesk</source>
        <translation>Willkommen bei KneeDesk</translation>
    </message>
    <message>
        <source>Set up your clinic and your own account. You can change all of this later in Settings.</source>
        <translation>Richten Sie Ihre Praxis und Ihr eigenes Konto ein. Sie können alles später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Clinic &amp;name *</source>
        <translation>Praxis&amp;name *</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Adresse der Praxis</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefon der Praxis</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>Logo wählen...</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Logo der Praxis wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Your account (administrator)</source>
        <translation>Ihr Konto (Administrator/in)</translation>
    </message>
    <message>
        <source>As the first clinician you are the administrator: you can add other clinicians in Settings.</source>
        <translation>Als erste Person in der Praxis sind Sie Administrator/in: Weitere Behandler/innen fügen Sie in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Your na&amp;me *</source>
        <translation>Ihr Na&amp;me *</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Name (Behandler/in)</translation>
    </message>
    <message>
        <source>User&amp;name *</source>
        <translation>&amp;Benutzername *</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word *</source>
        <translation>Pass&amp;wort *</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Confirm password *</source>
        <translation>Passwort wie&amp;derholen *</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <source>Set up clinic</source>
        <translation>Praxis einrichten</translation>
    </message>
    <message>
        <source>Connect to the clinic server…</source>
        <translation>Mit dem Praxisserver verbinden…</translation>
    </message>
</context>
<context>
    <name>CliniciansTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changes here take effect at once. A deactivated clinician can no longer log in or sign; their past visits keep their name.</source>
        <translation>Änderungen hier gelten sofort. Deaktivierte Behandler/innen können sich nicht mehr anmelden oder signieren; ihre früheren Termine behalten ihren Namen.</translation>
    </message>
    <message>
        <source>Only an administrator can add clinicians, deactivate accounts or reset passwords. Ask an administrator of this clinic.</source>
        <translation>Nur Administrator/innen können Behandler/innen hinzufügen, Konten deaktivieren oder Passwörter zurücksetzen. Wenden Sie sich an die Administration dieser Praxis.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator/in</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler/in</translation>
    </message>
    <message>
        <source>Administrators only</source>
        <translation>Nur für Administrator/innen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation>{name} kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another administrator.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren. Bitten Sie eine andere Person mit Administratorrechten.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>Dies ist das letzte aktive Administratorkonto; legen Sie zuerst ein weiteres an.</translation>
    </message>
    <message>
        <source>The password of {name} was changed.</source>
        <translation>Das Passwort von {name} wurde geändert.</translation>
    </message>
    <message>
        <source>{name} can now log in as {username}.</source>
        <translation>{name} kann sich jetzt als {username} anmelden.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare: {item}, {side}</source>
        <translation>Vergleich: {item}, {side}</translation>
    </message>
    <message>
        <source>Earlier: {date}</source>
        <translation>Früher: {date}</translation>
    </message>
    <message>
        <source>This visit: {date}</source>
        <translation>Dieser Termin: {date}</translation>
    </message>
    <message>
        <source>No angle measured</source>
        <translation>Kein Winkel gemessen</translation>
    </message>
    <message>
        <source>No angle was measured on both stills.</source>
        <translation>Auf beiden Standbildern wurde kein gemeinsamer Winkel gemessen.</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <source>Changed on another workstation by {name} at {time}.</source>
        <translation>An einem anderen Arbeitsplatz von {name} geändert ({time}).</translation>
    </message>
    <message>
        <source>Changed on another workstation at {time}.</source>
        <translation>An einem anderen Arbeitsplatz geändert ({time}).</translation>
    </message>
    <message>
        <source>Changed on another workstation.</source>
        <translation>An einem anderen Arbeitsplatz geändert.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Stored now: {value}</source>
        <translation>Jetzt gespeichert: {value}</translation>
    </message>
    <message>
        <source>You typed: {value}</source>
        <translation>Ihre Eingabe: {value}</translation>
    </message>
    <message>
        <source>Nothing was saved: choose which to keep.</source>
        <translation>Nichts wurde gespeichert: wählen Sie, was bleiben soll.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <source>Save the value you typed over the one stored now</source>
        <translation>Ihren Wert anstelle des jetzt gespeicherten speichern</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Anderen übernehmen</translation>
    </message>
    <message>
        <source>Show and keep the value stored now</source>
        <translation>Den jetzt gespeicherten Wert anzeigen und behalten</translation>
    </message>
</context>
<context>
    <name>ConsentBar</name>
    <message>
        <source>Patient agreed to be filmed</source>
        <translation>Patient/in ist mit Filmaufnahmen einverstanden</translation>
    </message>
    <message>
        <source>Tick before importing a video or photo of a test. The videos stay in the clinic&apos;s folder; KneeDesk keeps only the stills you choose, with their angles.</source>
        <translation>Vor dem Import eines Videos oder Fotos eines Tests ankreuzen. Die Videos bleiben im Ordner der Praxis; KneeDesk behält nur die gewählten Standbilder mit ihren Winkeln.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>ConvertBar</name>
    <message>
        <source>Draft · protocol v{version} rules</source>
        <translation>Entwurf · Regeln von Protokoll v{version}</translation>
    </message>
    <message>
        <source>This draft follows protocol v{version} rules. Converting to v{newest} keeps the answers whose items are unchanged and leaves the new v{newest} items empty for you to fill in.</source>
        <translation>Dieser Entwurf folgt den Regeln von Protokoll v{version}. Beim Umwandeln in v{newest} bleiben die Antworten unveränderter Punkte erhalten; die neuen Punkte von v{newest} bleiben leer, damit Sie sie ausfüllen.</translation>
    </message>
    <message>
        <source>Convert to v{newest}</source>
        <translation>In v{newest} umwandeln</translation>
    </message>
    <message>
        <source>Convert the draft</source>
        <translation>Entwurf umwandeln</translation>
    </message>
    <message>
        <source>Night pain is answered yes in this draft. In version 2, night pain means constant, night or rest pain only; unexplained weight loss is its own red flag.

Was this yes given for weight loss?

Yes: it is recorded as weight loss (a systemic red flag) and night pain is left for you to ask again. No: it stays night pain.</source>
        <translation>Nachtschmerz ist in diesem Entwurf mit Ja beantwortet. In Version 2 bedeutet Nachtschmerz nur Dauer-, Nacht- oder Ruheschmerz; ungeklärter Gewichtsverlust ist ein eigenes Warnzeichen.

Wurde dieses Ja wegen Gewichtsverlust gegeben?

Ja: Es wird als Gewichtsverlust erfasst (ein systemisches Warnzeichen), und Sie fragen den Nachtschmerz erneut ab. Nein: Es bleibt Nachtschmerz.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>KneeDesk met an unexpected problem. Everything you had already entered is saved. Please copy the report below and send it to your support contact.</source>
        <translation>KneeDesk ist auf ein unerwartetes Problem gestoßen. Alles, was Sie bereits eingegeben hatten, ist gespeichert. Bitte kopieren Sie den Bericht unten und senden Sie ihn an Ihren Support.</translation>
    </message>
    <message>
        <source>It was also written to {path}.</source>
        <translation>Er wurde auch in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
</context>
<context>
    <name>DemoProgressDialog</name>
    <message>
        <source>Preparing the demo clinic: synthetic runners and their visits...</source>
        <translation>Demo-Praxis wird vorbereitet: fiktive Läufer/innen und ihre Termine...</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Demo-Praxis</translation>
    </message>
    <message>
        <source>{done} of {total} runners</source>
        <translation>{done} von {total} Läufer/innen</translation>
    </message>
</context>
<context>
    <name>DerivedCell</name>
    <message>
        <source>Units are right</source>
        <translation>Einheiten stimmen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>From the differential checklist: {answered} of {asked} answered; possible or likely: {names}.</source>
        <translation>Aus der Differenzialdiagnose-Liste: {answered} von {asked} beantwortet; möglich oder wahrscheinlich: {names}.</translation>
    </message>
    <message>
        <source>From the differential checklist: {answered} of {asked} answered.</source>
        <translation>Aus der Differenzialdiagnose-Liste: {answered} von {asked} beantwortet.</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nicht eingegeben</translation>
    </message>
    <message>
        <source>{input} {value}</source>
        <extracomment>One input of a worked-out value: its label in lower case, then its value.</extracomment>
        <translation>{input} {value}</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Joins the inputs of a worked-out value: &quot;body mass 70 kg and height 175 cm&quot;.</extracomment>
        <translation> und </translation>
    </message>
    <message>
        <source>From {inputs}.</source>
        <translation>Berechnet aus {inputs}.</translation>
    </message>
    <message>
        <source>{label}, worked out</source>
        <translation>{label}, berechnet</translation>
    </message>
    <message>
        <source>Confirm the units of {label}</source>
        <translation>Einheiten von {label} bestätigen</translation>
    </message>
    <message>
        <source>Mass and height are in the right units: the value is real</source>
        <translation>Masse und Größe sind in den richtigen Einheiten: Der Wert ist echt</translation>
    </message>
    <message>
        <source>Not worked out yet</source>
        <translation>Noch nicht berechnet</translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>{low} bis {high}{unit}</translation>
    </message>
    <message>
        <source>Outside {band}: units confirmed.</source>
        <translation>Außerhalb von {band}: Einheiten bestätigt.</translation>
    </message>
    <message>
        <source>Outside {band}: check the units of body mass and height. The visit cannot be signed until you confirm them.</source>
        <translation>Außerhalb von {band}: Einheiten von Körpermasse und Größe prüfen. Der Termin kann erst signiert werden, wenn Sie sie bestätigen.</translation>
    </message>
</context>
<context>
    <name>DocumentBar</name>
    <message>
        <source>Patient &amp;handout</source>
        <translation>&amp;Patienteninformation</translation>
    </message>
    <message>
        <source>Clinician &amp;summary</source>
        <translation>&amp;Klinische Zusammenfassung</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>Dokument wird vorbereitet</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>{label}, left side</source>
        <translation>{label}, linke Seite</translation>
    </message>
    <message>
        <source>{label}, right side</source>
        <translation>{label}, rechte Seite</translation>
    </message>
    <message>
        <source>{name}: {detail}</source>
        <extracomment>An input&apos;s name for screen readers: the item (and side), then the option or entry.</extracomment>
        <translation>{name}: {detail}</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export {title} as {kind}</source>
        <translation>{title} als {kind} exportieren</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Beachten</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>{shown}; +{more} more</source>
        <extracomment>The first evidence line of a finding, then how many more lines its full card lists.</extracomment>
        <translation>{shown}; +{more} weitere</translation>
    </message>
    <message>
        <source>Show the evidence, thresholds and source</source>
        <translation>Belege, Schwellenwerte und Quelle anzeigen</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>{level}: {title}</source>
        <translation>{level}: {title}</translation>
    </message>
    <message>
        <source>Details of {title}</source>
        <translation>Details zu {title}</translation>
    </message>
</context>
<context>
    <name>FrameDecoder</name>
    <message>
        <source>This frame could not be decoded: {error}</source>
        <translation>Dieses Einzelbild konnte nicht dekodiert werden: {error}</translation>
    </message>
</context>
<context>
    <name>HandBackDialog</name>
    <message>
        <source>Hand the screen back to {name}. The clinician enters their password to return to the visit; the patient&apos;s answers are already saved.</source>
        <translation>Geben Sie den Bildschirm an {name} zurück. Die Behandlerin oder der Behandler gibt das Passwort ein, um zum Termin zurückzukehren; die Antworten der Patientin oder des Patienten sind bereits gespeichert.</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Clinician&apos;s password</source>
        <translation>Passwort der Behandler/in</translation>
    </message>
    <message>
        <source>Hand back to clinician</source>
        <translation>An Behandler/in zurückgeben</translation>
    </message>
</context>
<context>
    <name>HandoutLanguageBox</name>
    <message>
        <source>Handout language</source>
        <translation>Sprache der Patienteninformation</translation>
    </message>
    <message>
        <source>The language this patient&apos;s handout prints in. Saved with the patient.</source>
        <translation>Die Sprache, in der die Patienteninformation gedruckt wird. Wird beim Patienten gespeichert.</translation>
    </message>
    <message>
        <source>Clinic&apos;s language ({language})</source>
        <translation>Sprache der Praxis ({language})</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Still empty</source>
        <translation>Noch leer</translation>
    </message>
    <message>
        <source>Not tested…</source>
        <translation>Nicht getestet…</translation>
    </message>
    <message>
        <source>Mark {label} not tested</source>
        <translation>{label} als nicht getestet markieren</translation>
    </message>
    <message>
        <source>Mark this item not tested, with a reason ({keys} in any of its fields)</source>
        <translation>Dieses Item mit Grund als nicht getestet markieren ({keys} in einem seiner Felder)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>How to perform</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>How to perform: {label}</source>
        <translation>Durchführung: {label}</translation>
    </message>
    <message>
        <source>No suggestion from this visit&apos;s tests.</source>
        <translation>Kein Vorschlag aus den Tests dieses Termins.</translation>
    </message>
    <message>
        <source>Suggested from this visit&apos;s tests: {answer}.</source>
        <translation>Vorschlag aus den Tests dieses Termins: {answer}.</translation>
    </message>
    <message>
        <source>This visit&apos;s tests suggest: {answer}. You chose otherwise.</source>
        <translation>Die Tests dieses Termins schlagen vor: {answer}. Sie haben anders gewählt.</translation>
    </message>
    <message>
        <source>not tested: {reason}</source>
        <translation>nicht getestet: {reason}</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Same as this computer ({language})</source>
        <translation>Wie dieser Computer ({language})</translation>
    </message>
    <message>
        <source>The language of KneeDesk&apos;s screens for you on every computer of the clinic. It takes effect the next time you sign in.</source>
        <translation>Die Sprache der KneeDesk-Bildschirme für Sie, an jedem Computer der Praxis. Sie gilt ab Ihrer nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>The language patient handouts print in, unless a patient has a language of their own (on the patient&apos;s record or the report view). The clinician summary always prints in the language of the clinician who prints it.</source>
        <translation>Die Sprache, in der Patienteninformationen gedruckt werden, sofern ein Patient keine eigene hat (in seiner Akte oder in der Berichtsansicht). Die klinische Zusammenfassung wird immer in der Sprache des druckenden Behandlers gedruckt.</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>Nur ein Administrator kann dies ändern.</translation>
    </message>
    <message>
        <source>&amp;Your language</source>
        <translation>&amp;Ihre Sprache</translation>
    </message>
    <message>
        <source>&amp;Patient handouts</source>
        <translation>&amp;Patienteninformationen</translation>
    </message>
</context>
<context>
    <name>LeaveNotice</name>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>“{section}” still has {count} required items empty: {names}. You can come back to it.</source>
        <translation>„{section}“ hat noch {count} leere Pflicht-Items: {names}. Sie können später zurückkehren.</translation>
    </message>
    <message>
        <source>“{section}” still has {count} required item empty: {names}. You can come back to it.</source>
        <translation>„{section}“ hat noch {count} leeres Pflicht-Item: {names}. Sie können später zurückkehren.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>{entry}: {problem}</source>
        <extracomment>A refused entry of a list of numbers (&quot;Week 2&quot;), then what is wrong with it.</extracomment>
        <translation>{entry}: {problem}</translation>
    </message>
    <message>
        <source>{entries}: enter {range}</source>
        <translation>{entries}: {range} eingeben</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log in to continue</source>
        <translation>Melden Sie sich an, um fortzufahren</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Locked. {name}, enter your password to continue.</source>
        <translation>Gesperrt. {name}, geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Log in to continue</source>
        <translation>Melden Sie sich an, um fortzufahren</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Bilder ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>KneeDesk cannot open {file} ({problem}). Choose another file.</source>
        <translation>KneeDesk kann {file} nicht öffnen ({problem}). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; a logo must be under {limit} MB. Save a smaller copy (a few hundred pixels wide is plenty) and choose that.</source>
        <translation>{file} ist {size} MB groß; ein Logo muss kleiner als {limit} MB sein. Speichern Sie eine kleinere Kopie (einige hundert Pixel Breite genügen) und wählen Sie diese.</translation>
    </message>
    <message>
        <source>{file} is not an image KneeDesk can read ({problem}). Choose a PNG or JPEG file.</source>
        <translation>{file} ist kein Bild, das KneeDesk lesen kann ({problem}). Wählen Sie eine PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <source>KneeDesk could not convert this image. Choose a PNG or JPEG file.</source>
        <translation>KneeDesk konnte dieses Bild nicht umwandeln. Wählen Sie eine PNG- oder JPEG-Datei.</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>Behandler/in</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>Angles on the {test} still</source>
        <translation>Winkel im Standbild: {test}</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
    <message>
        <source>{test}, {leg} · frame {index} of {file}</source>
        <translation>{test}, {leg} · Einzelbild {index} aus {file}</translation>
    </message>
    <message>
        <source>{test}, {leg} · {file}</source>
        <translation>{test}, {leg} · {file}</translation>
    </message>
    <message>
        <source>Close without keeping the changes to the points and the camera view?</source>
        <translation>Schließen, ohne die Änderungen an den Punkten und der Kameraansicht zu behalten?</translation>
    </message>
</context>
<context>
    <name>MeasureView</name>
    <message>
        <source>Camera view</source>
        <translation>Kameraansicht</translation>
    </message>
    <message>
        <source>Where the camera was: it decides the sign of each angle</source>
        <translation>Wo die Kamera stand: davon hängt das Vorzeichen jedes Winkels ab</translation>
    </message>
    <message>
        <source>Angle to measure</source>
        <translation>Zu messender Winkel</translation>
    </message>
    <message>
        <source>Place this angle</source>
        <translation>Diesen Winkel setzen</translation>
    </message>
    <message>
        <source>Then click its points on the still, in the order asked</source>
        <translation>Klicken Sie dann seine Punkte im Standbild in der verlangten Reihenfolge an</translation>
    </message>
    <message>
        <source>Angles measured</source>
        <translation>Gemessene Winkel</translation>
    </message>
    <message>
        <source>Remove angle</source>
        <translation>Winkel entfernen</translation>
    </message>
    <message>
        <source>Remove the selected angle (Delete)</source>
        <translation>Ausgewählten Winkel entfernen (Entf)</translation>
    </message>
    <message>
        <source>Drag a point, or select it and nudge it with the arrow keys (Shift: 10 px). Tab goes to the next point. Ctrl+wheel or + and − zoom.</source>
        <translation>Ziehen Sie einen Punkt, oder wählen Sie ihn aus und verschieben Sie ihn mit den Pfeiltasten (Umschalt: 10 px). Tab geht zum nächsten Punkt. Strg+Mausrad oder + und − zoomen.</translation>
    </message>
    <message>
        <source>This still belongs to a signed visit: its points and camera view cannot be changed.</source>
        <translation>Dieses Standbild gehört zu einem signierten Termin: Punkte und Kameraansicht können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the still to the window</source>
        <translation>Standbild ins Fenster einpassen</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>{prompt}. Esc stops.</source>
        <translation>{prompt}. Esc bricht ab.</translation>
    </message>
    <message>
        <source>Choose an angle, then “Place this angle”.</source>
        <translation>Wählen Sie einen Winkel, dann „Diesen Winkel setzen“.</translation>
    </message>
</context>
<context>
    <name>MediaFolderTab</name>
    <message>
        <source>Where the clinic keeps its phone videos and photos. “Video or photo…” on the screen starts there, and a still&apos;s original is found there again even if it was renamed. KneeDesk never copies the videos into its database.</source>
        <translation>Hier bewahrt die Praxis ihre Handyvideos und -fotos auf. „Video oder Foto…“ in der Untersuchung beginnt dort, und das Original eines Standbilds wird dort auch nach einer Umbenennung wiedergefunden. KneeDesk kopiert die Videos nie in seine Datenbank.</translation>
    </message>
    <message>
        <source>Choose the folder where the clinic keeps its videos</source>
        <translation>Ordner wählen, in dem die Praxis ihre Videos aufbewahrt</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Kein Ordner gewählt</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>Medienordner</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Kein Ordner</translation>
    </message>
    <message>
        <source>&amp;Media folder</source>
        <translation>&amp;Medienordner</translation>
    </message>
</context>
<context>
    <name>NoRedFlagsControl</name>
    <message>
        <source>None of these: set every unanswered flag to No</source>
        <translation>Keines: alle offenen Warnzeichen auf Nein setzen</translation>
    </message>
    <message>
        <source>None of these red flags</source>
        <translation>Keines dieser Warnzeichen</translation>
    </message>
    <message>
        <source>Answers No for each red flag not answered yet; answers already given are kept</source>
        <translation>Beantwortet jedes noch offene Warnzeichen mit Nein; bereits gegebene Antworten bleiben</translation>
    </message>
    <message>
        <source>✓ All {count} red flag set to No</source>
        <translation>✓ {count} Warnzeichen auf Nein gesetzt</translation>
    </message>
    <message>
        <source>✓ All {count} red flags set to No</source>
        <translation>✓ Alle {count} Warnzeichen auf Nein gesetzt</translation>
    </message>
    <message>
        <source>✓ {count} red flag set to No</source>
        <translation>✓ {count} Warnzeichen auf Nein gesetzt</translation>
    </message>
    <message>
        <source>✓ {count} red flags set to No</source>
        <translation>✓ {count} Warnzeichen auf Nein gesetzt</translation>
    </message>
    <message>
        <source>; {count} already answered or not tested, left as they were</source>
        <extracomment>Follows &quot;✓ 3 red flags set to No&quot;; the number counts the flags left untouched.</extracomment>
        <translation>; {count} bereits beantwortet oder nicht getestet, unverändert gelassen</translation>
    </message>
    <message>
        <source>. ⚠ Not saved: {names} (see the flag)</source>
        <translation>. ⚠ Nicht gespeichert: {names} (siehe Warnzeichen)</translation>
    </message>
    <message>
        <source>Not available while a flag is answered Yes ({names})</source>
        <translation>Nicht verfügbar, solange ein Warnzeichen mit Ja beantwortet ist ({names})</translation>
    </message>
</context>
<context>
    <name>NotTestedForm</name>
    <message>
        <source>Too painful to test</source>
        <translation>Zu schmerzhaft zum Testen</translation>
    </message>
    <message>
        <source>Patient declined</source>
        <translation>Patient/in hat abgelehnt</translation>
    </message>
    <message>
        <source>Not indicated today</source>
        <translation>Heute nicht indiziert</translation>
    </message>
    <message>
        <source>Equipment not available</source>
        <translation>Ausrüstung nicht verfügbar</translation>
    </message>
    <message>
        <source>Not enough time</source>
        <translation>Nicht genug Zeit</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <source>Not tested:</source>
        <translation>Nicht getestet:</translation>
    </message>
    <message>
        <source>{label}: which side was not tested</source>
        <translation>{label}: welche Seite nicht getestet wurde</translation>
    </message>
    <message>
        <source>{label}: reason it was not tested</source>
        <translation>{label}: Grund, warum nicht getestet wurde</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Grund (Pflicht)</translation>
    </message>
    <message>
        <source>Mark not tested</source>
        <translation>Als nicht getestet markieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give a reason</source>
        <translation>Geben Sie einen Grund an</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>Allowed: {range}</source>
        <translation>Erlaubt: {range}</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>{low} bis {high}{unit}</translation>
    </message>
    <message>
        <source>{problem}: enter {range}</source>
        <translation>{problem}: {range} eingeben</translation>
    </message>
    <message>
        <source>Enter a whole number, {range}</source>
        <translation>Ganze Zahl eingeben, {range}</translation>
    </message>
    <message>
        <source>{value} is out of range: enter {range}</source>
        <translation>{value} liegt außerhalb des Bereichs: {range} eingeben</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached ({server})</source>
        <translation>Der Praxisserver ist nicht erreichbar ({server})</translation>
    </message>
    <message>
        <source>Keep working: what you type stays on screen and is kept on this computer until the server answers, then saved there in the order you typed it. Everything saved before is safe on the server. KneeDesk tries again every few seconds.</source>
        <translation>Arbeiten Sie weiter: Was Sie eingeben, bleibt auf dem Bildschirm und wird auf diesem Computer aufbewahrt, bis der Server antwortet, und dann dort in der Reihenfolge Ihrer Eingabe gespeichert. Alles zuvor Gespeicherte ist auf dem Server sicher. KneeDesk versucht es alle paar Sekunden erneut.</translation>
    </message>
    <message>
        <source>Answers waiting: {count}.</source>
        <translation>Wartende Antworten: {count}.</translation>
    </message>
    <message>
        <source>The answers typed meanwhile are saved on the server: {count}.</source>
        <translation>Die in der Zwischenzeit eingegebenen Antworten sind auf dem Server gespeichert: {count}.</translation>
    </message>
    <message>
        <source>Connected to the clinic server again</source>
        <translation>Wieder mit dem Praxisserver verbunden</translation>
    </message>
    <message>
        <source>Everything is saved on the server.</source>
        <translation>Alles ist auf dem Server gespeichert.</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <source>None of these</source>
        <translation>Keines davon</translation>
    </message>
    <message>
        <source>Score: not yet rated</source>
        <translation>Punktzahl: noch nicht bewertet</translation>
    </message>
    <message>
        <source>Score: {points}</source>
        <translation>Punktzahl: {points}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The password could not be checked: {error}. Try again.</source>
        <translation>Das Passwort konnte nicht geprüft werden: {error}. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>Das Passwort ist nicht richtig.</translation>
    </message>
</context>
<context>
    <name>PatientCard</name>
    <message>
        <source>Chart number</source>
        <translation>Aktennummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>&amp;Handout language</source>
        <translation>&amp;Sprache der Patienteninformation</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Angaben bearbeiten</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>{date}  (age {age})</source>
        <translation>{date}  ({age} Jahre)</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Patient archivieren</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Given name(s) *</source>
        <translation>Vorname(n) *</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Nachname *</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth *</source>
        <translation>Geburtsdatum *</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Year, month, day, for example 1992-03-14</source>
        <translation>Jahr, Monat, Tag, zum Beispiel 1992-03-14</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down in the field)</source>
        <translation>Datum im Kalender wählen (Alt+Pfeil nach unten im Feld)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Chart number *</source>
        <translation>Aktennummer *</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Aktennummer</translation>
    </message>
    <message>
        <source>Unique in this clinic</source>
        <translation>Eindeutig in dieser Praxis</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Patient bearbeiten</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add patient</source>
        <translation>Patient hinzufügen</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s given name.</source>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s family name.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <source>Enter the date of birth. {help}</source>
        <translation>Geben Sie das Geburtsdatum ein. {help}</translation>
    </message>
    <message>
        <source>Enter a chart number; it must be unique in this clinic.</source>
        <translation>Geben Sie eine Aktennummer ein; sie muss in dieser Praxis eindeutig sein.</translation>
    </message>
    <message>
        <source>Chart number {chart} already belongs to {name}. Use another number, or open that patient instead.</source>
        <translation>Die Aktennummer {chart} gehört bereits zu {name}. Verwenden Sie eine andere Nummer oder öffnen Sie stattdessen diesen Patienten.</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>{name}  (archived)</source>
        <translation>{name}  (archiviert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chart no.</source>
        <translation>Akten-Nr.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>{given} {family} - chart {chart}</source>
        <translation>{given} {family} - Akte {chart}</translation>
    </message>
</context>
<context>
    <name>PatientListPage</name>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Search by name, chart number or date of birth  (Ctrl+F)</source>
        <translation>Nach Name, Aktennummer oder Geburtsdatum suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+N)</source>
        <translation>Patient hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Gefundene Patienten</translation>
    </message>
    <message>
        <source>Recently seen patients</source>
        <translation>Zuletzt gesehene Patienten</translation>
    </message>
    <message>
        <source>Recently seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached: this list is as it was last read.</source>
        <translation>Der Praxisserver ist nicht erreichbar: Diese Liste ist der zuletzt gelesene Stand.</translation>
    </message>
    <message>
        <source>More than {limit} patients found</source>
        <translation>Mehr als {limit} Patienten gefunden</translation>
    </message>
    <message>
        <source>More than {limit} patients</source>
        <translation>Mehr als {limit} Patienten</translation>
    </message>
    <message numerus="yes">
        <source>{count} patients found</source>
        <translation>
            <numerusform>{count} Patient gefunden</numerusform>
            <numerusform>{count} Patienten gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} patients</source>
        <translation>
            <numerusform>{count} Patient</numerusform>
            <numerusform>{count} Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient matches “{query}”. Check the spelling, search by chart number or date of birth, or choose New patient (Ctrl+N) to add them.</source>
        <translation>Kein Patient passt zu „{query}“. Prüfen Sie die Schreibweise, suchen Sie nach Aktennummer oder Geburtsdatum, oder wählen Sie Neuer Patient (Strg+N), um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>Every patient is archived. Tick Show archived to see them, or choose New patient (Ctrl+N).</source>
        <translation>Alle Patienten sind archiviert. Setzen Sie das Häkchen bei Archivierte anzeigen, um sie zu sehen, oder wählen Sie Neuer Patient (Strg+N).</translation>
    </message>
    <message>
        <source>No patients yet. Choose New patient (Ctrl+N) to add the first one.</source>
        <translation>Noch keine Patienten. Wählen Sie Neuer Patient (Strg+N), um den ersten hinzuzufügen.</translation>
    </message>
    <message>
        <source>Patients you open appear here.</source>
        <translation>Hier erscheinen die Patienten, die Sie öffnen.</translation>
    </message>
</context>
<context>
    <name>PatientModeView</name>
    <message>
        <source>About your knee</source>
        <translation>Über Ihr Knie</translation>
    </message>
    <message>
        <source>Hand back to clinician</source>
        <translation>Zurück an Behandler/in</translation>
    </message>
    <message>
        <source>Press a number key or click an answer. Enter goes to the next question.</source>
        <translation>Drücken Sie eine Zahlentaste oder klicken Sie auf eine Antwort. Mit Enter geht es zur nächsten Frage.</translation>
    </message>
    <message>
        <source>‹ Previous question</source>
        <translation>‹ Vorherige Frage</translation>
    </message>
    <message>
        <source>Next question ›</source>
        <translation>Nächste Frage ›</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {label}</source>
        <translation>Frage {number} von {count} · {label}</translation>
    </message>
    <message>
        <source>Finish ›</source>
        <translation>Fertig ›</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <source>{count} question(s) skipped</source>
        <translation>{count} Frage(n) übersprungen</translation>
    </message>
    <message>
        <source>Thank you. Please hand the screen back to your clinician.</source>
        <translation>Danke. Bitte geben Sie den Bildschirm an Ihre Behandlerin oder Ihren Behandler zurück.</translation>
    </message>
    <message>
        <source>Hand the screen back; your clinician enters their password</source>
        <translation>Geben Sie den Bildschirm zurück; Ihre Behandlerin oder Ihr Behandler gibt das Passwort ein</translation>
    </message>
</context>
<context>
    <name>PatientRecordPage</name>
    <message>
        <source>&lt; Patients</source>
        <translation>&lt; Patienten</translation>
    </message>
    <message>
        <source>Back to the patient list (Esc)</source>
        <translation>Zurück zur Patientenliste (Esc)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>New screen</source>
        <translation>Neues Screening</translation>
    </message>
    <message>
        <source>Start a new movement screen today (Ctrl+Shift+N)</source>
        <translation>Heute ein neues Bewegungsscreening beginnen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Continue draft</source>
        <translation>Entwurf fortsetzen</translation>
    </message>
    <message>
        <source>Addendum...</source>
        <translation>Nachtrag...</translation>
    </message>
    <message>
        <source>Handout &amp;&amp; summary...</source>
        <translation>Information &amp;&amp; Zusammenfassung...</translation>
    </message>
    <message>
        <source>The patient handout and clinician summary of this visit</source>
        <translation>Patienteninformation und klinische Zusammenfassung dieses Termins</translation>
    </message>
    <message>
        <source>No visits yet. Choose New screen (Ctrl+Shift+N) to start the first movement screen.</source>
        <translation>Noch keine Termine. Wählen Sie Neues Screening (Strg+Umschalt+N), um das erste Bewegungsscreening zu beginnen.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Visit history and actions (Ctrl+1)</source>
        <translation>Terminverlauf und Aktionen (Strg+1)</translation>
    </message>
    <message>
        <source>Charts over the visits (Ctrl+2)</source>
        <translation>Diagramme über die Termine (Strg+2)</translation>
    </message>
    <message>
        <source>This record could not be opened. {what} {todo}</source>
        <translation>Diese Akte konnte nicht geöffnet werden. {what} {todo}</translation>
    </message>
    <message>
        <source>This record could not be opened ({error}). Go back to the patient list and open it again; if it keeps failing, restart KneeDesk.</source>
        <translation>Diese Akte konnte nicht geöffnet werden ({error}). Gehen Sie zurück zur Patientenliste und öffnen Sie sie erneut; wenn es weiter fehlschlägt, starten Sie KneeDesk neu.</translation>
    </message>
    <message>
        <source>Open signed visit</source>
        <translation>Signierten Termin öffnen</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Training adjustment</source>
        <translation>Trainingsanpassung</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Aufklärung</translation>
    </message>
    <message>
        <source>Short-term help, with exercise</source>
        <translation>Kurzfristige Hilfe, mit Übungen</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>training adjustment</source>
        <translation>Trainingsanpassung</translation>
    </message>
    <message>
        <source>education</source>
        <translation>Aufklärung</translation>
    </message>
    <message>
        <source>short-term help, with exercise</source>
        <translation>kurzfristige Hilfe, mit Übungen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan items; dose and note can be edited (F2 or type)</source>
        <translation>Planeinträge; Dosis und Notiz sind bearbeitbar (F2 oder tippen)</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Planeintrag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No plan items.</source>
        <translation>Keine Planeinträge.</translation>
    </message>
    <message>
        <source>Plan item to add from the library</source>
        <translation>Eintrag aus der Bibliothek zum Hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Reset to suggested</source>
        <translation>Auf Vorschlag zurücksetzen</translation>
    </message>
    <message>
        <source>Add from the library:</source>
        <translation>Aus der Bibliothek hinzufügen:</translation>
    </message>
    <message>
        <source>Plan not saved: {reason}</source>
        <translation>Plan nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>{dose}
(library dose, printed on the handout; type to change it)</source>
        <translation>{dose}
(Dosis aus der Bibliothek, wird auf der Patienteninformation gedruckt; zum Ändern tippen)</translation>
    </message>
</context>
<context>
    <name>PresenceNote</name>
    <message>
        <source>Open on another workstation by {name} since {time}.</source>
        <translation>Auf einem anderen Arbeitsplatz geöffnet von {name} seit {time}.</translation>
    </message>
    <message>
        <source>Answers saved there appear here as they are saved.</source>
        <translation>Dort gespeicherte Antworten erscheinen hier, sobald sie gespeichert sind.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Page {page} could not be prepared for printing.</source>
        <translation>Seite {page} konnte nicht für den Druck vorbereitet werden.</translation>
    </message>
    <message>
        <source>Printing was interrupted before the last page.</source>
        <translation>Der Druck wurde vor der letzten Seite unterbrochen.</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was sent to the printer.</source>
        <translation>Der Druck wurde abgebrochen; nichts wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is on and connected.</source>
        <translation>Der Drucker konnte nicht gestartet werden; prüfen Sie, ob er eingeschaltet und verbunden ist.</translation>
    </message>
    <message>
        <source>The printer stopped before page {page}.</source>
        <translation>Der Drucker hat vor Seite {page} angehalten.</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <source>Printing page {page} of {pages}</source>
        <translation>Seite {page} von {pages} wird gedruckt</translation>
    </message>
    <message>
        <source>Preparing page {page} of {pages}</source>
        <translation>Seite {page} von {pages} wird vorbereitet</translation>
    </message>
</context>
<context>
    <name>PrintProgressDialog</name>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Das Dokument</translation>
    </message>
    <message>
        <source>{document} on {printer}</source>
        <translation>{document} auf {printer}</translation>
    </message>
    <message>
        <source>Opening the document...</source>
        <translation>Dokument wird geöffnet...</translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>Druckfortschritt</translation>
    </message>
    <message>
        <source>Nothing has been sent to the printer yet.</source>
        <translation>Noch wurde nichts an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The pages are going to the printer; this can no longer be cancelled.</source>
        <translation>Die Seiten gehen an den Drucker; das kann nicht mehr abgebrochen werden.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read for printing; nothing was printed.</source>
        <translation>Das Dokument konnte für den Druck nicht gelesen werden; es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>{title} drucken</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Section {number} of {count} · {done_here} of {items_here} items here · {done_total} of {items_total} in all</source>
        <translation>Abschnitt {number} von {count} · {done_here} von {items_here} Items hier · {done_total} von {items_total} insgesamt</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>{number} point</source>
        <translation>{number} Punkt</translation>
    </message>
    <message>
        <source>{number} points</source>
        <translation>{number} Punkte</translation>
    </message>
    <message>
        <source>{number} of 6</source>
        <translation>{number} von 6</translation>
    </message>
    <message>
        <source>{number} of 5</source>
        <translation>{number} von 5</translation>
    </message>
    <message>
        <source>scored 0 to 10</source>
        <translation>bewertet von 0 bis 10</translation>
    </message>
    <message>
        <source>% of body weight</source>
        <translation>% des Körpergewichts</translation>
    </message>
    <message>
        <source>points, 0 best to 6 worst</source>
        <translation>Punkte, 0 am besten bis 6 am schlechtesten</translation>
    </message>
    <message>
        <source>stage, 0 not running to 5 full training</source>
        <translation>Stufe, 0 kein Laufen bis 5 volles Training</translation>
    </message>
    <message>
        <source>{line} (painful)</source>
        <translation>{line} (schmerzhaft)</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>meaningful improvement</source>
        <translation>relevante Verbesserung</translation>
    </message>
    <message>
        <source>meaningful worsening</source>
        <translation>relevante Verschlechterung</translation>
    </message>
    <message>
        <source>meaningful change</source>
        <translation>relevante Veränderung</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>latest visit: {not_asked}</source>
        <translation>letzter Termin: {not_asked}</translation>
    </message>
    <message>
        <source>not measured at the latest visit</source>
        <translation>beim letzten Termin nicht gemessen</translation>
    </message>
    <message>
        <source>measured once; earlier visits: {not_asked}</source>
        <translation>einmal gemessen; frühere Termine: {not_asked}</translation>
    </message>
    <message>
        <source>measured once</source>
        <translation>einmal gemessen</translation>
    </message>
    <message>
        <source>not measured at the last visit</source>
        <translation>beim vorigen Termin nicht gemessen</translation>
    </message>
    <message>
        <source>v1 visit</source>
        <translation>v1-Termin</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>A change of {rule} of the earlier value is meaningful (marked ★).</source>
        <translation>Eine Veränderung um {rule} des früheren Werts ist relevant (markiert ★).</translation>
    </message>
    <message>
        <source>Shaded: {below} from the first {line} score. A change of {beyond} is meaningful (marked ★).</source>
        <translation>Schattiert: {below} vom ersten Wert „{line}“. Eine Veränderung um {beyond} ist relevant (markiert ★).</translation>
    </message>
    <message>
        <source>Shaded: {below} from the first visit. A change of {beyond} is meaningful (marked ★).</source>
        <translation>Schattiert: {below} vom ersten Termin. Eine Veränderung um {beyond} ist relevant (markiert ★).</translation>
    </message>
    <message>
        <source>Shaded: the test&apos;s usual error, ±{size} of each side&apos;s first value. A change of {beyond} of the earlier value is more than the test&apos;s usual error (marked ★); a smaller one may be noise.</source>
        <translation>Schattiert: der übliche Fehler des Tests, ±{size} des ersten Werts jeder Seite. Eine Veränderung um {beyond} des früheren Werts ist mehr als der übliche Fehler des Tests (markiert ★); eine kleinere kann Rauschen sein.</translation>
    </message>
    <message>
        <source>Shaded: the test&apos;s usual error, ±{size} around each side&apos;s first value. A change of {beyond} is more than the test&apos;s usual error (marked ★); a smaller one may be noise.</source>
        <translation>Schattiert: der übliche Fehler des Tests, ±{size} um den ersten Wert jeder Seite. Eine Veränderung um {beyond} ist mehr als der übliche Fehler des Tests (markiert ★); eine kleinere kann Rauschen sein.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Progress appears after the second visit.</source>
        <translation>Der Verlauf erscheint nach dem zweiten Termin.</translation>
    </message>
    <message>
        <source>No visits yet. Progress appears after the second visit.</source>
        <translation>Noch keine Termine. Der Verlauf erscheint nach dem zweiten Termin.</translation>
    </message>
    <message>
        <source>One visit, on {date}.</source>
        <translation>Ein Termin, am {date}.</translation>
    </message>
    <message>
        <source>{n} visits, {first} to {last}. Point at a marker for its value and date; right-click a chart to export it.</source>
        <translation>{n} Termine, {first} bis {last}. Zeigen Sie auf eine Markierung für Wert und Datum; ein Rechtsklick auf ein Diagramm exportiert es.</translation>
    </message>
    <message>
        <source>Not measured at any visit: {measures}.</source>
        <translation>Bei keinem Termin gemessen: {measures}.</translation>
    </message>
    <message>
        <source>Measured on {date} (draft)</source>
        <translation>Gemessen am {date} (Entwurf)</translation>
    </message>
    <message>
        <source>Measured on {date}</source>
        <translation>Gemessen am {date}</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Give a reason why it was not tested</source>
        <translation>Geben Sie an, warum nicht getestet wurde</translation>
    </message>
</context>
<context>
    <name>RedFlagBanner</name>
    <message>
        <source>Refer / rule out first</source>
        <translation>Zuerst überweisen / abklären</translation>
    </message>
    <message>
        <source>Red flag: refer or rule out first</source>
        <translation>Warnzeichen: zuerst überweisen oder abklären</translation>
    </message>
    <message>
        <source>Red flag: {flags}. Refer or investigate before treating this as runner&apos;s knee; the handout will carry no exercise plan.</source>
        <translation>Warnzeichen: {flags}. Vor einer Behandlung als Läuferknie überweisen oder abklären; die Patienteninformation enthält kein Übungsprogramm.</translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>&lt; Back to record</source>
        <translation>&lt; Zurück zur Akte</translation>
    </message>
    <message>
        <source>Back to the patient&apos;s record (Esc)</source>
        <translation>Zurück zur Patientenakte (Esc)</translation>
    </message>
</context>
<context>
    <name>ReportIssuer</name>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>This kept copy no longer matches the fingerprint (SHA-256) recorded when it was printed: it was changed outside KneeDesk, so it was not printed. Print the document again from the preview, run &apos;kneedesk check&apos;, and tell your administrator.</source>
        <translation>Diese aufbewahrte Kopie stimmt nicht mehr mit dem beim Drucken erfassten Fingerabdruck (SHA-256) überein: Sie wurde außerhalb von KneeDesk geändert und deshalb nicht gedruckt. Drucken Sie das Dokument erneut aus der Vorschau, führen Sie &apos;kneedesk check&apos; aus und informieren Sie Ihre Administration.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Handout and summary</source>
        <translation>Information und Zusammenfassung</translation>
    </message>
    <message>
        <source>{given} {family} - screen of {date} ({visit})</source>
        <translation>{given} {family} - Screening vom {date} ({visit})</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Signiert von {name}</translation>
    </message>
    <message>
        <source>Draft (not signed)</source>
        <translation>Entwurf (nicht signiert)</translation>
    </message>
    <message>
        <source>ALTERED RECORD: this signed visit no longer matches its signature. Every page prints with a warning bar; restore from a backup and tell your administrator.</source>
        <translation>VERÄNDERTER EINTRAG: Dieser signierte Termin stimmt nicht mehr mit seiner Signatur überein. Jede Seite wird mit einem Warnbalken gedruckt; stellen Sie eine Sicherung wieder her und informieren Sie Ihre Administration.</translation>
    </message>
    <message>
        <source>Draft: preview only. Sign the visit to print or save it, so that what the patient takes home is the signed record and can be reprinted exactly.</source>
        <translation>Entwurf: nur Vorschau. Signieren Sie den Termin, um ihn zu drucken oder zu speichern, damit das, was die Patientin oder der Patient mitnimmt, der signierte Eintrag ist und genau nachgedruckt werden kann.</translation>
    </message>
    <message>
        <source>Clinician summary printed and kept with the visit.</source>
        <translation>Klinische Zusammenfassung gedruckt und beim Termin aufbewahrt.</translation>
    </message>
    <message>
        <source>Patient handout printed and kept with the visit.</source>
        <translation>Patienteninformation gedruckt und beim Termin aufbewahrt.</translation>
    </message>
    <message>
        <source>Clinician summary saved as {file} and kept with the visit.</source>
        <translation>Klinische Zusammenfassung als {file} gespeichert und beim Termin aufbewahrt.</translation>
    </message>
    <message>
        <source>Patient handout saved as {file} and kept with the visit.</source>
        <translation>Patienteninformation als {file} gespeichert und beim Termin aufbewahrt.</translation>
    </message>
    <message>
        <source>Reprint refused</source>
        <translation>Nachdruck verweigert</translation>
    </message>
    <message>
        <source>{title} (reprint)</source>
        <translation>{title} (Nachdruck)</translation>
    </message>
    <message>
        <source>Clinician summary of {time} reprinted.</source>
        <translation>Klinische Zusammenfassung vom {time} nachgedruckt.</translation>
    </message>
    <message>
        <source>Patient handout of {time} reprinted.</source>
        <translation>Patienteninformation vom {time} nachgedruckt.</translation>
    </message>
    <message>
        <source>Preparing the clinician summary...</source>
        <translation>Klinische Zusammenfassung wird vorbereitet...</translation>
    </message>
    <message>
        <source>Preparing the patient handout...</source>
        <translation>Patienteninformation wird vorbereitet...</translation>
    </message>
    <message numerus="yes">
        <source>{count} pages</source>
        <translation>
            <numerusform>{count} Seite</numerusform>
            <numerusform>{count} Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be prepared. This is a bug; please report it.</source>
        <translation>Das Dokument konnte nicht vorbereitet werden. Das ist ein Programmfehler; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>This visit cannot be reported on (see above).</source>
        <translation>Für diesen Termin kann kein Dokument erstellt werden (siehe oben).</translation>
    </message>
    <message>
        <source>Sign the visit to print or save it.</source>
        <translation>Signieren Sie den Termin, um ihn zu drucken oder zu speichern.</translation>
    </message>
    <message>
        <source>Preparing the document...</source>
        <translation>Dokument wird vorbereitet...</translation>
    </message>
    <message>
        <source>The document could not be prepared (see above).</source>
        <translation>Das Dokument konnte nicht vorbereitet werden (siehe oben).</translation>
    </message>
    <message>
        <source>Log in to print or save.</source>
        <translation>Melden Sie sich an, um zu drucken oder zu speichern.</translation>
    </message>
    <message>
        <source>A copy of what you print or save is kept with the visit.</source>
        <translation>Eine Kopie dessen, was Sie drucken oder speichern, wird beim Termin aufbewahrt.</translation>
    </message>
    <message>
        <source>Nothing to print yet.</source>
        <translation>Noch nichts zu drucken.</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>visit {number} of {total}</source>
        <translation>Termin {number} von {total}</translation>
    </message>
    <message>
        <source>{title} - {given} {family}, {date}</source>
        <translation>{title} - {given} {family}, {date}</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Klinische Zusammenfassung</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Patienteninformation</translation>
    </message>
</context>
<context>
    <name>RestorePreviewDialog</name>
    <message>
        <source>{visits} ({signed} signed, {drafts} draft)</source>
        <translation>{visits} ({signed} signiert, {drafts} Entwurf)</translation>
    </message>
    <message>
        <source>{visits} ({signed} signed, {drafts} drafts)</source>
        <translation>{visits} ({signed} signiert, {drafts} Entwürfe)</translation>
    </message>
    <message>
        <source>KneeDesk holds {patients} patients and {visits} visits now (newest visit {newest}).</source>
        <translation>KneeDesk enthält jetzt {patients} Patienten und {visits} Termine (neuester Termin: {newest}).</translation>
    </message>
    <message>
        <source>The backup has {patients} fewer patients and {visits} fewer visits.</source>
        <translation>Die Sicherung enthält {patients} Patienten und {visits} Termine weniger.</translation>
    </message>
    <message>
        <source>The backup is from another clinic: {clinic}.</source>
        <translation>Die Sicherung stammt aus einer anderen Praxis: {clinic}.</translation>
    </message>
    <message>
        <source>Everything entered after the backup was made will no longer appear. The current records are first kept as a verified copy beside the database, so nothing is deleted. Everyone is logged out afterwards.</source>
        <translation>Alles, was nach der Sicherung eingegeben wurde, ist danach nicht mehr zu sehen. Die aktuellen Daten werden vorher als geprüfte Kopie neben der Datenbank aufbewahrt, es wird also nichts gelöscht. Anschließend werden alle abgemeldet.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the records with this backup?</source>
        <translation>Daten durch diese Sicherung ersetzen?</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Clinic:</source>
        <translation>Praxis:</translation>
    </message>
    <message>
        <source>(no clinic name)</source>
        <translation>(kein Praxisname)</translation>
    </message>
    <message>
        <source>Backup made:</source>
        <translation>Sicherung erstellt:</translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation>Patienten:</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Termine:</translation>
    </message>
    <message>
        <source>Newest visit:</source>
        <translation>Neuester Termin:</translation>
    </message>
    <message>
        <source>Last change recorded:</source>
        <translation>Letzte erfasste Änderung:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <source>intact, {size}</source>
        <translation>intakt, {size}</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Geben Sie zur Bestätigung {word} ein</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Zur Bestätigung {word} eingeben:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ReviewField</name>
    <message>
        <source>Choose or type, e.g. in 3 weeks</source>
        <translation>Wählen oder tippen, z. B. in 3 weeks</translation>
    </message>
    <message>
        <source>Printed on the patient&apos;s handout. “in N weeks” also prints the date it falls on.</source>
        <extracomment>“in N weeks” is what the clinician types (in English) for the handout to print the date.</extracomment>
        <translation>Wird auf der Patienteninformation gedruckt. „in N weeks“ druckt auch das Datum.</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Nächster Termin:</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>ScreenWizard</name>
    <message>
        <source>Summary · {done} of {total} items complete</source>
        <translation>Zusammenfassung · {done} von {total} Items vollständig</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>scores, findings, plan</source>
        <translation>Scores, Befunde, Plan</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>teilweise erledigt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Sections of the screen</source>
        <translation>Abschnitte des Screenings</translation>
    </message>
    <message>
        <source>Summary and plan</source>
        <translation>Zusammenfassung und Plan</translation>
    </message>
    <message>
        <source>Summary: {status}</source>
        <translation>Zusammenfassung: {status}</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Hand the Kujala questionnaire to the patient…</source>
        <translation>Kujala-Fragebogen an Patient/in übergeben…</translation>
    </message>
    <message>
        <source>Large print, one question at a time</source>
        <translation>Große Schrift, eine Frage nach der anderen</translation>
    </message>
    <message>
        <source>Required and still empty ({count}): {names}.</source>
        <translation>Pflicht und noch leer ({count}): {names}.</translation>
    </message>
</context>
<context>
    <name>ServerDownDialog</name>
    <message>
        <source>KneeDesk cannot connect to the clinic server ({place}).</source>
        <translation>KneeDesk kann keine Verbindung zum Praxisserver herstellen ({place}).</translation>
    </message>
    <message>
        <source>{reason}

The clinic&apos;s records are kept on the server; nothing on this computer was changed.</source>
        <translation>{reason}

Die Daten der Praxis liegen auf dem Server; auf diesem Computer wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Server settings…</source>
        <translation>Server-Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Clinic server</source>
        <translation>Praxisserver</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Choose the clinic&apos;s CA certificate</source>
        <translation>CA-Zertifikat der Praxis wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This workstation only (file on this computer)</source>
        <translation>Nur dieser Arbeitsplatz (Datei auf diesem Computer)</translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation>Praxisserver</translation>
    </message>
    <message>
        <source>With the clinic server, every workstation of the clinic works on the same patients. A change here takes effect the next time KneeDesk starts.</source>
        <translation>Mit dem Praxisserver arbeiten alle Arbeitsplätze der Praxis mit denselben Patienten. Eine Änderung hier gilt ab dem nächsten Start von KneeDesk.</translation>
    </message>
    <message>
        <source>e.g. clinic-server.local</source>
        <translation>z. B. praxis-server.local</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain</source>
        <translation>Im Schlüsselbund dieses Computers gespeichert</translation>
    </message>
    <message>
        <source>Not needed for a server on this computer</source>
        <translation>Für einen Server auf diesem Computer nicht nötig</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>Nur ein Administrator kann dies ändern.</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>TLS &amp;CA file</source>
        <translation>TLS-&amp;CA-Datei</translation>
    </message>
    <message>
        <source>Connecting to the clinic server…</source>
        <translation>Verbindung zum Praxisserver wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: the clinic database is ready for KneeDesk.</source>
        <translation>Verbunden: Die Praxisdatenbank ist für KneeDesk bereit.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not be used ({error}). KneeDesk keeps the server&apos;s password only there: ask your IT provider to set one up.</source>
        <translation>Der Schlüsselbund dieses Computers konnte nicht verwendet werden ({error}). KneeDesk speichert das Passwort des Servers nur dort: Bitten Sie Ihren IT-Dienstleister, einen einzurichten.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>These details head every report and handout.</source>
        <translation>Diese Angaben stehen über jedem Bericht und jeder Patienteninformation.</translation>
    </message>
    <message>
        <source>Clinic &amp;name *</source>
        <translation>Praxis&amp;name *</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Adresse der Praxis</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefon der Praxis</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>Logo wählen...</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Logo der Praxis wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Units &amp;&amp; paper</source>
        <translation>Einheiten und Papier</translation>
    </message>
    <message>
        <source>Values are always stored in metric units; these settings change how they are shown and typed.</source>
        <translation>Werte werden immer metrisch gespeichert; diese Einstellungen ändern, wie sie angezeigt und eingegeben werden.</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>&amp;Dynamometer unit</source>
        <translation>&amp;Dynamometer-Einheit</translation>
    </message>
    <message>
        <source>Dynamometer unit</source>
        <translation>Dynamometer-Einheit</translation>
    </message>
    <message>
        <source>The unit your hand-held dynamometer shows; strength is typed in it.</source>
        <translation>Die Einheit, die Ihr Handdynamometer anzeigt; die Kraft wird darin eingegeben.</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>When a finding is reported. The defaults come from the published sources named under each value; change them only if your clinic has agreed on other values.</source>
        <translation>Wann ein Befund gemeldet wird. Die Standardwerte stammen aus den unter jedem Wert genannten Veröffentlichungen; ändern Sie sie nur, wenn Ihre Praxis andere Werte vereinbart hat.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset all thresholds to their defaults</source>
        <translation>Alle Schwellenwerte auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Sperren nach</translation>
    </message>
    <message>
        <source>Auto-lock after minutes</source>
        <translation>Automatisch sperren nach Minuten</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Behandler/innen</translation>
    </message>
    <message>
        <source>Changes here take effect at once. A deactivated clinician can no longer log in or sign; their past visits keep their name.</source>
        <translation>Änderungen hier gelten sofort. Deaktivierte Behandler/innen können sich nicht mehr anmelden oder signieren; ihre früheren Termine behalten ihren Namen.</translation>
    </message>
    <message>
        <source>Clinician accounts</source>
        <translation>Konten der Behandler/innen</translation>
    </message>
    <message>
        <source>Add clinician...</source>
        <translation>Behandler/in hinzufügen...</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>Passwort zurücksetzen...</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation>Praxisserver</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix the fields marked in red ({tabs}).</source>
        <translation>Es wurde nichts gespeichert. Korrigieren Sie die rot markierten Felder ({tabs}).</translation>
    </message>
    <message>
        <source>KneeDesk never locks by itself. Lock it whenever you leave the computer, or patient records stay on screen.</source>
        <translation>KneeDesk sperrt sich nie von selbst. Sperren Sie es immer, wenn Sie den Computer verlassen, sonst bleiben Patientendaten sichtbar.</translation>
    </message>
    <message>
        <source>After {n} minute without typing or mouse movement, KneeDesk locks and hides patient data until you log in again. Nothing you were doing is lost.</source>
        <translation>Nach {n} Minute ohne Tippen oder Mausbewegung sperrt sich KneeDesk und verbirgt Patientendaten, bis Sie sich wieder anmelden. Nichts von Ihrer Arbeit geht verloren.</translation>
    </message>
    <message>
        <source>After {n} minutes without typing or mouse movement, KneeDesk locks and hides patient data until you log in again. Nothing you were doing is lost.</source>
        <translation>Nach {n} Minuten ohne Tippen oder Mausbewegung sperrt sich KneeDesk und verbirgt Patientendaten, bis Sie sich wieder anmelden. Nichts von Ihrer Arbeit geht verloren.</translation>
    </message>
</context>
<context>
    <name>SideCell</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo not tested: {label}</source>
        <translation>„Nicht getestet“ rückgängig: {label}</translation>
    </message>
    <message>
        <source>Not tested: {reason}</source>
        <translation>Nicht getestet: {reason}</translation>
    </message>
    <message>
        <source>{side}  ● painful side</source>
        <translation>{side}  ● schmerzhafte Seite</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign this visit as {name}? The findings and plan are stored as shown, and the visit becomes read-only. Later corrections are added as addenda.</source>
        <translation>Diesen Termin als {name} signieren? Befunde und Plan werden wie angezeigt gespeichert, und der Termin kann danach nur noch gelesen werden. Spätere Korrekturen werden als Nachträge hinzugefügt.</translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>Termin signieren</translation>
    </message>
    <message>
        <source>Still empty (required): {items}. You can sign anyway; the summary and handout will say these were not recorded.</source>
        <translation>Noch leer (Pflichtangaben): {items}. Sie können trotzdem signieren; Zusammenfassung und Patienteninformation vermerken, dass diese nicht erfasst wurden.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another program is using the name KneeDesk uses to find its own open window, and it did not answer as KneeDesk. KneeDesk starts anyway; if KneeDesk is already open on this database it will say so. If this happens again, restart the computer or ask your IT support to check which program it is.</source>
        <translation>Ein anderes Programm verwendet den Namen, über den KneeDesk sein eigenes offenes Fenster findet, und hat nicht wie KneeDesk geantwortet. KneeDesk startet trotzdem; ist KneeDesk bereits mit dieser Datenbank geöffnet, meldet es das. Passiert dies erneut, starten Sie den Computer neu oder bitten Sie Ihren IT-Support zu prüfen, um welches Programm es sich handelt.</translation>
    </message>
</context>
<context>
    <name>StillCard</name>
    <message>
        <source>This still&apos;s picture no longer matches the one kept when it was taken: it was changed outside KneeDesk. Do not rely on it.</source>
        <translation>Dieses Standbild stimmt nicht mehr mit dem bei der Aufnahme gespeicherten überein: Es wurde außerhalb von KneeDesk geändert. Verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <source>Photo {file}</source>
        <translation>Foto {file}</translation>
    </message>
    <message>
        <source>{file}, frame {frame} of {count}</source>
        <translation>{file}, Einzelbild {frame} von {count}</translation>
    </message>
    <message>
        <source>Camera: {view}</source>
        <translation>Kamera: {view}</translation>
    </message>
    <message>
        <source>No angle measured yet</source>
        <translation>Noch kein Winkel gemessen</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>VERÄNDERT</translation>
    </message>
    <message>
        <source>Print on handout</source>
        <translation>Auf Patienteninfo drucken</translation>
    </message>
    <message>
        <source>Print on handout: still of the left side</source>
        <translation>Auf Patienteninfo drucken: Standbild der linken Seite</translation>
    </message>
    <message>
        <source>Print on handout: still of the right side</source>
        <translation>Auf Patienteninfo drucken: Standbild der rechten Seite</translation>
    </message>
    <message>
        <source>Print this still and its angles on the handout</source>
        <translation>Dieses Standbild und seine Winkel auf der Patienteninformation drucken</translation>
    </message>
    <message>
        <source>Hide face</source>
        <translation>Gesicht verbergen</translation>
    </message>
    <message>
        <source>Blur the face when the still is printed on the handout</source>
        <translation>Gesicht unscharf machen, wenn das Standbild auf der Patienteninformation gedruckt wird</translation>
    </message>
    <message>
        <source>Hide face: still of the left side</source>
        <translation>Gesicht verbergen: Standbild der linken Seite</translation>
    </message>
    <message>
        <source>Hide face: still of the right side</source>
        <translation>Gesicht verbergen: Standbild der rechten Seite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note on the still of the left side</source>
        <translation>Notiz zum Standbild der linken Seite</translation>
    </message>
    <message>
        <source>Note on the still of the right side</source>
        <translation>Notiz zum Standbild der rechten Seite</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Original: {path}</source>
        <translation>Original: {path}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>StillDialog</name>
    <message>
        <source>This frame could not be shown ({error}). Try another frame.</source>
        <translation>Dieses Einzelbild konnte nicht angezeigt werden ({error}). Versuchen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Still for {item}, {side}</source>
        <translation>Standbild für {item}, {side}</translation>
    </message>
    <message>
        <source>Step to the frame to measure (Left and Right arrows), then keep it.</source>
        <translation>Gehen Sie zum Einzelbild, das Sie messen möchten (Pfeiltasten links und rechts), und behalten Sie es.</translation>
    </message>
    <message>
        <source>Keep the photo to measure on it.</source>
        <translation>Behalten Sie das Foto, um darauf zu messen.</translation>
    </message>
    <message>
        <source>Keep this frame</source>
        <translation>Dieses Einzelbild behalten</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Dieses Foto verwenden</translation>
    </message>
    <message>
        <source>Choose another frame</source>
        <translation>Anderes Einzelbild wählen</translation>
    </message>
    <message>
        <source>Back to the video; the angles placed stay on the new frame</source>
        <translation>Zurück zum Video; die gesetzten Winkel bleiben auf dem neuen Einzelbild</translation>
    </message>
    <message>
        <source>Noting which file this is…</source>
        <translation>Datei wird erfasst…</translation>
    </message>
    <message>
        <source>Add still</source>
        <translation>Standbild hinzufügen</translation>
    </message>
    <message>
        <source>Noting which file this is… {percent} %</source>
        <translation>Datei wird erfasst… {percent} %</translation>
    </message>
    <message>
        <source>File noted: the still will say which video or photo it came from.</source>
        <translation>Datei erfasst: Das Standbild nennt das Video oder Foto, aus dem es stammt.</translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>“{file}” could not be read to the end ({error}). Close this window and choose the file again.</source>
        <translation>„{file}“ konnte nicht bis zum Ende gelesen werden ({error}). Schließen Sie dieses Fenster und wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The frame could not be kept ({error}). Try again.</source>
        <translation>Das Einzelbild konnte nicht behalten werden ({error}). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Frame {index} ({seconds} s) kept, {width} × {height} px. Place the angles.</source>
        <translation>Einzelbild {index} ({seconds} s) behalten, {width} × {height} px. Setzen Sie die Winkel.</translation>
    </message>
    <message>
        <source>The photo kept, {width} × {height} px. Place the angles.</source>
        <translation>Foto behalten, {width} × {height} px. Setzen Sie die Winkel.</translation>
    </message>
    <message>
        <source>Close without adding the kept frame and the angles placed on it?</source>
        <translation>Schließen, ohne das behaltene Einzelbild und die darauf gesetzten Winkel hinzuzufügen?</translation>
    </message>
</context>
<context>
    <name>StillMarks</name>
    <message>
        <source>Click the {point}</source>
        <translation>Klicken Sie auf den Punkt: {point}</translation>
    </message>
    <message>
        <source>{angle}: points overlap</source>
        <translation>{angle}: Punkte überlappen</translation>
    </message>
</context>
<context>
    <name>StillOpening</name>
    <message>
        <source>The file could not be opened: {error}. Try another copy of the video or photo.</source>
        <translation>Die Datei konnte nicht geöffnet werden: {error}. Versuchen Sie eine andere Kopie des Videos oder Fotos.</translation>
    </message>
</context>
<context>
    <name>StillStrip</name>
    <message>
        <source>Remove still</source>
        <translation>Standbild entfernen</translation>
    </message>
    <message>
        <source>Remove this still of the {test} ({side})? Its angles go with it.</source>
        <translation>Dieses Standbild ({test}, {side}) entfernen? Seine Winkel werden mit entfernt.</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Video or photo…</source>
        <translation>Video oder Foto…</translation>
    </message>
    <message>
        <source>Import a video or photo, {side}: {item}</source>
        <translation>Video oder Foto importieren, {side}: {item}</translation>
    </message>
    <message>
        <source>Keep a still of this test with its angles (or drop a video or photo on the row; {keys} in the side&apos;s field)</source>
        <translation>Ein Standbild dieses Tests mit seinen Winkeln behalten (oder ein Video oder Foto auf die Zeile ziehen; {keys} im Feld der Seite)</translation>
    </message>
    <message>
        <source>The stills could not be read: {reason}</source>
        <translation>Die Standbilder konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The angles were not saved: {reason}</source>
        <translation>Die Winkel wurden nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>The earlier stills could not be read: {reason}</source>
        <translation>Die früheren Standbilder konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The still was not removed: {reason}</source>
        <translation>Das Standbild wurde nicht entfernt: {reason}</translation>
    </message>
</context>
<context>
    <name>StillsArea</name>
    <message>
        <source>Tick &apos;{consent}&apos; first (at the top of this section).</source>
        <translation>Zuerst „{consent}“ ankreuzen (oben in diesem Abschnitt).</translation>
    </message>
    <message>
        <source>Choose a video or photo of the test</source>
        <translation>Video oder Foto des Tests auswählen</translation>
    </message>
    <message>
        <source>Videos and photos ({patterns})</source>
        <translation>Videos und Fotos ({patterns})</translation>
    </message>
    <message>
        <source>{file} is not a video or photo KneeDesk can open. Use an MP4, MOV or M4V video, or a JPEG or PNG photo.</source>
        <translation>{file} ist kein Video oder Foto, das KneeDesk öffnen kann. Verwenden Sie ein MP4-, MOV- oder M4V-Video oder ein JPEG- oder PNG-Foto.</translation>
    </message>
    <message>
        <source>Click “Video or photo…” under the leg that was filmed.</source>
        <translation>Klicken Sie unter dem gefilmten Bein auf „Video oder Foto…“.</translation>
    </message>
    <message>
        <source>Still opening {file}; wait for it first.</source>
        <translation>{file} wird noch geöffnet; bitte zuerst warten.</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>{file} wird geöffnet…</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
    <message>
        <source>The still was not kept: {reason}</source>
        <translation>Das Standbild wurde nicht behalten: {reason}</translation>
    </message>
    <message>
        <source>Drop the file on the Left or the Right side of the item.</source>
        <translation>Ziehen Sie die Datei auf die linke oder rechte Seite des Items.</translation>
    </message>
</context>
<context>
    <name>StoreStills</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Niemand ist angemeldet.</translation>
    </message>
    <message>
        <source>Log in again; nothing was changed.</source>
        <translation>Melden Sie sich erneut an; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>StoredReports</name>
    <message>
        <source>Kept copies</source>
        <translation>Aufbewahrte Kopien</translation>
    </message>
    <message>
        <source>What is printed or saved is kept as it was: Reprint gives the same file.</source>
        <translation>Was gedruckt oder gespeichert wird, bleibt unverändert erhalten: Nachdrucken liefert dieselbe Datei.</translation>
    </message>
    <message>
        <source>Kept copies of printed and saved reports</source>
        <translation>Aufbewahrte Kopien gedruckter und gespeicherter Dokumente</translation>
    </message>
    <message>
        <source>Nothing printed or saved yet.</source>
        <translation>Noch nichts gedruckt oder gespeichert.</translation>
    </message>
    <message>
        <source>Reprint...</source>
        <translation>Nachdrucken...</translation>
    </message>
    <message>
        <source>Print the selected kept copy again, byte for byte</source>
        <translation>Die ausgewählte Kopie erneut drucken, Byte für Byte</translation>
    </message>
    <message>
        <source>{copy}, in {language}</source>
        <translation>{copy}, auf {language}</translation>
    </message>
    <message>
        <source>{time}, {name}</source>
        <translation>{time}, {name}</translation>
    </message>
    <message>
        <source>Clinician summary, kept</source>
        <translation>Klinische Zusammenfassung, aufbewahrt</translation>
    </message>
    <message>
        <source>Patient handout, kept</source>
        <translation>Patienteninformation, aufbewahrt</translation>
    </message>
    <message>
        <source>Clinician summary, saved as PDF</source>
        <translation>Klinische Zusammenfassung, als PDF gespeichert</translation>
    </message>
    <message>
        <source>Patient handout, saved as PDF</source>
        <translation>Patienteninformation, als PDF gespeichert</translation>
    </message>
    <message>
        <source>Clinician summary, printed</source>
        <translation>Klinische Zusammenfassung, gedruckt</translation>
    </message>
    <message>
        <source>Patient handout, printed</source>
        <translation>Patienteninformation, gedruckt</translation>
    </message>
    <message>
        <source>{copy}, reprinted {count}x</source>
        <translation>{copy}, {count}× nachgedruckt</translation>
    </message>
    <message>
        <source>clinician {number}</source>
        <translation>Behandler/in {number}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary and plan</source>
        <translation>Zusammenfassung und Plan</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Show all details</source>
        <translation>Alle Details zeigen</translation>
    </message>
    <message>
        <source>Open every finding to its evidence, thresholds and source</source>
        <translation>Jeden Befund mit Belegen, Schwellenwerten und Quelle öffnen</translation>
    </message>
    <message>
        <source>No findings from the answers so far.</source>
        <translation>Bisher keine Befunde aus den Antworten.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation>Termin signieren…</translation>
    </message>
    <message>
        <source>Sign the visit: it becomes read-only</source>
        <translation>Termin signieren: Er wird schreibgeschützt</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Weitere Messungen</translation>
    </message>
    <message>
        <source>The plan as signed; the handout prints these doses and notes.</source>
        <translation>Der Plan wie signiert; die Patienteninformation druckt diese Dosierungen und Notizen.</translation>
    </message>
    <message>
        <source>A red flag is ticked: no plan is suggested until it is ruled out.</source>
        <translation>Ein Warnzeichen ist angekreuzt: Es wird kein Plan vorgeschlagen, bis es abgeklärt ist.</translation>
    </message>
    <message>
        <source>Suggested from the findings (combined hip and knee exercise is the default). Grey doses are the library&apos;s, printed as shown; type to change a dose or note (F2); add or remove items below.</source>
        <translation>Aus den Befunden vorgeschlagen (kombiniertes Hüft- und Knietraining ist der Standard). Graue Dosierungen stammen aus der Bibliothek und werden so gedruckt; zum Ändern einer Dosis oder Notiz tippen (F2); Einträge unten hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <source>Show one line each</source>
        <translation>Eine Zeile pro Befund</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>Usual pain</source>
        <translation>Üblicher Schmerz</translation>
    </message>
    <message>
        <source>Worst pain this week</source>
        <translation>Stärkster Schmerz diese Woche</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Beim Laufen</translation>
    </message>
    <message>
        <source>{change} (meaningful)</source>
        <translation>{change} (relevant)</translation>
    </message>
    <message>
        <source>incomplete: {count} item missing ({names}). No total until every item is answered.</source>
        <translation>unvollständig: {count} Item fehlt ({names}). Kein Gesamtwert, bis alle Items beantwortet sind.</translation>
    </message>
    <message>
        <source>incomplete: {count} items missing ({names}). No total until every item is answered.</source>
        <translation>unvollständig: {count} Items fehlen ({names}). Kein Gesamtwert, bis alle Items beantwortet sind.</translation>
    </message>
    <message>
        <source>change since last visit {change}</source>
        <translation>Veränderung seit dem letzten Termin {change}</translation>
    </message>
    <message>
        <source>KOOS-PF (0 to 100)</source>
        <translation>KOOS-PF (0 bis 100)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Termin</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>{value}% (below {minimum}%)</source>
        <translation>{value}% (unter {minimum}%)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>LSI = {definition}. Below {minimum}% is a return-to-sport convention, not a knee-pain norm.</source>
        <translation>LSI = {definition}. Unter {minimum}% ist eine Konvention für die Rückkehr zum Sport, keine Norm für Knieschmerz.</translation>
    </message>
    <message>
        <source>Pain on both sides: compare with the previous visit instead.</source>
        <translation>Schmerzen auf beiden Seiten: stattdessen mit dem vorherigen Termin vergleichen.</translation>
    </message>
    <message>
        <source>Record the painful side to see it.</source>
        <translation>Schmerzhafte Seite erfassen, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>Lateral step-down score ({height} step)</source>
        <translation>Lateraler Step-down-Score (Stufe {height})</translation>
    </message>
    <message>
        <source>Lateral step-down score</source>
        <translation>Lateraler Step-down-Score</translation>
    </message>
    <message>
        <source>Y-balance composite (% leg length)</source>
        <translation>Y-Balance-Composite (% Beinlänge)</translation>
    </message>
    <message>
        <source>anterior difference {length}</source>
        <translation>anteriore Differenz {length}</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Knie-zur-Wand</translation>
    </message>
    <message>
        <source>difference {length}</source>
        <translation>Differenz {length}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Weekly distance (this week first): {distances}; week-on-week change: {changes}</source>
        <translation>Wochenumfang (diese Woche zuerst): {distances}; Veränderung zur Vorwoche: {changes}</translation>
    </message>
    <message>
        <source>Longest run this week vs the prior 30 days: {change}%</source>
        <translation>Längster Lauf dieser Woche gegenüber den 30 Tagen davor: {change}%</translation>
    </message>
    <message>
        <source>Cadence: {cadence} steps/min (a +5 to +10% range would be {low} to {high})</source>
        <translation>Schrittfrequenz: {cadence} Schritte/min (ein Bereich von +5 bis +10% wäre {low} bis {high})</translation>
    </message>
    <message>
        <source>Cadence: {cadence} steps/min</source>
        <translation>Schrittfrequenz: {cadence} Schritte/min</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>{length} characters: at most {maximum}, remove {extra}</source>
        <translation>{length} Zeichen: höchstens {maximum}, {extra} entfernen</translation>
    </message>
    <message>
        <source>The text {problem}</source>
        <extracomment>{problem} is the rest of the sentence, e.g. &quot;contains a control character&quot;.</extracomment>
        <translation>Der Text {problem}</translation>
    </message>
    <message>
        <source>Optional, a few words</source>
        <translation>Optional, ein paar Wörter</translation>
    </message>
    <message>
        <source>At most {maximum} characters</source>
        <translation>Höchstens {maximum} Zeichen</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>noch {count}</translation>
    </message>
</context>
<context>
    <name>ThresholdsTab</name>
    <message>
        <source>Source: {source}.</source>
        <translation>Quelle: {source}.</translation>
    </message>
    <message>
        <source>Enter a number (default {default}).</source>
        <translation>Geben Sie eine Zahl ein (Standard {default}).</translation>
    </message>
    <message>
        <source>{text} is not a number. Enter e.g. {default}.</source>
        <translation>{text} ist keine Zahl. Geben Sie z. B. {default} ein.</translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more (default {default}).</source>
        <translation>Geben Sie eine ganze Zahl ab 0 ein (Standard {default}).</translation>
    </message>
    <message>
        <source>Enter a number of 0 or more (default {default}).</source>
        <translation>Geben Sie eine Zahl ab 0 ein (Standard {default}).</translation>
    </message>
    <message>
        <source>Only an administrator can change thresholds.</source>
        <translation>Nur Administrator/innen können Schwellenwerte ändern.</translation>
    </message>
    <message>
        <source>Changed; default {default}</source>
        <translation>Geändert; Standard {default}</translation>
    </message>
    <message>
        <source>Default {default}</source>
        <translation>Standard {default}</translation>
    </message>
    <message>
        <source>All thresholds are at their defaults.</source>
        <translation>Alle Schwellenwerte stehen auf Standard.</translation>
    </message>
    <message>
        <source>{n} threshold changed from the default.</source>
        <translation>{n} Schwellenwert weicht vom Standard ab.</translation>
    </message>
    <message>
        <source>{n} thresholds changed from the default.</source>
        <translation>{n} Schwellenwerte weichen vom Standard ab.</translation>
    </message>
</context>
<context>
    <name>VideoViewer</name>
    <message>
        <source>Photo · {width} × {height} px</source>
        <translation>Foto · {width} × {height} px</translation>
    </message>
    <message>
        <source>Frame {index} of {count} · {seconds} s · {rate} fps</source>
        <translation>Bild {index} von {count} · {seconds} s · {rate} fps</translation>
    </message>
    <message>
        <source>Frame {index} of {count} · {seconds} s</source>
        <translation>Bild {index} von {count} · {seconds} s</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Back {n} frames (Shift+Left or Page Up)</source>
        <translation>{n} Bilder zurück (Umschalt+Links oder Bild auf)</translation>
    </message>
    <message>
        <source>One frame back (Left arrow)</source>
        <translation>Ein Bild zurück (Pfeil links)</translation>
    </message>
    <message>
        <source>One frame forward (Right arrow)</source>
        <translation>Ein Bild vor (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Forward {n} frames (Shift+Right or Page Down)</source>
        <translation>{n} Bilder vor (Umschalt+Rechts oder Bild ab)</translation>
    </message>
    <message>
        <source>Playback speed: 1/8 plays eight times slower than filmed</source>
        <translation>Wiedergabegeschwindigkeit: 1/8 spielt achtmal langsamer als aufgenommen</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Position in the video (Home and End go to the first and last frame)</source>
        <translation>Position im Video (Pos1 und Ende gehen zum ersten und letzten Bild)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position im Video</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Bild ins Fenster einpassen</translation>
    </message>
    <message>
        <source>Zoom out (− key, or Ctrl+wheel)</source>
        <translation>Verkleinern (Taste −, oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in (+ key, or Ctrl+wheel)</source>
        <translation>Vergrößern (Taste +, oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>VisitHistoryTable</name>
    <message>
        <source>Visit history</source>
        <translation>Terminverlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler/in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Stärkster Schmerz</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Akte wird geladen…</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>&lt; Patient</source>
        <translation>&lt; Patient</translation>
    </message>
    <message>
        <source>Close the visit; everything is already saved</source>
        <translation>Termin schließen; alles ist bereits gespeichert</translation>
    </message>
    <message>
        <source>ALTERED RECORD: this signed visit no longer matches its signature. It was changed outside KneeDesk. Do not rely on it; restore from a backup and tell your administrator.</source>
        <translation>VERÄNDERTER EINTRAG: Dieser signierte Termin stimmt nicht mehr mit seiner Signatur überein. Er wurde außerhalb von KneeDesk geändert. Verlassen Sie sich nicht darauf; stellen Sie eine Sicherung wieder her und informieren Sie Ihre Administration.</translation>
    </message>
    <message>
        <source>{given} {family} - screen of {date}</source>
        <translation>{given} {family} - Screening vom {date}</translation>
    </message>
    <message>
        <source>{item} was changed on another workstation while the server was out of reach: choose Keep mine or Use theirs</source>
        <translation>{item} wurde an einem anderen Arbeitsplatz geändert, während der Server nicht erreichbar war: wählen Sie Meinen behalten oder Anderen übernehmen</translation>
    </message>
    <message>
        <source>Signed by {name}, {time}</source>
        <translation>Signiert von {name}, {time}</translation>
    </message>
    <message>
        <source>{label} - every change is saved as you type</source>
        <translation>{label} - jede Änderung wird beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>Draft - every change is saved as you type</source>
        <translation>Entwurf - jede Änderung wird beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>Confirm the units of {item} before signing</source>
        <translation>Bestätigen Sie die Einheiten von {item} vor dem Signieren</translation>
    </message>
    <message>
        <source>Correct before signing: {items} (see the note at the field)</source>
        <translation>Vor dem Signieren korrigieren: {items} (siehe Hinweis am Feld)</translation>
    </message>
    <message>
        <source>{item} was changed on another workstation: choose Keep mine or Use theirs before closing the visit</source>
        <translation>{item} wurde an einem anderen Arbeitsplatz geändert: wählen Sie Meinen behalten oder Anderen übernehmen, bevor Sie den Besuch schließen</translation>
    </message>
    <message>
        <source>Answers typed while the clinic server was out of reach still wait to be saved ({count}): sign once the banner says they are saved.</source>
        <translation>Antworten, die eingegeben wurden, während der Server nicht erreichbar war, warten noch auf das Speichern ({count}): unterschreiben Sie, sobald der Hinweis sagt, dass sie gespeichert sind.</translation>
    </message>
    <message>
        <source>This visit was changed on another workstation since you opened the summary: check it again before signing.</source>
        <translation>Dieser Besuch wurde an einem anderen Arbeitsplatz geändert, seit Sie die Zusammenfassung geöffnet haben: prüfen Sie ihn vor dem Unterschreiben erneut.</translation>
    </message>
</context>
<context>
    <name>WizardFooter</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp or Alt+Left)</source>
        <translation>Vorheriger Abschnitt (Strg+Bild↑ oder Alt+Links)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown or Alt+Right)</source>
        <translation>Nächster Abschnitt (Strg+Bild↓ oder Alt+Rechts)</translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation>Termin signieren…</translation>
    </message>
    <message>
        <source>Summary ›</source>
        <translation>Zusammenfassung ›</translation>
    </message>
</context>
</TS>
