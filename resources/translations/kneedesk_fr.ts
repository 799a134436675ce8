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
    <name>FrameDecoder</name>
    <message>
        <source>This frame could not be decoded: {error}</source>
        <translation>Cette image n&apos;a pas pu être décodée : {error}</translation>
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
    <name>SingleInstance</name>
    <message>
        <source>Another program is using the name KneeDesk uses to find its own open window, and it did not answer as KneeDesk. KneeDesk starts anyway; if KneeDesk is already open on this database it will say so. If this happens again, restart the computer or ask your IT support to check which program it is.</source>
        <translation>Un autre programme utilise le nom dont KneeDesk se sert pour retrouver sa propre fenêtre ouverte, et il n&apos;a pas répondu comme KneeDesk. KneeDesk démarre quand même ; si KneeDesk est déjà ouvert sur cette base de données, il le signalera. Si cela se reproduit, redémarrez l&apos;ordinateur ou demandez à votre support informatique de vérifier de quel programme il s&apos;agit.</translation>
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
</TS>
