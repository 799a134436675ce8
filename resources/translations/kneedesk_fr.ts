<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add clinician</source>
        <translation>Ajouter un praticien</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Set a new password for {name} ({username}). Tell them in person; this also lifts a lock after wrong passwords.</source>
        <translation>Définissez un nouveau mot de passe pour {name} ({username}). Communiquez-le en personne ; cela lève aussi un blocage après des mots de passe erronés.</translation>
    </message>
    <message>
        <source>The new clinician logs in with this user name and password.</source>
        <translation>Le nouveau praticien se connecte avec cet identifiant et ce mot de passe.</translation>
    </message>
    <message>
        <source>Full &amp;name *</source>
        <translation>&amp;Nom complet *</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Nom du praticien</translation>
    </message>
    <message>
        <source>User&amp;name *</source>
        <translation>&amp;Identifiant *</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Administrator (may manage clinicians)</source>
        <translation>&amp;Administrateur (peut gérer les praticiens)</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>&amp;Mot de passe *</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm password *</source>
        <translation>&amp;Confirmer le mot de passe *</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>Enter a password of at least {n} characters.</source>
        <translation>Saisissez un mot de passe d&apos;au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password again.</source>
        <translation>Les deux mots de passe diffèrent ; saisissez le même mot de passe.</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Au moins {n} caractères</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Le même mot de passe</translation>
    </message>
    <message>
        <source>Enter the clinician&apos;s full name, as printed on handouts.</source>
        <translation>Saisissez le nom complet du praticien, tel qu&apos;imprimé sur les fiches patient.</translation>
    </message>
    <message>
        <source>Enter a user name to log in with (e.g. first name or initials).</source>
        <translation>Saisissez un identifiant de connexion (par ex. prénom ou initiales).</translation>
    </message>
    <message>
        <source>The user name {username} is already taken by {name}. Choose another user name.</source>
        <translation>L&apos;identifiant {username} est déjà pris par {name}. Choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message>
        <source>Print...</source>
        <translation>Imprimer...</translation>
    </message>
    <message>
        <source>Print this document and keep a copy with the visit (Ctrl+P)</source>
        <translation>Imprimer ce document et en garder une copie avec la consultation (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Enregistrer en PDF...</translation>
    </message>
    <message>
        <source>Save as a PDF file; a copy is kept with the visit</source>
        <translation>Enregistrer en fichier PDF ; une copie est gardée avec la consultation</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Langue de la fiche</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Add an addendum to the signed visit of {visit}. The signed record is not changed; the addendum is stored beside it with your name and the time.</source>
        <translation>Ajoutez un addendum à la consultation signée du {visit}. Le dossier signé n&apos;est pas modifié ; l&apos;addendum est enregistré à côté, avec votre nom et l&apos;heure.</translation>
    </message>
    <message>
        <source>e.g. Corrected hip abduction reading</source>
        <translation>p. ex. mesure d&apos;abduction de hanche corrigée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Ajouter l&apos;addendum</translation>
    </message>
    <message>
        <source>Enter the reason for the addendum.</source>
        <translation>Saisissez le motif de l&apos;addendum.</translation>
    </message>
    <message>
        <source>Enter the text of the addendum.</source>
        <translation>Saisissez le texte de l&apos;addendum.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>KneeDesk cannot open the database</source>
        <translation>KneeDesk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>Demo clinic: log in as {username} with password {password}</source>
        <translation>Clinique de démonstration : connectez-vous en tant que {username} avec le mot de passe {password}</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Sauvegarde en cours...</translation>
    </message>
    <message>
        <source>Backing up to {folder}...</source>
        <translation>Sauvegarde dans {folder}...</translation>
    </message>
    <message>
        <source>The backup was not made. {problem}</source>
        <translation>La sauvegarde n&apos;a pas été faite. {problem}</translation>
    </message>
</context>
<context>
    <name>BackupCenter</name>
    <message>
        <source>A backup is being written right now.</source>
        <translation>Une sauvegarde est en cours d&apos;écriture.</translation>
    </message>
    <message>
        <source>Wait until it has finished (a few seconds), then restore again.</source>
        <translation>Attendez qu&apos;elle soit terminée (quelques secondes), puis relancez la restauration.</translation>
    </message>
    <message>
        <source>The backup failed: {error}.</source>
        <translation>La sauvegarde a échoué : {error}.</translation>
    </message>
    <message>
        <source>Try again, or choose another folder in Settings &gt; Backups.</source>
        <translation>Réessayez ou choisissez un autre dossier dans Paramètres &gt; Sauvegardes.</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>il y a {days} jours</translation>
    </message>
    <message>
        <source>This database has not been backed up yet.</source>
        <translation>Cette base de données n&apos;a encore jamais été sauvegardée.</translation>
    </message>
    <message>
        <source>Last verified backup: {when} ({age}).</source>
        <translation>Dernière sauvegarde vérifiée : {when} ({age}).</translation>
    </message>
    <message>
        <source>KneeDesk has not been backed up yet. Back up now, and keep backups on a USB drive or a network share so the records survive a broken computer.</source>
        <translation>KneeDesk n&apos;a encore jamais été sauvegardé. Sauvegardez maintenant et conservez les sauvegardes sur une clé USB ou un partage réseau, pour que les dossiers survivent à une panne de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The last backup was made {age} ({when}). Back up now so this week&apos;s visits are safe too.</source>
        <translation>La dernière sauvegarde a été faite {age} ({when}). Sauvegardez maintenant pour protéger aussi les consultations de cette semaine.</translation>
    </message>
    <message>
        <source>Daily backup made and verified at {time}: {file} in {folder} ({patients} patients, {visits} visits). Audit head {head}.</source>
        <translation>Sauvegarde quotidienne faite et vérifiée à {time} : {file} dans {folder} ({patients} patients, {visits} consultations). Tête d&apos;audit {head}.</translation>
    </message>
    <message>
        <source>Backup made and verified at {time}: {file} in {folder} ({patients} patients, {visits} visits). Audit head {head}.</source>
        <translation>Sauvegarde faite et vérifiée à {time} : {file} dans {folder} ({patients} patients, {visits} consultations). Tête d&apos;audit {head}.</translation>
    </message>
    <message>
        <source>Old backups that could not be deleted: {problems}.</source>
        <translation>Anciennes sauvegardes impossibles à supprimer : {problems}.</translation>
    </message>
    <message>
        <source>Daily backup made and verified at {time} ({patients} patients, {visits} visits). Details in Settings &gt; Backups.</source>
        <translation>Sauvegarde quotidienne faite et vérifiée à {time} ({patients} patients, {visits} consultations). Détails dans Paramètres &gt; Sauvegardes.</translation>
    </message>
    <message>
        <source>Backup made and verified at {time} ({patients} patients, {visits} visits). Details in Settings &gt; Backups.</source>
        <translation>Sauvegarde faite et vérifiée à {time} ({patients} patients, {visits} consultations). Détails dans Paramètres &gt; Sauvegardes.</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>La sauvegarde n&apos;a pas été faite.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>This is the default folder, on this computer beside the database. A USB drive or a network share is safer.</source>
        <translation>C&apos;est le dossier par défaut, sur cet ordinateur à côté de la base de données. Une clé USB ou un partage réseau est plus sûr.</translation>
    </message>
    <message>
        <source>If this is a USB drive, keep it plugged in when KneeDesk starts.</source>
        <translation>S&apos;il s&apos;agit d&apos;une clé USB, laissez-la branchée au démarrage de KneeDesk.</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Seul un administrateur peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Only an administrator can change the backup folder and schedule.</source>
        <translation>Seul un administrateur peut modifier le dossier et la planification des sauvegardes.</translation>
    </message>
    <message>
        <source>Restoring replaces every record; the current ones are kept as a copy first.</source>
        <translation>La restauration remplace tous les dossiers ; les actuels sont d&apos;abord conservés en copie.</translation>
    </message>
    <message>
        <source>KneeDesk backups ({patterns});;All files (*)</source>
        <translation>Sauvegardes KneeDesk ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Sauvegarde en cours...</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Cette base de données</translation>
    </message>
    <message>
        <source>Another database</source>
        <translation>Une autre base de données</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Vérification de {file}...</translation>
    </message>
    <message>
        <source>The file could not be checked: {error}.</source>
        <translation>Le fichier n&apos;a pas pu être vérifié : {error}.</translation>
    </message>
    <message>
        <source>Use another backup.</source>
        <translation>Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Not restored.</source>
        <translation>Non restauré.</translation>
    </message>
    <message>
        <source>Restoring {file}... This can take a minute for a large clinic; do not close KneeDesk.</source>
        <translation>Restauration de {file}... Cela peut prendre une minute pour une grande clinique ; ne fermez pas KneeDesk.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisissez le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choisissez la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>A backup is a verified copy of every patient, visit, signature and setting. Keep backups on a USB drive or a network share: a backup on this computer is lost with it if the disk fails or the computer is stolen. Changes on this tab take effect at once.</source>
        <translation>Une sauvegarde est une copie vérifiée de chaque patient, consultation, signature et paramètre. Conservez les sauvegardes sur une clé USB ou un partage réseau : une sauvegarde sur cet ordinateur disparaît avec lui si le disque tombe en panne ou si l&apos;ordinateur est volé. Les modifications de cet onglet s&apos;appliquent immédiatement.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Back up automatically on the first start of each day</source>
        <translation>Sauvegarder automatiquement au premier démarrage de chaque jour</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Nombre de sauvegardes à conserver</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>the newest; older backups of this database in the folder are deleted</source>
        <translation>les plus récentes ; les sauvegardes plus anciennes de cette base dans le dossier sont supprimées</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Backups in this folder</source>
        <translation>Sauvegardes dans ce dossier</translation>
    </message>
    <message>
        <source>Backups in the backup folder</source>
        <translation>Sauvegardes du dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Restore selected...</source>
        <translation>Restaurer la sélection...</translation>
    </message>
    <message>
        <source>Restore from another file...</source>
        <translation>Restaurer depuis un autre fichier...</translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Type the date as year-month-day ({format}), for example {example}.</source>
        <translation>Saisissez la date sous la forme année-mois-jour ({format}), par exemple {example}.</translation>
    </message>
    <message>
        <source>{typed} is not a date in {format}: type the year first, e.g. {turned}.</source>
        <translation>{typed} n&apos;est pas une date au format {format} : saisissez d&apos;abord l&apos;année, p. ex. {turned}.</translation>
    </message>
    <message>
        <source>{typed} is not a date. {help}</source>
        <translation>{typed} n&apos;est pas une date. {help}</translation>
    </message>
    <message>
        <source>{typed}: there is no month {month}; the month is 01 to 12.</source>
        <translation>{typed} : il n&apos;y a pas de mois {month} ; le mois va de 01 à 12.</translation>
    </message>
    <message>
        <source>{typed} is before {year}; check the year.</source>
        <translation>{typed} est antérieur à {year} ; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>{typed}: {month} {year} has days 01 to {last}.</source>
        <translation>{typed} : {month} {year} a des jours de 01 à {last}.</translation>
    </message>
    <message>
        <source>{typed} is in the future; check the year.</source>
        <translation>{typed} est dans le futur ; vérifiez l&apos;année.</translation>
    </message>
</context>
<context>
    <name>ChangeTable</name>
    <message>
        <source>Since first visit</source>
        <translation>Depuis la première consultation</translation>
    </message>
    <message>
        <source>Since last visit</source>
        <translation>Depuis la consultation précédente</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Nothing was written for {name}.</source>
        <translation>Rien n&apos;a été écrit pour {name}.</translation>
    </message>
    <message>
        <source>Could not write the image {name}.</source>
        <translation>Impossible d&apos;écrire l&apos;image {name}.</translation>
    </message>
    <message>
        <source>Could not write the drawing {name}.</source>
        <translation>Impossible d&apos;écrire le dessin {name}.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>{title} chart</source>
        <translation>Graphique : {title}</translation>
    </message>
    <message>
        <source>Save the {title} chart as a PNG or SVG file</source>
        <translation>Enregistrer le graphique « {title} » en fichier PNG ou SVG</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>Exporter en PNG...</translation>
    </message>
    <message>
        <source>Export SVG...</source>
        <translation>Exporter en SVG...</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Exporter ▾</translation>
    </message>
    <message>
        <source>Export as .png or .svg, not a file without a type.</source>
        <translation>Exportez en .png ou .svg, pas en fichier sans type.</translation>
    </message>
    <message>
        <source>Export as .png or .svg, not {suffix}.</source>
        <translation>Exportez en .png ou .svg, pas en {suffix}.</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <source>The chart was not saved: {error}</source>
        <translation>Le graphique n&apos;a pas été enregistré : {error}</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear this answer (or press Delete on the choice)</source>
        <translation>Effacer cette réponse (ou appuyez sur Suppr sur le choix)</translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation>Effacer {label}</translation>
    </message>
</context>
<context>
    <name>ClinicFields</name>
    <message>
        <source>Metric (kg, cm, km)</source>
        <translation>Métrique (kg, cm, km)</translation>
    </message>
    <message>
        <source>US (lb, in, mi)</source>
        <translation>US (lb, in, mi)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Newtons (N)</source>
        <translation>Newtons (N)</translation>
    </message>
    <message>
        <source>Kilogram-force (kgf)</source>
        <translation>Kilogramme-force (kgf)</translation>
    </message>
    <message>
        <source>Pound-force (lbf)</source>
        <translation>Livre-force (lbf)</translation>
    </message>
    <message>
        <source>As printed on letterheads and handouts</source>
        <translation>Tel qu&apos;imprimé sur les en-têtes et fiches patient</translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation>Rue, ville, code postal</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name; it heads every report and handout.</source>
        <translation>Saisissez le nom de la clinique ; il figure en tête de chaque rapport et fiche patient.</translation>
    </message>
    <message>
        <source>Shorten the address to {n} characters or fewer.</source>
        <translation>Raccourcissez l&apos;adresse à {n} caractères au plus.</translation>
    </message>
    <message>
        <source>The logo printed at the top of reports</source>
        <translation>Le logo imprimé en haut des rapports</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Change logo...</source>
        <translation>Changer de logo...</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>Choisir un logo...</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Choisissez le logo de la clinique</translation>
    </message>
</context>
<context>
    <name>ClinicServer</name>
    <message>
        <source>Enter the clinic server&apos;s name or address (your IT provider has it).</source>
        <translation>Saisissez le nom ou l&apos;adresse du serveur du cabinet (votre prestataire informatique les connaît).</translation>
    </message>
    <message>
        <source>Enter the name of the clinic database (usually kneedesk).</source>
        <translation>Saisissez le nom de la base de données du cabinet (généralement kneedesk).</translation>
    </message>
    <message>
        <source>Enter the user KneeDesk signs in to the server as (usually kneedesk_app).</source>
        <translation>Saisissez l&apos;utilisateur sous lequel KneeDesk se connecte au serveur (généralement kneedesk_app).</translation>
    </message>
    <message>
        <source>Enter the password of this user on the clinic server.</source>
        <translation>Saisissez le mot de passe de cet utilisateur sur le serveur du cabinet.</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s CA certificate file (.pem or .crt) from your IT provider: KneeDesk connects to a server on the network only over TLS.</source>
        <translation>Choisissez le fichier du certificat de l&apos;autorité (CA) du cabinet (.pem ou .crt) fourni par votre prestataire informatique : KneeDesk ne se connecte à un serveur du réseau qu&apos;en TLS.</translation>
    </message>
    <message>
        <source>This file does not exist or cannot be read. Choose the CA certificate again.</source>
        <translation>Ce fichier n&apos;existe pas ou ne peut pas être lu. Choisissez de nouveau le certificat de la CA.</translation>
    </message>
    <message>
        <source>No computer of this name was found on the network. Check the spelling, or enter the server&apos;s address.</source>
        <translation>Aucun ordinateur de ce nom n&apos;a été trouvé sur le réseau. Vérifiez l&apos;orthographe ou saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The server does not answer at this address and port. Check that it is running and that this computer is on the clinic&apos;s network.</source>
        <translation>Le serveur ne répond pas à cette adresse et ce port. Vérifiez qu&apos;il est en marche et que cet ordinateur est sur le réseau du cabinet.</translation>
    </message>
    <message>
        <source>The server refused this password for {user}. Type it again, or ask your IT provider for the right one.</source>
        <translation>Le serveur a refusé ce mot de passe pour {user}. Saisissez-le de nouveau ou demandez le bon à votre prestataire informatique.</translation>
    </message>
    <message>
        <source>The server has no user of this name (KneeDesk&apos;s is usually kneedesk_app).</source>
        <translation>Le serveur n&apos;a aucun utilisateur de ce nom (celui de KneeDesk est généralement kneedesk_app).</translation>
    </message>
    <message>
        <source>The server has no database of this name. Check it with your IT provider.</source>
        <translation>Le serveur n&apos;a aucune base de données de ce nom. Vérifiez-le avec votre prestataire informatique.</translation>
    </message>
    <message>
        <source>The server does not let this computer in. Ask your IT provider to allow this workstation (docs/clinic-server.md says how).</source>
        <translation>Le serveur n&apos;accepte pas cet ordinateur. Demandez à votre prestataire informatique d&apos;autoriser ce poste (docs/clinic-server.md explique comment).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked with this CA file. Choose the CA certificate file your IT provider gave you.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié avec ce fichier de CA. Choisissez le fichier du certificat de la CA fourni par votre prestataire informatique.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name. Enter the server&apos;s name exactly as its certificate has it.</source>
        <translation>Le certificat du serveur est établi pour un autre nom. Saisissez le nom du serveur exactement comme dans son certificat.</translation>
    </message>
    <message>
        <source>The server does not offer TLS, which KneeDesk needs over the network. Ask your IT provider to turn it on (docs/clinic-server.md).</source>
        <translation>Le serveur ne propose pas TLS, dont KneeDesk a besoin sur le réseau. Demandez à votre prestataire informatique de l&apos;activer (docs/clinic-server.md).</translation>
    </message>
    <message>
        <source>This database has not been set up for KneeDesk. Your IT provider sets it up with &apos;kneedesk server init&apos;.</source>
        <translation>Cette base de données n&apos;a pas été préparée pour KneeDesk. Votre prestataire informatique la prépare avec &apos;kneedesk server init&apos;.</translation>
    </message>
    <message>
        <source>This database needs upgrading for this version of KneeDesk. Ask your IT provider to run &apos;kneedesk server upgrade&apos;. Nothing was changed.</source>
        <translation>Cette base de données doit être mise à niveau pour cette version de KneeDesk. Demandez à votre prestataire informatique de lancer &apos;kneedesk server upgrade&apos;. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A newer version of KneeDesk upgraded this database. Install the same version as the other workstations.</source>
        <translation>Une version plus récente de KneeDesk a mis à niveau cette base de données. Installez la même version que sur les autres postes.</translation>
    </message>
    <message>
        <source>KneeDesk could not connect: {details}</source>
        <translation>KneeDesk n&apos;a pas pu se connecter : {details}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Clinic server: {host}/{database}</source>
        <translation>Serveur du cabinet : {host}/{database}</translation>
    </message>
</context>
<context>
    <name>ClinicSetupDialog</name>
    <message>
        <source>Set up KneeDesk</source>
        <translation>Configurer KneeDesk</translation>
    </message>
    <message>
        <source>Welcome to KneeDesk</source>
        <translation>Bienvenue dans KneeDesk</translation>
    </message>
    <message>
        <source>Set up your clinic and your own account. You can change all of this later in Settings.</source>
        <translation>Configurez votre clinique et votre propre compte. Vous pourrez tout modifier plus tard dans Paramètres.</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <source>Clinic &amp;name *</source>
        <translation>&amp;Nom de la clinique *</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom de la clinique</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Adresse de la clinique</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Téléphone de la clinique</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>Choisir un logo...</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Choisissez le logo de la clinique</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Your account (administrator)</source>
        <translation>Votre compte (administrateur)</translation>
    </message>
    <message>
        <source>As the first clinician you are the administrator: you can add other clinicians in Settings.</source>
        <translation>En tant que premier praticien, vous êtes l&apos;administrateur : vous pouvez ajouter d&apos;autres praticiens dans Paramètres.</translation>
    </message>
    <message>
        <source>Your na&amp;me *</source>
        <translation>Votre no&amp;m *</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Nom du praticien</translation>
    </message>
    <message>
        <source>User&amp;name *</source>
        <translation>&amp;Identifiant *</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Pass&amp;word *</source>
        <translation>Mot de pa&amp;sse *</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm password *</source>
        <translation>&amp;Confirmer le mot de passe *</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Set up clinic</source>
        <translation>Configurer la clinique</translation>
    </message>
    <message>
        <source>Connect to the clinic server…</source>
        <translation>Se connecter au serveur du cabinet…</translation>
    </message>
</context>
<context>
    <name>CliniciansTab</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changes here take effect at once. A deactivated clinician can no longer log in or sign; their past visits keep their name.</source>
        <translation>Les modifications ici s&apos;appliquent immédiatement. Un praticien désactivé ne peut plus se connecter ni signer ; ses consultations passées gardent son nom.</translation>
    </message>
    <message>
        <source>Only an administrator can add clinicians, deactivate accounts or reset passwords. Ask an administrator of this clinic.</source>
        <translation>Seul un administrateur peut ajouter des praticiens, désactiver des comptes ou réinitialiser des mots de passe. Adressez-vous à un administrateur de cette clinique.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Administrators only</source>
        <translation>Administrateurs uniquement</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation>{name} ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another administrator.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte. Demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>C&apos;est le dernier administrateur actif ; désignez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <source>The password of {name} was changed.</source>
        <translation>Le mot de passe de {name} a été modifié.</translation>
    </message>
    <message>
        <source>{name} can now log in as {username}.</source>
        <translation>{name} peut maintenant se connecter en tant que {username}.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare: {item}, {side}</source>
        <translation>Comparer : {item}, {side}</translation>
    </message>
    <message>
        <source>Earlier: {date}</source>
        <translation>Précédente : {date}</translation>
    </message>
    <message>
        <source>This visit: {date}</source>
        <translation>Cette consultation : {date}</translation>
    </message>
    <message>
        <source>No angle measured</source>
        <translation>Aucun angle mesuré</translation>
    </message>
    <message>
        <source>No angle was measured on both stills.</source>
        <translation>Aucun angle n&apos;a été mesuré sur les deux images.</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <source>Changed on another workstation by {name} at {time}.</source>
        <translation>Modifié sur un autre poste par {name} le {time}.</translation>
    </message>
    <message>
        <source>Changed on another workstation at {time}.</source>
        <translation>Modifié sur un autre poste le {time}.</translation>
    </message>
    <message>
        <source>Changed on another workstation.</source>
        <translation>Modifié sur un autre poste.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Stored now: {value}</source>
        <translation>Enregistré maintenant : {value}</translation>
    </message>
    <message>
        <source>You typed: {value}</source>
        <translation>Vous avez saisi : {value}</translation>
    </message>
    <message>
        <source>Nothing was saved: choose which to keep.</source>
        <translation>Rien n&apos;a été enregistré : choisissez lequel garder.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <source>Save the value you typed over the one stored now</source>
        <translation>Enregistrer la valeur saisie à la place de celle enregistrée</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Prendre l&apos;autre</translation>
    </message>
    <message>
        <source>Show and keep the value stored now</source>
        <translation>Afficher et garder la valeur enregistrée</translation>
    </message>
</context>
<context>
    <name>ConsentBar</name>
    <message>
        <source>Patient agreed to be filmed</source>
        <translation>Le patient a accepté d&apos;être filmé</translation>
    </message>
    <message>
        <source>Tick before importing a video or photo of a test. The videos stay in the clinic&apos;s folder; KneeDesk keeps only the stills you choose, with their angles.</source>
        <translation>Cochez avant d&apos;importer une vidéo ou une photo d&apos;un test. Les vidéos restent dans le dossier du cabinet ; KneeDesk ne garde que les images que vous choisissez, avec leurs angles.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>ConvertBar</name>
    <message>
        <source>Draft · protocol v{version} rules</source>
        <translation>Brouillon · règles du protocole v{version}</translation>
    </message>
    <message>
        <source>This draft follows protocol v{version} rules. Converting to v{newest} keeps the answers whose items are unchanged and leaves the new v{newest} items empty for you to fill in.</source>
        <translation>Ce brouillon suit les règles du protocole v{version}. La conversion en v{newest} garde les réponses des items inchangés et laisse vides les nouveaux items de v{newest}, à remplir par vous.</translation>
    </message>
    <message>
        <source>Convert to v{newest}</source>
        <translation>Convertir en v{newest}</translation>
    </message>
    <message>
        <source>Convert the draft</source>
        <translation>Convertir le brouillon</translation>
    </message>
    <message>
        <source>Night pain is answered yes in this draft. In version 2, night pain means constant, night or rest pain only; unexplained weight loss is its own red flag.

Was this yes given for weight loss?

Yes: it is recorded as weight loss (a systemic red flag) and night pain is left for you to ask again. No: it stays night pain.</source>
        <translation>La douleur nocturne est cochée oui dans ce brouillon. Dans la version 2, la douleur nocturne désigne uniquement une douleur constante, nocturne ou au repos ; une perte de poids inexpliquée est un drapeau rouge à part.

Ce oui a-t-il été donné pour une perte de poids ?

Oui : il est enregistré comme perte de poids (un drapeau rouge systémique) et la douleur nocturne reste à redemander par vous. Non : il reste une douleur nocturne.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>KneeDesk met an unexpected problem. Everything you had already entered is saved. Please copy the report below and send it to your support contact.</source>
        <translation>KneeDesk a rencontré un problème inattendu. Tout ce que vous aviez déjà saisi est enregistré. Copiez le rapport ci-dessous et envoyez-le à votre contact d&apos;assistance.</translation>
    </message>
    <message>
        <source>It was also written to {path}.</source>
        <translation>Il a aussi été écrit dans {path}.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
</context>
<context>
    <name>DemoProgressDialog</name>
    <message>
        <source>Preparing the demo clinic: synthetic runners and their visits...</source>
        <translation>Préparation de la clinique de démonstration : coureurs fictifs et leurs consultations...</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clinique de démonstration</translation>
    </message>
    <message>
        <source>{done} of {total} runners</source>
        <translation>{done} coureurs sur {total}</translation>
    </message>
</context>
<context>
    <name>DerivedCell</name>
    <message>
        <source>Units are right</source>
        <translation>Les unités sont correctes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>From the differential checklist: {answered} of {asked} answered; possible or likely: {names}.</source>
        <translation>D&apos;après la liste du diagnostic différentiel : {answered} sur {asked} renseignés ; possibles ou probables : {names}.</translation>
    </message>
    <message>
        <source>From the differential checklist: {answered} of {asked} answered.</source>
        <translation>D&apos;après la liste du diagnostic différentiel : {answered} sur {asked} renseignés.</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <source>{input} {value}</source>
        <extracomment>One input of a worked-out value: its label in lower case, then its value.</extracomment>
        <translation>{input} {value}</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Joins the inputs of a worked-out value: &quot;body mass 70 kg and height 175 cm&quot;.</extracomment>
        <translation> et </translation>
    </message>
    <message>
        <source>From {inputs}.</source>
        <translation>Calculé à partir de {inputs}.</translation>
    </message>
    <message>
        <source>{label}, worked out</source>
        <translation>{label}, calculé</translation>
    </message>
    <message>
        <source>Confirm the units of {label}</source>
        <translation>Confirmer les unités de {label}</translation>
    </message>
    <message>
        <source>Mass and height are in the right units: the value is real</source>
        <translation>La masse et la taille sont dans les bonnes unités : la valeur est réelle</translation>
    </message>
    <message>
        <source>Not worked out yet</source>
        <translation>Pas encore calculé</translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>{low} à {high}{unit}</translation>
    </message>
    <message>
        <source>Outside {band}: units confirmed.</source>
        <translation>Hors de {band} : unités confirmées.</translation>
    </message>
    <message>
        <source>Outside {band}: check the units of body mass and height. The visit cannot be signed until you confirm them.</source>
        <translation>Hors de {band} : vérifiez les unités de la masse corporelle et de la taille. La consultation ne peut pas être signée avant que vous les confirmiez.</translation>
    </message>
</context>
<context>
    <name>DocumentBar</name>
    <message>
        <source>Patient &amp;handout</source>
        <translation>&amp;Fiche patient</translation>
    </message>
    <message>
        <source>Clinician &amp;summary</source>
        <translation>&amp;Synthèse clinique</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>Préparation du document</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>{label}, left side</source>
        <translation>{label}, côté gauche</translation>
    </message>
    <message>
        <source>{label}, right side</source>
        <translation>{label}, côté droit</translation>
    </message>
    <message>
        <source>{name}: {detail}</source>
        <extracomment>An input&apos;s name for screen readers: the item (and side), then the option or entry.</extracomment>
        <translation>{name} : {detail}</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export {title} as {kind}</source>
        <translation>Exporter {title} en {kind}</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>{shown}; +{more} more</source>
        <extracomment>The first evidence line of a finding, then how many more lines its full card lists.</extracomment>
        <translation>{shown} ; +{more} de plus</translation>
    </message>
    <message>
        <source>Show the evidence, thresholds and source</source>
        <translation>Afficher les éléments, les seuils et la source</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <source>{level}: {title}</source>
        <translation>{level} : {title}</translation>
    </message>
    <message>
        <source>Details of {title}</source>
        <translation>Détails de {title}</translation>
    </message>
</context>
<context>
    <name>FrameDecoder</name>
    <message>
        <source>This frame could not be decoded: {error}</source>
        <translation>Cette image n&apos;a pas pu être décodée : {error}</translation>
    </message>
</context>
<context>
    <name>HandBackDialog</name>
    <message>
        <source>Hand the screen back to {name}. The clinician enters their password to return to the visit; the patient&apos;s answers are already saved.</source>
        <translation>Rendez l&apos;écran à {name}. Le praticien saisit son mot de passe pour revenir à la consultation ; les réponses du patient sont déjà enregistrées.</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>Clinician&apos;s password</source>
        <translation>Mot de passe du praticien</translation>
    </message>
    <message>
        <source>Hand back to clinician</source>
        <translation>Rendre au praticien</translation>
    </message>
</context>
<context>
    <name>HandoutLanguageBox</name>
    <message>
        <source>Handout language</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <source>The language this patient&apos;s handout prints in. Saved with the patient.</source>
        <translation>La langue dans laquelle la fiche de ce patient est imprimée. Enregistrée avec le patient.</translation>
    </message>
    <message>
        <source>Clinic&apos;s language ({language})</source>
        <translation>Langue du cabinet ({language})</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Still empty</source>
        <translation>Encore vide</translation>
    </message>
    <message>
        <source>Not tested…</source>
        <translation>Non testé…</translation>
    </message>
    <message>
        <source>Mark {label} not tested</source>
        <translation>Marquer {label} comme non testé</translation>
    </message>
    <message>
        <source>Mark this item not tested, with a reason ({keys} in any of its fields)</source>
        <translation>Marquer cet élément comme non testé, avec un motif ({keys} dans l&apos;un de ses champs)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>How to perform</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>How to perform: {label}</source>
        <translation>Réalisation : {label}</translation>
    </message>
    <message>
        <source>No suggestion from this visit&apos;s tests.</source>
        <translation>Aucune suggestion des tests de cette consultation.</translation>
    </message>
    <message>
        <source>Suggested from this visit&apos;s tests: {answer}.</source>
        <translation>Suggéré par les tests de cette consultation : {answer}.</translation>
    </message>
    <message>
        <source>This visit&apos;s tests suggest: {answer}. You chose otherwise.</source>
        <translation>Les tests de cette consultation suggèrent : {answer}. Vous avez choisi autrement.</translation>
    </message>
    <message>
        <source>not tested: {reason}</source>
        <translation>non testé : {reason}</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Same as this computer ({language})</source>
        <translation>Comme cet ordinateur ({language})</translation>
    </message>
    <message>
        <source>The language of KneeDesk&apos;s screens for you on every computer of the clinic. It takes effect the next time you sign in.</source>
        <translation>La langue des écrans de KneeDesk pour vous, sur tous les ordinateurs du cabinet. Elle s&apos;applique à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>The language patient handouts print in, unless a patient has a language of their own (on the patient&apos;s record or the report view). The clinician summary always prints in the language of the clinician who prints it.</source>
        <translation>La langue d&apos;impression des fiches patient, sauf si un patient a sa propre langue (sur son dossier ou dans l&apos;aperçu du rapport). La synthèse clinique s&apos;imprime toujours dans la langue du praticien qui l&apos;imprime.</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>Seul un administrateur peut modifier ce réglage.</translation>
    </message>
    <message>
        <source>&amp;Your language</source>
        <translation>&amp;Votre langue</translation>
    </message>
    <message>
        <source>&amp;Patient handouts</source>
        <translation>&amp;Fiches patient</translation>
    </message>
</context>
<context>
    <name>LeaveNotice</name>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>“{section}” still has {count} required items empty: {names}. You can come back to it.</source>
        <translation>« {section} » a encore {count} éléments obligatoires vides : {names}. Vous pouvez y revenir.</translation>
    </message>
    <message>
        <source>“{section}” still has {count} required item empty: {names}. You can come back to it.</source>
        <translation>« {section} » a encore {count} élément obligatoire vide : {names}. Vous pouvez y revenir.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>{entry}: {problem}</source>
        <extracomment>A refused entry of a list of numbers (&quot;Week 2&quot;), then what is wrong with it.</extracomment>
        <translation>{entry} : {problem}</translation>
    </message>
    <message>
        <source>{entries}: enter {range}</source>
        <translation>{entries} : saisissez {range}</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Log in to continue</source>
        <translation>Connectez-vous pour continuer</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Locked. {name}, enter your password to continue.</source>
        <translation>Verrouillé. {name}, saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Log in to continue</source>
        <translation>Connectez-vous pour continuer</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Images ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>KneeDesk cannot open {file} ({problem}). Choose another file.</source>
        <translation>KneeDesk ne peut pas ouvrir {file} ({problem}). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; a logo must be under {limit} MB. Save a smaller copy (a few hundred pixels wide is plenty) and choose that.</source>
        <translation>{file} fait {size} MB ; un logo doit faire moins de {limit} MB. Enregistrez une copie plus petite (quelques centaines de pixels de large suffisent) et choisissez-la.</translation>
    </message>
    <message>
        <source>{file} is not an image KneeDesk can read ({problem}). Choose a PNG or JPEG file.</source>
        <translation>{file} n&apos;est pas une image lisible par KneeDesk ({problem}). Choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>KneeDesk could not convert this image. Choose a PNG or JPEG file.</source>
        <translation>KneeDesk n&apos;a pas pu convertir cette image. Choisissez un fichier PNG ou JPEG.</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>praticien</translation>
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
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Angles on the {test} still</source>
        <translation>Angles sur l&apos;image : {test}</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>jambe gauche</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>jambe droite</translation>
    </message>
    <message>
        <source>{test}, {leg} · frame {index} of {file}</source>
        <translation>{test}, {leg} · image {index} de {file}</translation>
    </message>
    <message>
        <source>{test}, {leg} · {file}</source>
        <translation>{test}, {leg} · {file}</translation>
    </message>
    <message>
        <source>Close without keeping the changes to the points and the camera view?</source>
        <translation>Fermer sans conserver les modifications des points et de la vue de la caméra ?</translation>
    </message>
</context>
<context>
    <name>MeasureView</name>
    <message>
        <source>Camera view</source>
        <translation>Vue de la caméra</translation>
    </message>
    <message>
        <source>Where the camera was: it decides the sign of each angle</source>
        <translation>Où était la caméra : elle détermine le signe de chaque angle</translation>
    </message>
    <message>
        <source>Angle to measure</source>
        <translation>Angle à mesurer</translation>
    </message>
    <message>
        <source>Place this angle</source>
        <translation>Placer cet angle</translation>
    </message>
    <message>
        <source>Then click its points on the still, in the order asked</source>
        <translation>Cliquez ensuite sur ses points sur l&apos;image, dans l&apos;ordre demandé</translation>
    </message>
    <message>
        <source>Angles measured</source>
        <translation>Angles mesurés</translation>
    </message>
    <message>
        <source>Remove angle</source>
        <translation>Supprimer l&apos;angle</translation>
    </message>
    <message>
        <source>Remove the selected angle (Delete)</source>
        <translation>Supprimer l&apos;angle sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Drag a point, or select it and nudge it with the arrow keys (Shift: 10 px). Tab goes to the next point. Ctrl+wheel or + and − zoom.</source>
        <translation>Faites glisser un point, ou sélectionnez-le et déplacez-le avec les flèches (Maj : 10 px). Tab passe au point suivant. Ctrl+molette ou + et − pour zoomer.</translation>
    </message>
    <message>
        <source>This still belongs to a signed visit: its points and camera view cannot be changed.</source>
        <translation>Cette image appartient à une consultation signée : ses points et la vue de la caméra ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the still to the window</source>
        <translation>Ajuster l&apos;image à la fenêtre</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>{prompt}. Esc stops.</source>
        <translation>{prompt}. Échap pour arrêter.</translation>
    </message>
    <message>
        <source>Choose an angle, then “Place this angle”.</source>
        <translation>Choisissez un angle, puis « Placer cet angle ».</translation>
    </message>
</context>
<context>
    <name>MediaFolderTab</name>
    <message>
        <source>Where the clinic keeps its phone videos and photos. “Video or photo…” on the screen starts there, and a still&apos;s original is found there again even if it was renamed. KneeDesk never copies the videos into its database.</source>
        <translation>Là où la clinique conserve ses vidéos et photos prises au téléphone. « Vidéo ou photo… » dans l&apos;évaluation ouvre ce dossier, et l&apos;original d&apos;une image y est retrouvé même s&apos;il a été renommé. KneeDesk ne copie jamais les vidéos dans sa base de données.</translation>
    </message>
    <message>
        <source>Choose the folder where the clinic keeps its videos</source>
        <translation>Choisissez le dossier où la clinique conserve ses vidéos</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>Dossier des médias</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>&amp;Media folder</source>
        <translation>Dossier des &amp;médias</translation>
    </message>
</context>
<context>
    <name>NoRedFlagsControl</name>
    <message>
        <source>None of these: set every unanswered flag to No</source>
        <translation>Aucun : mettre à Non tous les drapeaux sans réponse</translation>
    </message>
    <message>
        <source>None of these red flags</source>
        <translation>Aucun de ces drapeaux rouges</translation>
    </message>
    <message>
        <source>Answers No for each red flag not answered yet; answers already given are kept</source>
        <translation>Répond Non pour chaque drapeau rouge encore sans réponse ; les réponses déjà données sont conservées</translation>
    </message>
    <message>
        <source>✓ All {count} red flag set to No</source>
        <translation>✓ {count} drapeau rouge mis à Non</translation>
    </message>
    <message>
        <source>✓ All {count} red flags set to No</source>
        <translation>✓ Les {count} drapeaux rouges mis à Non</translation>
    </message>
    <message>
        <source>✓ {count} red flag set to No</source>
        <translation>✓ {count} drapeau rouge mis à Non</translation>
    </message>
    <message>
        <source>✓ {count} red flags set to No</source>
        <translation>✓ {count} drapeaux rouges mis à Non</translation>
    </message>
    <message>
        <source>; {count} already answered or not tested, left as they were</source>
        <extracomment>Follows &quot;✓ 3 red flags set to No&quot;; the number counts the flags left untouched.</extracomment>
        <translation> ; {count} déjà renseignés ou non testés, laissés tels quels</translation>
    </message>
    <message>
        <source>. ⚠ Not saved: {names} (see the flag)</source>
        <translation>. ⚠ Non enregistré : {names} (voir le drapeau)</translation>
    </message>
    <message>
        <source>Not available while a flag is answered Yes ({names})</source>
        <translation>Indisponible tant qu&apos;un drapeau est à Oui ({names})</translation>
    </message>
</context>
<context>
    <name>NotTestedForm</name>
    <message>
        <source>Too painful to test</source>
        <translation>Trop douloureux pour tester</translation>
    </message>
    <message>
        <source>Patient declined</source>
        <translation>Refus du patient</translation>
    </message>
    <message>
        <source>Not indicated today</source>
        <translation>Non indiqué aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Equipment not available</source>
        <translation>Matériel indisponible</translation>
    </message>
    <message>
        <source>Not enough time</source>
        <translation>Pas assez de temps</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Les deux côtés</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Côté gauche seulement</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Côté droit seulement</translation>
    </message>
    <message>
        <source>Not tested:</source>
        <translation>Non testé :</translation>
    </message>
    <message>
        <source>{label}: which side was not tested</source>
        <translation>{label} : quel côté n&apos;a pas été testé</translation>
    </message>
    <message>
        <source>{label}: reason it was not tested</source>
        <translation>{label} : motif de l&apos;absence de test</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Mark not tested</source>
        <translation>Marquer non testé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Give a reason</source>
        <translation>Indiquez un motif</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>Allowed: {range}</source>
        <translation>Autorisé : {range}</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>{low} à {high}{unit}</translation>
    </message>
    <message>
        <source>{problem}: enter {range}</source>
        <translation>{problem} : saisissez {range}</translation>
    </message>
    <message>
        <source>Enter a whole number, {range}</source>
        <translation>Saisissez un nombre entier, {range}</translation>
    </message>
    <message>
        <source>{value} is out of range: enter {range}</source>
        <translation>{value} est hors limites : saisissez {range}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>« {text} » n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Try now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached ({server})</source>
        <translation>Le serveur de la clinique est injoignable ({server})</translation>
    </message>
    <message>
        <source>Keep working: what you type stays on screen and is kept on this computer until the server answers, then saved there in the order you typed it. Everything saved before is safe on the server. KneeDesk tries again every few seconds.</source>
        <translation>Continuez : ce que vous saisissez reste à l&apos;écran et est conservé sur cet ordinateur jusqu&apos;à ce que le serveur réponde, puis y est enregistré dans l&apos;ordre de saisie. Tout ce qui a été enregistré avant est en sécurité sur le serveur. KneeDesk réessaie toutes les quelques secondes.</translation>
    </message>
    <message>
        <source>Answers waiting: {count}.</source>
        <translation>Réponses en attente : {count}.</translation>
    </message>
    <message>
        <source>The answers typed meanwhile are saved on the server: {count}.</source>
        <translation>Les réponses saisies entre-temps sont enregistrées sur le serveur : {count}.</translation>
    </message>
    <message>
        <source>Connected to the clinic server again</source>
        <translation>De nouveau connecté au serveur de la clinique</translation>
    </message>
    <message>
        <source>Everything is saved on the server.</source>
        <translation>Tout est enregistré sur le serveur.</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <source>None of these</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Score: not yet rated</source>
        <translation>Score : pas encore évalué</translation>
    </message>
    <message>
        <source>Score: {points}</source>
        <translation>Score : {points}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>The password could not be checked: {error}. Try again.</source>
        <translation>Le mot de passe n&apos;a pas pu être vérifié : {error}. Réessayez.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>Ce mot de passe n&apos;est pas correct.</translation>
    </message>
</context>
<context>
    <name>PatientCard</name>
    <message>
        <source>Chart number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>&amp;Handout language</source>
        <translation>Langue de la &amp;fiche</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Modifier les informations</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>{date}  (age {age})</source>
        <translation>{date}  ({age} ans)</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Restaurer depuis l&apos;archive</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Archiver le patient</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Given name(s) *</source>
        <translation>Prénom(s) *</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Nom de famille *</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Date of birth *</source>
        <translation>Date de naissance *</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Year, month, day, for example 1992-03-14</source>
        <translation>Année, mois, jour, par exemple 1992-03-14</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down in the field)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas dans le champ)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Chart number *</source>
        <translation>N° de dossier *</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Unique in this clinic</source>
        <translation>Unique dans cette clinique</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add patient</source>
        <translation>Ajouter le patient</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s given name.</source>
        <translation>Saisissez le prénom du patient.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s family name.</source>
        <translation>Saisissez le nom de famille du patient.</translation>
    </message>
    <message>
        <source>Enter the date of birth. {help}</source>
        <translation>Saisissez la date de naissance. {help}</translation>
    </message>
    <message>
        <source>Enter a chart number; it must be unique in this clinic.</source>
        <translation>Saisissez un numéro de dossier ; il doit être unique dans ce cabinet.</translation>
    </message>
    <message>
        <source>Chart number {chart} already belongs to {name}. Use another number, or open that patient instead.</source>
        <translation>Le numéro de dossier {chart} appartient déjà à {name}. Utilisez un autre numéro ou ouvrez plutôt ce patient.</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>{name}  (archived)</source>
        <translation>{name}  (archivé)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Chart no.</source>
        <translation>N° dossier</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>{given} {family} - chart {chart}</source>
        <translation>{given} {family} - dossier {chart}</translation>
    </message>
</context>
<context>
    <name>PatientListPage</name>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Search by name, chart number or date of birth  (Ctrl+F)</source>
        <translation>Rechercher par nom, numéro de dossier ou date de naissance  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+N)</source>
        <translation>Ajouter un patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <source>Recently seen patients</source>
        <translation>Patients vus récemment</translation>
    </message>
    <message>
        <source>Recently seen</source>
        <translation>Vus récemment</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached: this list is as it was last read.</source>
        <translation>Le serveur de la clinique est injoignable : cette liste est celle de la dernière lecture.</translation>
    </message>
    <message>
        <source>More than {limit} patients found</source>
        <translation>Plus de {limit} patients trouvés</translation>
    </message>
    <message>
        <source>More than {limit} patients</source>
        <translation>Plus de {limit} patients</translation>
    </message>
    <message numerus="yes">
        <source>{count} patients found</source>
        <translation>
            <numerusform>{count} patient trouvé</numerusform>
            <numerusform>{count} patients trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} patients</source>
        <translation>
            <numerusform>{count} patient</numerusform>
            <numerusform>{count} patients</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient matches “{query}”. Check the spelling, search by chart number or date of birth, or choose New patient (Ctrl+N) to add them.</source>
        <translation>Aucun patient ne correspond à « {query} ». Vérifiez l&apos;orthographe, cherchez par numéro de dossier ou date de naissance, ou choisissez Nouveau patient (Ctrl+N) pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Every patient is archived. Tick Show archived to see them, or choose New patient (Ctrl+N).</source>
        <translation>Tous les patients sont archivés. Cochez Afficher les archivés pour les voir, ou choisissez Nouveau patient (Ctrl+N).</translation>
    </message>
    <message>
        <source>No patients yet. Choose New patient (Ctrl+N) to add the first one.</source>
        <translation>Aucun patient pour l&apos;instant. Choisissez Nouveau patient (Ctrl+N) pour ajouter le premier.</translation>
    </message>
    <message>
        <source>Patients you open appear here.</source>
        <translation>Les patients que vous ouvrez apparaissent ici.</translation>
    </message>
</context>
<context>
    <name>PatientModeView</name>
    <message>
        <source>About your knee</source>
        <translation>À propos de votre genou</translation>
    </message>
    <message>
        <source>Hand back to clinician</source>
        <translation>Rendre au praticien</translation>
    </message>
    <message>
        <source>Press a number key or click an answer. Enter goes to the next question.</source>
        <translation>Appuyez sur une touche de chiffre ou cliquez sur une réponse. Entrée passe à la question suivante.</translation>
    </message>
    <message>
        <source>‹ Previous question</source>
        <translation>‹ Question précédente</translation>
    </message>
    <message>
        <source>Next question ›</source>
        <translation>Question suivante ›</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {label}</source>
        <translation>Question {number} sur {count} · {label}</translation>
    </message>
    <message>
        <source>Finish ›</source>
        <translation>Terminer ›</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>C&apos;est terminé</translation>
    </message>
    <message>
        <source>{count} question(s) skipped</source>
        <translation>{count} question(s) sans réponse</translation>
    </message>
    <message>
        <source>Thank you. Please hand the screen back to your clinician.</source>
        <translation>Merci. Veuillez rendre l&apos;écran à votre praticien.</translation>
    </message>
    <message>
        <source>Hand the screen back; your clinician enters their password</source>
        <translation>Rendez l&apos;écran ; votre praticien saisira son mot de passe</translation>
    </message>
</context>
<context>
    <name>PatientRecordPage</name>
    <message>
        <source>&lt; Patients</source>
        <translation>&lt; Patients</translation>
    </message>
    <message>
        <source>Back to the patient list (Esc)</source>
        <translation>Retour à la liste des patients (Échap)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>New screen</source>
        <translation>Nouveau bilan</translation>
    </message>
    <message>
        <source>Start a new movement screen today (Ctrl+Shift+N)</source>
        <translation>Commencer aujourd&apos;hui un nouveau bilan du mouvement (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Continue draft</source>
        <translation>Reprendre le brouillon</translation>
    </message>
    <message>
        <source>Addendum...</source>
        <translation>Addendum...</translation>
    </message>
    <message>
        <source>Handout &amp;&amp; summary...</source>
        <translation>Fiche &amp;&amp; synthèse...</translation>
    </message>
    <message>
        <source>The patient handout and clinician summary of this visit</source>
        <translation>La fiche patient et la synthèse clinique de cette consultation</translation>
    </message>
    <message>
        <source>No visits yet. Choose New screen (Ctrl+Shift+N) to start the first movement screen.</source>
        <translation>Aucune consultation pour l&apos;instant. Choisissez Nouveau bilan (Ctrl+Maj+N) pour commencer le premier bilan du mouvement.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Visit history and actions (Ctrl+1)</source>
        <translation>Historique des consultations et actions (Ctrl+1)</translation>
    </message>
    <message>
        <source>Charts over the visits (Ctrl+2)</source>
        <translation>Graphiques au fil des consultations (Ctrl+2)</translation>
    </message>
    <message>
        <source>This record could not be opened. {what} {todo}</source>
        <translation>Ce dossier n&apos;a pas pu être ouvert. {what} {todo}</translation>
    </message>
    <message>
        <source>This record could not be opened ({error}). Go back to the patient list and open it again; if it keeps failing, restart KneeDesk.</source>
        <translation>Ce dossier n&apos;a pas pu être ouvert ({error}). Revenez à la liste des patients et rouvrez-le ; si l&apos;échec persiste, redémarrez KneeDesk.</translation>
    </message>
    <message>
        <source>Open signed visit</source>
        <translation>Ouvrir la consultation signée</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du document</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Training adjustment</source>
        <translation>Ajustement de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Short-term help, with exercise</source>
        <translation>Aide à court terme, avec exercice</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>training adjustment</source>
        <translation>ajustement de l&apos;entraînement</translation>
    </message>
    <message>
        <source>education</source>
        <translation>éducation</translation>
    </message>
    <message>
        <source>short-term help, with exercise</source>
        <translation>aide à court terme, avec exercice</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Plan items; dose and note can be edited (F2 or type)</source>
        <translation>Éléments du programme ; la dose et la note sont modifiables (F2 ou saisie)</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Élément du programme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No plan items.</source>
        <translation>Aucun élément dans le programme.</translation>
    </message>
    <message>
        <source>Plan item to add from the library</source>
        <translation>Élément de la bibliothèque à ajouter au programme</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Reset to suggested</source>
        <translation>Revenir à la suggestion</translation>
    </message>
    <message>
        <source>Add from the library:</source>
        <translation>Ajouter depuis la bibliothèque :</translation>
    </message>
    <message>
        <source>Plan not saved: {reason}</source>
        <translation>Programme non enregistré : {reason}</translation>
    </message>
    <message>
        <source>{dose}
(library dose, printed on the handout; type to change it)</source>
        <translation>{dose}
(dose de la bibliothèque, imprimée sur la fiche patient ; tapez pour la modifier)</translation>
    </message>
</context>
<context>
    <name>PresenceNote</name>
    <message>
        <source>Open on another workstation by {name} since {time}.</source>
        <translation>Ouverte sur un autre poste par {name} depuis {time}.</translation>
    </message>
    <message>
        <source>Answers saved there appear here as they are saved.</source>
        <translation>Les réponses enregistrées là-bas apparaissent ici dès leur enregistrement.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Page {page} could not be prepared for printing.</source>
        <translation>La page {page} n&apos;a pas pu être préparée pour l&apos;impression.</translation>
    </message>
    <message>
        <source>Printing was interrupted before the last page.</source>
        <translation>L&apos;impression a été interrompue avant la dernière page.</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was sent to the printer.</source>
        <translation>L&apos;impression a été annulée ; rien n&apos;a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is on and connected.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer ; vérifiez qu&apos;elle est allumée et connectée.</translation>
    </message>
    <message>
        <source>The printer stopped before page {page}.</source>
        <translation>L&apos;imprimante s&apos;est arrêtée avant la page {page}.</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <source>Printing page {page} of {pages}</source>
        <translation>Impression de la page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Preparing page {page} of {pages}</source>
        <translation>Préparation de la page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>PrintProgressDialog</name>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Le document</translation>
    </message>
    <message>
        <source>{document} on {printer}</source>
        <translation>{document} sur {printer}</translation>
    </message>
    <message>
        <source>Opening the document...</source>
        <translation>Ouverture du document...</translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>Progression de l&apos;impression</translation>
    </message>
    <message>
        <source>Nothing has been sent to the printer yet.</source>
        <translation>Rien n&apos;a encore été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The pages are going to the printer; this can no longer be cancelled.</source>
        <translation>Les pages partent vers l&apos;imprimante ; l&apos;impression ne peut plus être annulée.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read for printing; nothing was printed.</source>
        <translation>Le document n&apos;a pas pu être lu pour l&apos;impression ; rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Imprimer {title}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Section {number} of {count} · {done_here} of {items_here} items here · {done_total} of {items_total} in all</source>
        <translation>Section {number} sur {count} · {done_here} sur {items_here} éléments ici · {done_total} sur {items_total} au total</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>{number} point</source>
        <translation>{number} point</translation>
    </message>
    <message>
        <source>{number} points</source>
        <translation>{number} points</translation>
    </message>
    <message>
        <source>{number} of 6</source>
        <translation>{number} sur 6</translation>
    </message>
    <message>
        <source>{number} of 5</source>
        <translation>{number} sur 5</translation>
    </message>
    <message>
        <source>scored 0 to 10</source>
        <translation>noté de 0 à 10</translation>
    </message>
    <message>
        <source>% of body weight</source>
        <translation>% du poids corporel</translation>
    </message>
    <message>
        <source>points, 0 best to 6 worst</source>
        <translation>points, 0 meilleur à 6 pire</translation>
    </message>
    <message>
        <source>stage, 0 not running to 5 full training</source>
        <translation>étape, de 0 sans course à 5 entraînement complet</translation>
    </message>
    <message>
        <source>{line} (painful)</source>
        <translation>{line} (côté douloureux)</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus élevé est meilleur</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas est meilleur</translation>
    </message>
    <message>
        <source>meaningful improvement</source>
        <translation>amélioration pertinente</translation>
    </message>
    <message>
        <source>meaningful worsening</source>
        <translation>aggravation pertinente</translation>
    </message>
    <message>
        <source>meaningful change</source>
        <translation>changement pertinent</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>latest visit: {not_asked}</source>
        <translation>dernière consultation : {not_asked}</translation>
    </message>
    <message>
        <source>not measured at the latest visit</source>
        <translation>non mesuré lors de la dernière consultation</translation>
    </message>
    <message>
        <source>measured once; earlier visits: {not_asked}</source>
        <translation>mesuré une fois ; consultations précédentes : {not_asked}</translation>
    </message>
    <message>
        <source>measured once</source>
        <translation>mesuré une fois</translation>
    </message>
    <message>
        <source>not measured at the last visit</source>
        <translation>non mesuré lors de la consultation précédente</translation>
    </message>
    <message>
        <source>v1 visit</source>
        <translation>consultation v1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>A change of {rule} of the earlier value is meaningful (marked ★).</source>
        <translation>Un changement de {rule} de la valeur précédente est pertinent (marqué ★).</translation>
    </message>
    <message>
        <source>Shaded: {below} from the first {line} score. A change of {beyond} is meaningful (marked ★).</source>
        <translation>Zone grisée : {below} par rapport au premier score « {line} ». Un changement de {beyond} est pertinent (marqué ★).</translation>
    </message>
    <message>
        <source>Shaded: {below} from the first visit. A change of {beyond} is meaningful (marked ★).</source>
        <translation>Zone grisée : {below} par rapport à la première consultation. Un changement de {beyond} est pertinent (marqué ★).</translation>
    </message>
    <message>
        <source>Shaded: the test&apos;s usual error, ±{size} of each side&apos;s first value. A change of {beyond} of the earlier value is more than the test&apos;s usual error (marked ★); a smaller one may be noise.</source>
        <translation>Zone grisée : l&apos;erreur habituelle du test, ±{size} de la première valeur de chaque côté. Un changement de {beyond} de la valeur précédente dépasse l&apos;erreur habituelle du test (marqué ★) ; un plus petit peut être du bruit.</translation>
    </message>
    <message>
        <source>Shaded: the test&apos;s usual error, ±{size} around each side&apos;s first value. A change of {beyond} is more than the test&apos;s usual error (marked ★); a smaller one may be noise.</source>
        <translation>Zone grisée : l&apos;erreur habituelle du test, ±{size} autour de la première valeur de chaque côté. Un changement de {beyond} dépasse l&apos;erreur habituelle du test (marqué ★) ; un plus petit peut être du bruit.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Progress appears after the second visit.</source>
        <translation>Le suivi apparaît après la deuxième consultation.</translation>
    </message>
    <message>
        <source>No visits yet. Progress appears after the second visit.</source>
        <translation>Aucune consultation pour l&apos;instant. Le suivi apparaît après la deuxième consultation.</translation>
    </message>
    <message>
        <source>One visit, on {date}.</source>
        <translation>Une consultation, le {date}.</translation>
    </message>
    <message>
        <source>{n} visits, {first} to {last}. Point at a marker for its value and date; right-click a chart to export it.</source>
        <translation>{n} consultations, du {first} au {last}. Pointez un repère pour voir sa valeur et sa date ; clic droit sur un graphique pour l&apos;exporter.</translation>
    </message>
    <message>
        <source>Not measured at any visit: {measures}.</source>
        <translation>Non mesuré lors des consultations : {measures}.</translation>
    </message>
    <message>
        <source>Measured on {date} (draft)</source>
        <translation>Mesuré le {date} (brouillon)</translation>
    </message>
    <message>
        <source>Measured on {date}</source>
        <translation>Mesuré le {date}</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Give a reason why it was not tested</source>
        <translation>Indiquez pourquoi ce n&apos;a pas été testé</translation>
    </message>
</context>
<context>
    <name>RedFlagBanner</name>
    <message>
        <source>Refer / rule out first</source>
        <translation>Orienter / exclure d&apos;abord</translation>
    </message>
    <message>
        <source>Red flag: refer or rule out first</source>
        <translation>Drapeau rouge : orienter ou exclure d&apos;abord</translation>
    </message>
    <message>
        <source>Red flag: {flags}. Refer or investigate before treating this as runner&apos;s knee; the handout will carry no exercise plan.</source>
        <translation>Drapeau rouge : {flags}. Orientez ou investiguez avant de traiter comme un genou du coureur ; la fiche patient ne comportera aucun programme d&apos;exercices.</translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>&lt; Back to record</source>
        <translation>&lt; Retour au dossier</translation>
    </message>
    <message>
        <source>Back to the patient&apos;s record (Esc)</source>
        <translation>Retour au dossier du patient (Échap)</translation>
    </message>
</context>
<context>
    <name>ReportIssuer</name>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This kept copy no longer matches the fingerprint (SHA-256) recorded when it was printed: it was changed outside KneeDesk, so it was not printed. Print the document again from the preview, run &apos;kneedesk check&apos;, and tell your administrator.</source>
        <translation>Cette copie gardée ne correspond plus à l&apos;empreinte (SHA-256) enregistrée à l&apos;impression : elle a été modifiée en dehors de KneeDesk, elle n&apos;a donc pas été imprimée. Réimprimez le document depuis l&apos;aperçu, lancez &apos;kneedesk check&apos; et prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Handout and summary</source>
        <translation>Fiche et synthèse</translation>
    </message>
    <message>
        <source>{given} {family} - screen of {date} ({visit})</source>
        <translation>{given} {family} - bilan du {date} ({visit})</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Signé par {name}</translation>
    </message>
    <message>
        <source>Draft (not signed)</source>
        <translation>Brouillon (non signé)</translation>
    </message>
    <message>
        <source>ALTERED RECORD: this signed visit no longer matches its signature. Every page prints with a warning bar; restore from a backup and tell your administrator.</source>
        <translation>DOSSIER ALTÉRÉ : cette consultation signée ne correspond plus à sa signature. Chaque page s&apos;imprime avec une barre d&apos;avertissement ; restaurez une sauvegarde et prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Draft: preview only. Sign the visit to print or save it, so that what the patient takes home is the signed record and can be reprinted exactly.</source>
        <translation>Brouillon : aperçu seulement. Signez la consultation pour l&apos;imprimer ou l&apos;enregistrer, afin que ce que le patient emporte soit le dossier signé et puisse être réimprimé à l&apos;identique.</translation>
    </message>
    <message>
        <source>Clinician summary printed and kept with the visit.</source>
        <translation>Synthèse clinique imprimée et gardée avec la consultation.</translation>
    </message>
    <message>
        <source>Patient handout printed and kept with the visit.</source>
        <translation>Fiche patient imprimée et gardée avec la consultation.</translation>
    </message>
    <message>
        <source>Clinician summary saved as {file} and kept with the visit.</source>
        <translation>Synthèse clinique enregistrée sous {file} et gardée avec la consultation.</translation>
    </message>
    <message>
        <source>Patient handout saved as {file} and kept with the visit.</source>
        <translation>Fiche patient enregistrée sous {file} et gardée avec la consultation.</translation>
    </message>
    <message>
        <source>Reprint refused</source>
        <translation>Réimpression refusée</translation>
    </message>
    <message>
        <source>{title} (reprint)</source>
        <translation>{title} (réimpression)</translation>
    </message>
    <message>
        <source>Clinician summary of {time} reprinted.</source>
        <translation>Synthèse clinique du {time} réimprimée.</translation>
    </message>
    <message>
        <source>Patient handout of {time} reprinted.</source>
        <translation>Fiche patient du {time} réimprimée.</translation>
    </message>
    <message>
        <source>Preparing the clinician summary...</source>
        <translation>Préparation de la synthèse clinique...</translation>
    </message>
    <message>
        <source>Preparing the patient handout...</source>
        <translation>Préparation de la fiche patient...</translation>
    </message>
    <message numerus="yes">
        <source>{count} pages</source>
        <translation>
            <numerusform>{count} page</numerusform>
            <numerusform>{count} pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be prepared. This is a bug; please report it.</source>
        <translation>Le document n&apos;a pas pu être préparé. C&apos;est un bogue ; merci de le signaler.</translation>
    </message>
    <message>
        <source>This visit cannot be reported on (see above).</source>
        <translation>Aucun document ne peut être établi pour cette consultation (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Sign the visit to print or save it.</source>
        <translation>Signez la consultation pour l&apos;imprimer ou l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Preparing the document...</source>
        <translation>Préparation du document...</translation>
    </message>
    <message>
        <source>The document could not be prepared (see above).</source>
        <translation>Le document n&apos;a pas pu être préparé (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Log in to print or save.</source>
        <translation>Connectez-vous pour imprimer ou enregistrer.</translation>
    </message>
    <message>
        <source>A copy of what you print or save is kept with the visit.</source>
        <translation>Une copie de ce que vous imprimez ou enregistrez est gardée avec la consultation.</translation>
    </message>
    <message>
        <source>Nothing to print yet.</source>
        <translation>Rien à imprimer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>visit {number} of {total}</source>
        <translation>consultation {number} sur {total}</translation>
    </message>
    <message>
        <source>{title} - {given} {family}, {date}</source>
        <translation>{title} - {given} {family}, {date}</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Synthèse clinique</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Fiche patient</translation>
    </message>
</context>
<context>
    <name>RestorePreviewDialog</name>
    <message>
        <source>{visits} ({signed} signed, {drafts} draft)</source>
        <translation>{visits} ({signed} signées, {drafts} brouillon)</translation>
    </message>
    <message>
        <source>{visits} ({signed} signed, {drafts} drafts)</source>
        <translation>{visits} ({signed} signées, {drafts} brouillons)</translation>
    </message>
    <message>
        <source>KneeDesk holds {patients} patients and {visits} visits now (newest visit {newest}).</source>
        <translation>KneeDesk contient actuellement {patients} patients et {visits} consultations (dernière consultation : {newest}).</translation>
    </message>
    <message>
        <source>The backup has {patients} fewer patients and {visits} fewer visits.</source>
        <translation>La sauvegarde compte {patients} patients et {visits} consultations de moins.</translation>
    </message>
    <message>
        <source>The backup is from another clinic: {clinic}.</source>
        <translation>La sauvegarde provient d&apos;une autre clinique : {clinic}.</translation>
    </message>
    <message>
        <source>Everything entered after the backup was made will no longer appear. The current records are first kept as a verified copy beside the database, so nothing is deleted. Everyone is logged out afterwards.</source>
        <translation>Tout ce qui a été saisi après la sauvegarde n&apos;apparaîtra plus. Les dossiers actuels sont d&apos;abord conservés en copie vérifiée à côté de la base de données : rien n&apos;est supprimé. Tout le monde est ensuite déconnecté.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the records with this backup?</source>
        <translation>Remplacer les dossiers par cette sauvegarde ?</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Clinic:</source>
        <translation>Clinique :</translation>
    </message>
    <message>
        <source>(no clinic name)</source>
        <translation>(pas de nom de clinique)</translation>
    </message>
    <message>
        <source>Backup made:</source>
        <translation>Sauvegarde faite :</translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation>Patients :</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Consultations :</translation>
    </message>
    <message>
        <source>Newest visit:</source>
        <translation>Dernière consultation :</translation>
    </message>
    <message>
        <source>Last change recorded:</source>
        <translation>Dernière modification enregistrée :</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Vérifiée :</translation>
    </message>
    <message>
        <source>intact, {size}</source>
        <translation>intacte, {size}</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Saisissez {word} pour confirmer</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Saisissez {word} pour confirmer :</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>ReviewField</name>
    <message>
        <source>Choose or type, e.g. in 3 weeks</source>
        <translation>Choisissez ou tapez, p. ex. in 3 weeks</translation>
    </message>
    <message>
        <source>Printed on the patient&apos;s handout. “in N weeks” also prints the date it falls on.</source>
        <extracomment>“in N weeks” is what the clinician types (in English) for the handout to print the date.</extracomment>
        <translation>Imprimé sur la fiche patient. « in N weeks » imprime aussi la date correspondante.</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Prochaine consultation :</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Prochaine consultation</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>ScreenWizard</name>
    <message>
        <source>Summary · {done} of {total} items complete</source>
        <translation>Synthèse · {done} sur {total} éléments complets</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>scores, findings, plan</source>
        <translation>scores, constats, programme</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>en partie fait</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omis</translation>
    </message>
    <message>
        <source>Sections of the screen</source>
        <translation>Sections du dépistage</translation>
    </message>
    <message>
        <source>Summary and plan</source>
        <translation>Synthèse et programme</translation>
    </message>
    <message>
        <source>Summary: {status}</source>
        <translation>Synthèse : {status}</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Hand the Kujala questionnaire to the patient…</source>
        <translation>Donner le questionnaire de Kujala au patient…</translation>
    </message>
    <message>
        <source>Large print, one question at a time</source>
        <translation>Gros caractères, une question à la fois</translation>
    </message>
    <message>
        <source>Required and still empty ({count}): {names}.</source>
        <translation>Obligatoires et encore vides ({count}) : {names}.</translation>
    </message>
</context>
<context>
    <name>ServerDownDialog</name>
    <message>
        <source>KneeDesk cannot connect to the clinic server ({place}).</source>
        <translation>KneeDesk ne peut pas se connecter au serveur du cabinet ({place}).</translation>
    </message>
    <message>
        <source>{reason}

The clinic&apos;s records are kept on the server; nothing on this computer was changed.</source>
        <translation>{reason}

Les dossiers du cabinet sont conservés sur le serveur ; rien n&apos;a été modifié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Server settings…</source>
        <translation>Réglages du serveur…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Clinic server</source>
        <translation>Serveur du cabinet</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Choose the clinic&apos;s CA certificate</source>
        <translation>Choisir le certificat de la CA du cabinet</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This workstation only (file on this computer)</source>
        <translation>Ce poste seulement (fichier sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation>Serveur du cabinet</translation>
    </message>
    <message>
        <source>With the clinic server, every workstation of the clinic works on the same patients. A change here takes effect the next time KneeDesk starts.</source>
        <translation>Avec le serveur du cabinet, tous les postes du cabinet travaillent sur les mêmes patients. Une modification ici s&apos;applique au prochain démarrage de KneeDesk.</translation>
    </message>
    <message>
        <source>e.g. clinic-server.local</source>
        <translation>p. ex. serveur-cabinet.local</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain</source>
        <translation>Conservé dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Not needed for a server on this computer</source>
        <translation>Inutile pour un serveur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>Seul un administrateur peut modifier ce réglage.</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;veur</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Base de &amp;données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>TLS &amp;CA file</source>
        <translation>Fichier de la &amp;CA (TLS)</translation>
    </message>
    <message>
        <source>Connecting to the clinic server…</source>
        <translation>Connexion au serveur du cabinet…</translation>
    </message>
    <message>
        <source>Connected: the clinic database is ready for KneeDesk.</source>
        <translation>Connecté : la base de données du cabinet est prête pour KneeDesk.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not be used ({error}). KneeDesk keeps the server&apos;s password only there: ask your IT provider to set one up.</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas pu être utilisé ({error}). KneeDesk ne conserve le mot de passe du serveur que là : demandez à votre prestataire informatique d&apos;en configurer un.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <source>These details head every report and handout.</source>
        <translation>Ces informations figurent en tête de chaque rapport et fiche patient.</translation>
    </message>
    <message>
        <source>Clinic &amp;name *</source>
        <translation>&amp;Nom de la clinique *</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom de la clinique</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Adresse de la clinique</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Téléphone de la clinique</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>Choisir un logo...</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Choisissez le logo de la clinique</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Units &amp;&amp; paper</source>
        <translation>Unités et papier</translation>
    </message>
    <message>
        <source>Values are always stored in metric units; these settings change how they are shown and typed.</source>
        <translation>Les valeurs sont toujours enregistrées en unités métriques ; ces réglages changent leur affichage et leur saisie.</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>&amp;Dynamometer unit</source>
        <translation>Unité du &amp;dynamomètre</translation>
    </message>
    <message>
        <source>Dynamometer unit</source>
        <translation>Unité du dynamomètre</translation>
    </message>
    <message>
        <source>The unit your hand-held dynamometer shows; strength is typed in it.</source>
        <translation>L&apos;unité affichée par votre dynamomètre portatif ; la force est saisie dans cette unité.</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>When a finding is reported. The defaults come from the published sources named under each value; change them only if your clinic has agreed on other values.</source>
        <translation>Quand un constat est signalé. Les valeurs par défaut proviennent des sources publiées citées sous chaque valeur ; ne les modifiez que si votre clinique a convenu d&apos;autres valeurs.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Reset all thresholds to their defaults</source>
        <translation>Rétablir tous les seuils à leur valeur par défaut</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <source>Auto-lock after minutes</source>
        <translation>Verrouillage automatique après minutes</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Changes here take effect at once. A deactivated clinician can no longer log in or sign; their past visits keep their name.</source>
        <translation>Les modifications ici s&apos;appliquent immédiatement. Un praticien désactivé ne peut plus se connecter ni signer ; ses consultations passées gardent son nom.</translation>
    </message>
    <message>
        <source>Clinician accounts</source>
        <translation>Comptes des praticiens</translation>
    </message>
    <message>
        <source>Add clinician...</source>
        <translation>Ajouter un praticien...</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>Réinitialiser le mot de passe...</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation>Serveur du cabinet</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix the fields marked in red ({tabs}).</source>
        <translation>Rien n&apos;a été enregistré. Corrigez les champs marqués en rouge ({tabs}).</translation>
    </message>
    <message>
        <source>KneeDesk never locks by itself. Lock it whenever you leave the computer, or patient records stay on screen.</source>
        <translation>KneeDesk ne se verrouille jamais tout seul. Verrouillez-le chaque fois que vous quittez l&apos;ordinateur, sinon les dossiers des patients restent à l&apos;écran.</translation>
    </message>
    <message>
        <source>After {n} minute without typing or mouse movement, KneeDesk locks and hides patient data until you log in again. Nothing you were doing is lost.</source>
        <translation>Après {n} minute sans frappe ni mouvement de la souris, KneeDesk se verrouille et masque les données des patients jusqu&apos;à votre reconnexion. Rien de ce que vous faisiez n&apos;est perdu.</translation>
    </message>
    <message>
        <source>After {n} minutes without typing or mouse movement, KneeDesk locks and hides patient data until you log in again. Nothing you were doing is lost.</source>
        <translation>Après {n} minutes sans frappe ni mouvement de la souris, KneeDesk se verrouille et masque les données des patients jusqu&apos;à votre reconnexion. Rien de ce que vous faisiez n&apos;est perdu.</translation>
    </message>
</context>
<context>
    <name>SideCell</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo not tested: {label}</source>
        <translation>Annuler « non testé » : {label}</translation>
    </message>
    <message>
        <source>Not tested: {reason}</source>
        <translation>Non testé : {reason}</translation>
    </message>
    <message>
        <source>{side}  ● painful side</source>
        <translation>{side}  ● côté douloureux</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign this visit as {name}? The findings and plan are stored as shown, and the visit becomes read-only. Later corrections are added as addenda.</source>
        <translation>Signer cette consultation en tant que {name} ? Les constats et le plan sont enregistrés tels qu&apos;affichés, et la consultation passe en lecture seule. Les corrections ultérieures sont ajoutées en addenda.</translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>Signer la consultation</translation>
    </message>
    <message>
        <source>Still empty (required): {items}. You can sign anyway; the summary and handout will say these were not recorded.</source>
        <translation>Encore vides (obligatoires) : {items}. Vous pouvez signer quand même ; la synthèse et la fiche indiqueront qu&apos;ils n&apos;ont pas été renseignés.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another program is using the name KneeDesk uses to find its own open window, and it did not answer as KneeDesk. KneeDesk starts anyway; if KneeDesk is already open on this database it will say so. If this happens again, restart the computer or ask your IT support to check which program it is.</source>
        <translation>Un autre programme utilise le nom dont KneeDesk se sert pour retrouver sa propre fenêtre ouverte, et il n&apos;a pas répondu comme KneeDesk. KneeDesk démarre quand même ; si KneeDesk est déjà ouvert sur cette base de données, il le signalera. Si cela se reproduit, redémarrez l&apos;ordinateur ou demandez à votre support informatique de vérifier de quel programme il s&apos;agit.</translation>
    </message>
</context>
<context>
    <name>StillCard</name>
    <message>
        <source>This still&apos;s picture no longer matches the one kept when it was taken: it was changed outside KneeDesk. Do not rely on it.</source>
        <translation>Cette image ne correspond plus à celle gardée lors de sa prise : elle a été modifiée en dehors de KneeDesk. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>Photo {file}</source>
        <translation>Photo {file}</translation>
    </message>
    <message>
        <source>{file}, frame {frame} of {count}</source>
        <translation>{file}, image {frame} sur {count}</translation>
    </message>
    <message>
        <source>Camera: {view}</source>
        <translation>Caméra : {view}</translation>
    </message>
    <message>
        <source>No angle measured yet</source>
        <translation>Aucun angle mesuré pour l&apos;instant</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>MODIFIÉE</translation>
    </message>
    <message>
        <source>Print on handout</source>
        <translation>Imprimer sur la fiche</translation>
    </message>
    <message>
        <source>Print on handout: still of the left side</source>
        <translation>Imprimer sur la fiche : image du côté gauche</translation>
    </message>
    <message>
        <source>Print on handout: still of the right side</source>
        <translation>Imprimer sur la fiche : image du côté droit</translation>
    </message>
    <message>
        <source>Print this still and its angles on the handout</source>
        <translation>Imprimer cette image et ses angles sur la fiche patient</translation>
    </message>
    <message>
        <source>Hide face</source>
        <translation>Masquer le visage</translation>
    </message>
    <message>
        <source>Blur the face when the still is printed on the handout</source>
        <translation>Flouter le visage quand l&apos;image est imprimée sur la fiche patient</translation>
    </message>
    <message>
        <source>Hide face: still of the left side</source>
        <translation>Masquer le visage : image du côté gauche</translation>
    </message>
    <message>
        <source>Hide face: still of the right side</source>
        <translation>Masquer le visage : image du côté droit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on the still of the left side</source>
        <translation>Note sur l&apos;image du côté gauche</translation>
    </message>
    <message>
        <source>Note on the still of the right side</source>
        <translation>Note sur l&apos;image du côté droit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Original: {path}</source>
        <translation>Original : {path}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>StillDialog</name>
    <message>
        <source>This frame could not be shown ({error}). Try another frame.</source>
        <translation>Cette image n&apos;a pas pu être affichée ({error}). Essayez une autre image.</translation>
    </message>
    <message>
        <source>Still for {item}, {side}</source>
        <translation>Image pour {item}, {side}</translation>
    </message>
    <message>
        <source>Step to the frame to measure (Left and Right arrows), then keep it.</source>
        <translation>Allez à l&apos;image à mesurer (flèches gauche et droite), puis gardez-la.</translation>
    </message>
    <message>
        <source>Keep the photo to measure on it.</source>
        <translation>Gardez la photo pour mesurer dessus.</translation>
    </message>
    <message>
        <source>Keep this frame</source>
        <translation>Garder cette image</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Utiliser cette photo</translation>
    </message>
    <message>
        <source>Choose another frame</source>
        <translation>Choisir une autre image</translation>
    </message>
    <message>
        <source>Back to the video; the angles placed stay on the new frame</source>
        <translation>Retour à la vidéo ; les angles placés restent sur la nouvelle image</translation>
    </message>
    <message>
        <source>Noting which file this is…</source>
        <translation>Identification du fichier…</translation>
    </message>
    <message>
        <source>Add still</source>
        <translation>Ajouter l&apos;image</translation>
    </message>
    <message>
        <source>Noting which file this is… {percent} %</source>
        <translation>Identification du fichier… {percent} %</translation>
    </message>
    <message>
        <source>File noted: the still will say which video or photo it came from.</source>
        <translation>Fichier identifié : l&apos;image indiquera de quelle vidéo ou photo elle provient.</translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation>Le fichier n&apos;a pas pu être lu jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>“{file}” could not be read to the end ({error}). Close this window and choose the file again.</source>
        <translation>« {file} » n&apos;a pas pu être lu jusqu&apos;au bout ({error}). Fermez cette fenêtre et choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>The frame could not be kept ({error}). Try again.</source>
        <translation>L&apos;image n&apos;a pas pu être gardée ({error}). Réessayez.</translation>
    </message>
    <message>
        <source>Frame {index} ({seconds} s) kept, {width} × {height} px. Place the angles.</source>
        <translation>Image {index} ({seconds} s) gardée, {width} × {height} px. Placez les angles.</translation>
    </message>
    <message>
        <source>The photo kept, {width} × {height} px. Place the angles.</source>
        <translation>Photo gardée, {width} × {height} px. Placez les angles.</translation>
    </message>
    <message>
        <source>Close without adding the kept frame and the angles placed on it?</source>
        <translation>Fermer sans ajouter l&apos;image gardée et les angles placés dessus ?</translation>
    </message>
</context>
<context>
    <name>StillMarks</name>
    <message>
        <source>Click the {point}</source>
        <translation>Cliquez sur le point : {point}</translation>
    </message>
    <message>
        <source>{angle}: points overlap</source>
        <translation>{angle} : points superposés</translation>
    </message>
</context>
<context>
    <name>StillOpening</name>
    <message>
        <source>The file could not be opened: {error}. Try another copy of the video or photo.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert : {error}. Essayez une autre copie de la vidéo ou de la photo.</translation>
    </message>
</context>
<context>
    <name>StillStrip</name>
    <message>
        <source>Remove still</source>
        <translation>Retirer l&apos;image</translation>
    </message>
    <message>
        <source>Remove this still of the {test} ({side})? Its angles go with it.</source>
        <translation>Retirer cette image ({test}, {side}) ? Ses angles seront retirés avec elle.</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Jambe gauche</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <source>Video or photo…</source>
        <translation>Vidéo ou photo…</translation>
    </message>
    <message>
        <source>Import a video or photo, {side}: {item}</source>
        <translation>Importer une vidéo ou une photo, {side} : {item}</translation>
    </message>
    <message>
        <source>Keep a still of this test with its angles (or drop a video or photo on the row; {keys} in the side&apos;s field)</source>
        <translation>Garder une image de ce test avec ses angles (ou déposez une vidéo ou une photo sur la ligne ; {keys} dans le champ du côté)</translation>
    </message>
    <message>
        <source>The stills could not be read: {reason}</source>
        <translation>Les images n&apos;ont pas pu être lues : {reason}</translation>
    </message>
    <message>
        <source>The angles were not saved: {reason}</source>
        <translation>Les angles n&apos;ont pas été enregistrés : {reason}</translation>
    </message>
    <message>
        <source>The earlier stills could not be read: {reason}</source>
        <translation>Les images précédentes n&apos;ont pas pu être lues : {reason}</translation>
    </message>
    <message>
        <source>The still was not removed: {reason}</source>
        <translation>L&apos;image n&apos;a pas été retirée : {reason}</translation>
    </message>
</context>
<context>
    <name>StillsArea</name>
    <message>
        <source>Tick &apos;{consent}&apos; first (at the top of this section).</source>
        <translation>Cochez d&apos;abord « {consent} » (en haut de cette section).</translation>
    </message>
    <message>
        <source>Choose a video or photo of the test</source>
        <translation>Choisissez une vidéo ou une photo du test</translation>
    </message>
    <message>
        <source>Videos and photos ({patterns})</source>
        <translation>Vidéos et photos ({patterns})</translation>
    </message>
    <message>
        <source>{file} is not a video or photo KneeDesk can open. Use an MP4, MOV or M4V video, or a JPEG or PNG photo.</source>
        <translation>{file} n&apos;est pas une vidéo ou une photo que KneeDesk peut ouvrir. Utilisez une vidéo MP4, MOV ou M4V, ou une photo JPEG ou PNG.</translation>
    </message>
    <message>
        <source>Click “Video or photo…” under the leg that was filmed.</source>
        <translation>Cliquez sur « Vidéo ou photo… » sous la jambe filmée.</translation>
    </message>
    <message>
        <source>Still opening {file}; wait for it first.</source>
        <translation>{file} est encore en cours d&apos;ouverture ; attendez d&apos;abord.</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>jambe gauche</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>jambe droite</translation>
    </message>
    <message>
        <source>The still was not kept: {reason}</source>
        <translation>L&apos;image n&apos;a pas été gardée : {reason}</translation>
    </message>
    <message>
        <source>Drop the file on the Left or the Right side of the item.</source>
        <translation>Déposez le fichier sur le côté Gauche ou Droit de l&apos;élément.</translation>
    </message>
</context>
<context>
    <name>StoreStills</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Personne n&apos;est connecté.</translation>
    </message>
    <message>
        <source>Log in again; nothing was changed.</source>
        <translation>Reconnectez-vous ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>StoredReports</name>
    <message>
        <source>Kept copies</source>
        <translation>Copies gardées</translation>
    </message>
    <message>
        <source>What is printed or saved is kept as it was: Reprint gives the same file.</source>
        <translation>Ce qui est imprimé ou enregistré est gardé tel quel : Réimprimer donne le même fichier.</translation>
    </message>
    <message>
        <source>Kept copies of printed and saved reports</source>
        <translation>Copies gardées des documents imprimés et enregistrés</translation>
    </message>
    <message>
        <source>Nothing printed or saved yet.</source>
        <translation>Rien n&apos;a encore été imprimé ni enregistré.</translation>
    </message>
    <message>
        <source>Reprint...</source>
        <translation>Réimprimer...</translation>
    </message>
    <message>
        <source>Print the selected kept copy again, byte for byte</source>
        <translation>Réimprimer la copie gardée sélectionnée, octet pour octet</translation>
    </message>
    <message>
        <source>{copy}, in {language}</source>
        <translation>{copy}, en {language}</translation>
    </message>
    <message>
        <source>{time}, {name}</source>
        <translation>{time}, {name}</translation>
    </message>
    <message>
        <source>Clinician summary, kept</source>
        <translation>Synthèse clinique, gardée</translation>
    </message>
    <message>
        <source>Patient handout, kept</source>
        <translation>Fiche patient, gardée</translation>
    </message>
    <message>
        <source>Clinician summary, saved as PDF</source>
        <translation>Synthèse clinique, enregistrée en PDF</translation>
    </message>
    <message>
        <source>Patient handout, saved as PDF</source>
        <translation>Fiche patient, enregistrée en PDF</translation>
    </message>
    <message>
        <source>Clinician summary, printed</source>
        <translation>Synthèse clinique, imprimée</translation>
    </message>
    <message>
        <source>Patient handout, printed</source>
        <translation>Fiche patient, imprimée</translation>
    </message>
    <message>
        <source>{copy}, reprinted {count}x</source>
        <translation>{copy} ; réimpressions : {count}</translation>
    </message>
    <message>
        <source>clinician {number}</source>
        <translation>praticien {number}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary and plan</source>
        <translation>Synthèse et programme</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Show all details</source>
        <translation>Afficher tous les détails</translation>
    </message>
    <message>
        <source>Open every finding to its evidence, thresholds and source</source>
        <translation>Ouvrir chaque constat avec ses éléments, seuils et source</translation>
    </message>
    <message>
        <source>No findings from the answers so far.</source>
        <translation>Aucun constat d&apos;après les réponses pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation>Signer la consultation…</translation>
    </message>
    <message>
        <source>Sign the visit: it becomes read-only</source>
        <translation>Signer la consultation : elle passe en lecture seule</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Autres mesures</translation>
    </message>
    <message>
        <source>The plan as signed; the handout prints these doses and notes.</source>
        <translation>Le programme tel que signé ; la fiche patient imprime ces doses et ces notes.</translation>
    </message>
    <message>
        <source>A red flag is ticked: no plan is suggested until it is ruled out.</source>
        <translation>Un drapeau rouge est coché : aucun programme n&apos;est suggéré avant qu&apos;il soit exclu.</translation>
    </message>
    <message>
        <source>Suggested from the findings (combined hip and knee exercise is the default). Grey doses are the library&apos;s, printed as shown; type to change a dose or note (F2); add or remove items below.</source>
        <translation>Suggéré d&apos;après les constats (l&apos;exercice combiné hanche et genou est le choix par défaut). Les doses en gris sont celles de la bibliothèque, imprimées telles quelles ; tapez pour modifier une dose ou une note (F2) ; ajoutez ou retirez des éléments ci-dessous.</translation>
    </message>
    <message>
        <source>Show one line each</source>
        <translation>Une ligne par constat</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>Usual pain</source>
        <translation>Douleur habituelle</translation>
    </message>
    <message>
        <source>Worst pain this week</source>
        <translation>Pire douleur cette semaine</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En courant</translation>
    </message>
    <message>
        <source>{change} (meaningful)</source>
        <translation>{change} (significatif)</translation>
    </message>
    <message>
        <source>incomplete: {count} item missing ({names}). No total until every item is answered.</source>
        <translation>incomplet : {count} élément manquant ({names}). Pas de total tant que tous ne sont pas renseignés.</translation>
    </message>
    <message>
        <source>incomplete: {count} items missing ({names}). No total until every item is answered.</source>
        <translation>incomplet : {count} éléments manquants ({names}). Pas de total tant que tous ne sont pas renseignés.</translation>
    </message>
    <message>
        <source>change since last visit {change}</source>
        <translation>évolution depuis la dernière consultation {change}</translation>
    </message>
    <message>
        <source>KOOS-PF (0 to 100)</source>
        <translation>KOOS-PF (0 à 100)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière consultation</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>{value}% (below {minimum}%)</source>
        <translation>{value}% (sous {minimum}%)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>LSI = {definition}. Below {minimum}% is a return-to-sport convention, not a knee-pain norm.</source>
        <translation>LSI = {definition}. Sous {minimum}%, c&apos;est une convention de reprise du sport, pas une norme de la douleur du genou.</translation>
    </message>
    <message>
        <source>Pain on both sides: compare with the previous visit instead.</source>
        <translation>Douleur des deux côtés : comparez plutôt avec la consultation précédente.</translation>
    </message>
    <message>
        <source>Record the painful side to see it.</source>
        <translation>Indiquez le côté douloureux pour le voir.</translation>
    </message>
    <message>
        <source>Lateral step-down score ({height} step)</source>
        <translation>Score de step-down latéral (marche de {height})</translation>
    </message>
    <message>
        <source>Lateral step-down score</source>
        <translation>Score de step-down latéral</translation>
    </message>
    <message>
        <source>Y-balance composite (% leg length)</source>
        <translation>Y-Balance composite (% longueur de jambe)</translation>
    </message>
    <message>
        <source>anterior difference {length}</source>
        <translation>différence antérieure {length}</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Genou-mur</translation>
    </message>
    <message>
        <source>difference {length}</source>
        <translation>différence {length}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Weekly distance (this week first): {distances}; week-on-week change: {changes}</source>
        <translation>Distance hebdomadaire (cette semaine d&apos;abord) : {distances} ; variation d&apos;une semaine à l&apos;autre : {changes}</translation>
    </message>
    <message>
        <source>Longest run this week vs the prior 30 days: {change}%</source>
        <translation>Plus longue sortie de la semaine par rapport aux 30 jours précédents : {change}%</translation>
    </message>
    <message>
        <source>Cadence: {cadence} steps/min (a +5 to +10% range would be {low} to {high})</source>
        <translation>Cadence : {cadence} pas/min (une plage de +5 à +10% irait de {low} à {high})</translation>
    </message>
    <message>
        <source>Cadence: {cadence} steps/min</source>
        <translation>Cadence : {cadence} pas/min</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>{length} characters: at most {maximum}, remove {extra}</source>
        <translation>{length} caractères : {maximum} au plus, retirez-en {extra}</translation>
    </message>
    <message>
        <source>The text {problem}</source>
        <extracomment>{problem} is the rest of the sentence, e.g. &quot;contains a control character&quot;.</extracomment>
        <translation>Le texte {problem}</translation>
    </message>
    <message>
        <source>Optional, a few words</source>
        <translation>Facultatif, quelques mots</translation>
    </message>
    <message>
        <source>At most {maximum} characters</source>
        <translation>{maximum} caractères au plus</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>reste {count}</translation>
    </message>
</context>
<context>
    <name>ThresholdsTab</name>
    <message>
        <source>Source: {source}.</source>
        <translation>Source : {source}.</translation>
    </message>
    <message>
        <source>Enter a number (default {default}).</source>
        <translation>Saisissez un nombre (par défaut {default}).</translation>
    </message>
    <message>
        <source>{text} is not a number. Enter e.g. {default}.</source>
        <translation>{text} n&apos;est pas un nombre. Saisissez par ex. {default}.</translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more (default {default}).</source>
        <translation>Saisissez un nombre entier supérieur ou égal à 0 (par défaut {default}).</translation>
    </message>
    <message>
        <source>Enter a number of 0 or more (default {default}).</source>
        <translation>Saisissez un nombre supérieur ou égal à 0 (par défaut {default}).</translation>
    </message>
    <message>
        <source>Only an administrator can change thresholds.</source>
        <translation>Seul un administrateur peut modifier les seuils.</translation>
    </message>
    <message>
        <source>Changed; default {default}</source>
        <translation>Modifié ; par défaut {default}</translation>
    </message>
    <message>
        <source>Default {default}</source>
        <translation>Par défaut {default}</translation>
    </message>
    <message>
        <source>All thresholds are at their defaults.</source>
        <translation>Tous les seuils sont à leur valeur par défaut.</translation>
    </message>
    <message>
        <source>{n} threshold changed from the default.</source>
        <translation>{n} seuil modifié par rapport à la valeur par défaut.</translation>
    </message>
    <message>
        <source>{n} thresholds changed from the default.</source>
        <translation>{n} seuils modifiés par rapport à la valeur par défaut.</translation>
    </message>
</context>
<context>
    <name>VideoViewer</name>
    <message>
        <source>Photo · {width} × {height} px</source>
        <translation>Photo · {width} × {height} px</translation>
    </message>
    <message>
        <source>Frame {index} of {count} · {seconds} s · {rate} fps</source>
        <translation>Image {index} sur {count} · {seconds} s · {rate} fps</translation>
    </message>
    <message>
        <source>Frame {index} of {count} · {seconds} s</source>
        <translation>Image {index} sur {count} · {seconds} s</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Lire ou mettre en pause (Espace)</translation>
    </message>
    <message>
        <source>Back {n} frames (Shift+Left or Page Up)</source>
        <translation>Reculer de {n} images (Maj+Gauche ou Page préc.)</translation>
    </message>
    <message>
        <source>One frame back (Left arrow)</source>
        <translation>Une image en arrière (flèche gauche)</translation>
    </message>
    <message>
        <source>One frame forward (Right arrow)</source>
        <translation>Une image en avant (flèche droite)</translation>
    </message>
    <message>
        <source>Forward {n} frames (Shift+Right or Page Down)</source>
        <translation>Avancer de {n} images (Maj+Droite ou Page suiv.)</translation>
    </message>
    <message>
        <source>Playback speed: 1/8 plays eight times slower than filmed</source>
        <translation>Vitesse de lecture : 1/8 lit huit fois plus lentement que la prise de vue</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Position in the video (Home and End go to the first and last frame)</source>
        <translation>Position dans la vidéo (Début et Fin vont à la première et à la dernière image)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position dans la vidéo</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Ajuster l&apos;image à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom out (− key, or Ctrl+wheel)</source>
        <translation>Zoom arrière (touche −, ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in (+ key, or Ctrl+wheel)</source>
        <translation>Zoom avant (touche +, ou Ctrl+molette)</translation>
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
        <translation>Historique des consultations</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Douleur maximale</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Chargement du dossier…</translation>
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
        <translation>Fermer la consultation ; tout est déjà enregistré</translation>
    </message>
    <message>
        <source>ALTERED RECORD: this signed visit no longer matches its signature. It was changed outside KneeDesk. Do not rely on it; restore from a backup and tell your administrator.</source>
        <translation>DOSSIER ALTÉRÉ : cette consultation signée ne correspond plus à sa signature. Elle a été modifiée en dehors de KneeDesk. Ne vous y fiez pas ; restaurez une sauvegarde et prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>{given} {family} - screen of {date}</source>
        <translation>{given} {family} - bilan du {date}</translation>
    </message>
    <message>
        <source>{item} was changed on another workstation while the server was out of reach: choose Keep mine or Use theirs</source>
        <translation>{item} a été modifié sur un autre poste pendant que le serveur était injoignable : choisissez Garder le mien ou Prendre l&apos;autre</translation>
    </message>
    <message>
        <source>Signed by {name}, {time}</source>
        <translation>Signé par {name}, {time}</translation>
    </message>
    <message>
        <source>{label} - every change is saved as you type</source>
        <translation>{label} - chaque modification est enregistrée pendant la saisie</translation>
    </message>
    <message>
        <source>Draft - every change is saved as you type</source>
        <translation>Brouillon - chaque modification est enregistrée pendant la saisie</translation>
    </message>
    <message>
        <source>Confirm the units of {item} before signing</source>
        <translation>Confirmez les unités de {item} avant de signer</translation>
    </message>
    <message>
        <source>Correct before signing: {items} (see the note at the field)</source>
        <translation>À corriger avant de signer : {items} (voir la note près du champ)</translation>
    </message>
    <message>
        <source>{item} was changed on another workstation: choose Keep mine or Use theirs before closing the visit</source>
        <translation>{item} a été modifié sur un autre poste : choisissez Garder le mien ou Prendre l&apos;autre avant de fermer la visite</translation>
    </message>
    <message>
        <source>Answers typed while the clinic server was out of reach still wait to be saved ({count}): sign once the banner says they are saved.</source>
        <translation>Des réponses saisies pendant que le serveur était injoignable attendent encore d&apos;être enregistrées ({count}) : signez quand le bandeau indique qu&apos;elles le sont.</translation>
    </message>
    <message>
        <source>This visit was changed on another workstation since you opened the summary: check it again before signing.</source>
        <translation>Cette visite a été modifiée sur un autre poste depuis l&apos;ouverture du résumé : vérifiez-la de nouveau avant de signer.</translation>
    </message>
</context>
<context>
    <name>WizardFooter</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp or Alt+Left)</source>
        <translation>Section précédente (Ctrl+PgPréc ou Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown or Alt+Right)</source>
        <translation>Section suivante (Ctrl+PgSuiv ou Alt+Droite)</translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation>Signer la consultation…</translation>
    </message>
    <message>
        <source>Summary ›</source>
        <translation>Synthèse ›</translation>
    </message>
</context>
</TS>
