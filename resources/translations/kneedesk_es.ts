<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add clinician</source>
        <translation>Añadir profesional</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>Set a new password for {name} ({username}). Tell them in person; this also lifts a lock after wrong passwords.</source>
        <translation>Establezca una nueva contraseña para {name} ({username}). Comuníquesela en persona; esto también desbloquea la cuenta tras contraseñas erróneas.</translation>
    </message>
    <message>
        <source>The new clinician logs in with this user name and password.</source>
        <translation>El nuevo profesional inicia sesión con este nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>Full &amp;name *</source>
        <translation>&amp;Nombre completo *</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Nombre del profesional</translation>
    </message>
    <message>
        <source>User&amp;name *</source>
        <translation>&amp;Usuario *</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Administrator (may manage clinicians)</source>
        <translation>&amp;Administrador (puede gestionar profesionales)</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>&amp;Contraseña *</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Confirm password *</source>
        <translation>Con&amp;firmar contraseña *</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <source>Enter a password of at least {n} characters.</source>
        <translation>Introduzca una contraseña de al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password again.</source>
        <translation>Las dos contraseñas no coinciden; escriba la misma contraseña otra vez.</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Al menos {n} caracteres</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>La misma contraseña otra vez</translation>
    </message>
    <message>
        <source>Enter the clinician&apos;s full name, as printed on handouts.</source>
        <translation>Introduzca el nombre completo del profesional, tal como aparece en las hojas para el paciente.</translation>
    </message>
    <message>
        <source>Enter a user name to log in with (e.g. first name or initials).</source>
        <translation>Introduzca un nombre de usuario para iniciar sesión (p. ej., nombre o iniciales).</translation>
    </message>
    <message>
        <source>The user name {username} is already taken by {name}. Choose another user name.</source>
        <translation>El nombre de usuario {username} ya lo usa {name}. Elija otro nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message>
        <source>Print...</source>
        <translation>Imprimir...</translation>
    </message>
    <message>
        <source>Print this document and keep a copy with the visit (Ctrl+P)</source>
        <translation>Imprimir este documento y guardar una copia con la visita (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Guardar como PDF...</translation>
    </message>
    <message>
        <source>Save as a PDF file; a copy is kept with the visit</source>
        <translation>Guardar como archivo PDF; se guarda una copia con la visita</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Idioma de la hoja</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <source>Add an addendum to the signed visit of {visit}. The signed record is not changed; the addendum is stored beside it with your name and the time.</source>
        <translation>Añada una adenda a la visita firmada del {visit}. El registro firmado no cambia; la adenda se guarda junto a él con su nombre y la hora.</translation>
    </message>
    <message>
        <source>e.g. Corrected hip abduction reading</source>
        <translation>p. ej., corrección de la medida de abducción de cadera</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Añadir adenda</translation>
    </message>
    <message>
        <source>Enter the reason for the addendum.</source>
        <translation>Escriba el motivo de la adenda.</translation>
    </message>
    <message>
        <source>Enter the text of the addendum.</source>
        <translation>Escriba el texto de la adenda.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>KneeDesk cannot open the database</source>
        <translation>KneeDesk no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Demo clinic: log in as {username} with password {password}</source>
        <translation>Clínica de demostración: inicie sesión como {username} con la contraseña {password}</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Haciendo copia...</translation>
    </message>
    <message>
        <source>Backing up to {folder}...</source>
        <translation>Haciendo copia en {folder}...</translation>
    </message>
    <message>
        <source>The backup was not made. {problem}</source>
        <translation>No se hizo la copia de seguridad. {problem}</translation>
    </message>
</context>
<context>
    <name>BackupCenter</name>
    <message>
        <source>A backup is being written right now.</source>
        <translation>Ahora mismo se está escribiendo una copia de seguridad.</translation>
    </message>
    <message>
        <source>Wait until it has finished (a few seconds), then restore again.</source>
        <translation>Espere a que termine (unos segundos) y vuelva a restaurar.</translation>
    </message>
    <message>
        <source>The backup failed: {error}.</source>
        <translation>La copia de seguridad falló: {error}.</translation>
    </message>
    <message>
        <source>Try again, or choose another folder in Settings &gt; Backups.</source>
        <translation>Inténtelo de nuevo o elija otra carpeta en Ajustes &gt; Copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>hace {days} días</translation>
    </message>
    <message>
        <source>This database has not been backed up yet.</source>
        <translation>Aún no se ha hecho ninguna copia de seguridad de esta base de datos.</translation>
    </message>
    <message>
        <source>Last verified backup: {when} ({age}).</source>
        <translation>Última copia verificada: {when} ({age}).</translation>
    </message>
    <message>
        <source>KneeDesk has not been backed up yet. Back up now, and keep backups on a USB drive or a network share so the records survive a broken computer.</source>
        <translation>Aún no se ha hecho ninguna copia de seguridad de KneeDesk. Haga una ahora y guarde las copias en una memoria USB o en una carpeta de red para que los registros sobrevivan a una avería del ordenador.</translation>
    </message>
    <message>
        <source>The last backup was made {age} ({when}). Back up now so this week&apos;s visits are safe too.</source>
        <translation>La última copia se hizo {age} ({when}). Haga una copia ahora para que las visitas de esta semana también estén a salvo.</translation>
    </message>
    <message>
        <source>Daily backup made and verified at {time}: {file} in {folder} ({patients} patients, {visits} visits). Audit head {head}.</source>
        <translation>Copia diaria hecha y verificada a las {time}: {file} en {folder} ({patients} pacientes, {visits} visitas). Cabecera de auditoría {head}.</translation>
    </message>
    <message>
        <source>Backup made and verified at {time}: {file} in {folder} ({patients} patients, {visits} visits). Audit head {head}.</source>
        <translation>Copia hecha y verificada a las {time}: {file} en {folder} ({patients} pacientes, {visits} visitas). Cabecera de auditoría {head}.</translation>
    </message>
    <message>
        <source>Old backups that could not be deleted: {problems}.</source>
        <translation>Copias antiguas que no se pudieron eliminar: {problems}.</translation>
    </message>
    <message>
        <source>Daily backup made and verified at {time} ({patients} patients, {visits} visits). Details in Settings &gt; Backups.</source>
        <translation>Copia diaria hecha y verificada a las {time} ({patients} pacientes, {visits} visitas). Detalles en Ajustes &gt; Copias de seguridad.</translation>
    </message>
    <message>
        <source>Backup made and verified at {time} ({patients} patients, {visits} visits). Details in Settings &gt; Backups.</source>
        <translation>Copia hecha y verificada a las {time} ({patients} pacientes, {visits} visitas). Detalles en Ajustes &gt; Copias de seguridad.</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>No se hizo la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>This is the default folder, on this computer beside the database. A USB drive or a network share is safer.</source>
        <translation>Esta es la carpeta predeterminada, en este ordenador junto a la base de datos. Una memoria USB o una carpeta de red es más segura.</translation>
    </message>
    <message>
        <source>If this is a USB drive, keep it plugged in when KneeDesk starts.</source>
        <translation>Si es una memoria USB, déjela conectada cuando se inicie KneeDesk.</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Solo un administrador puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Only an administrator can change the backup folder and schedule.</source>
        <translation>Solo un administrador puede cambiar la carpeta y la programación de las copias.</translation>
    </message>
    <message>
        <source>Restoring replaces every record; the current ones are kept as a copy first.</source>
        <translation>Restaurar reemplaza todos los registros; antes se guarda una copia de los actuales.</translation>
    </message>
    <message>
        <source>KneeDesk backups ({patterns});;All files (*)</source>
        <translation>Copias de seguridad de KneeDesk ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Haciendo copia...</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Esta base de datos</translation>
    </message>
    <message>
        <source>Another database</source>
        <translation>Otra base de datos</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Comprobando {file}...</translation>
    </message>
    <message>
        <source>The file could not be checked: {error}.</source>
        <translation>No se pudo comprobar el archivo: {error}.</translation>
    </message>
    <message>
        <source>Use another backup.</source>
        <translation>Use otra copia de seguridad.</translation>
    </message>
    <message>
        <source>Not restored.</source>
        <translation>No restaurado.</translation>
    </message>
    <message>
        <source>Restoring {file}... This can take a minute for a large clinic; do not close KneeDesk.</source>
        <translation>Restaurando {file}... En una clínica grande puede tardar un minuto; no cierre KneeDesk.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elija la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Elija la copia que desea restaurar</translation>
    </message>
    <message>
        <source>A backup is a verified copy of every patient, visit, signature and setting. Keep backups on a USB drive or a network share: a backup on this computer is lost with it if the disk fails or the computer is stolen. Changes on this tab take effect at once.</source>
        <translation>Una copia de seguridad es una copia verificada de todos los pacientes, visitas, firmas y ajustes. Guarde las copias en una memoria USB o una carpeta de red: una copia en este ordenador se pierde con él si falla el disco o lo roban. Los cambios en esta pestaña se aplican al instante.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Usar predeterminada</translation>
    </message>
    <message>
        <source>Back up automatically on the first start of each day</source>
        <translation>Hacer copia automáticamente al primer inicio de cada día</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copia diaria</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Número de copias que se conservan</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> copias</translation>
    </message>
    <message>
        <source>the newest; older backups of this database in the folder are deleted</source>
        <translation>las más recientes; las copias más antiguas de esta base de datos en la carpeta se eliminan</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Backups in this folder</source>
        <translation>Copias en esta carpeta</translation>
    </message>
    <message>
        <source>Backups in the backup folder</source>
        <translation>Copias en la carpeta de copias</translation>
    </message>
    <message>
        <source>Restore selected...</source>
        <translation>Restaurar la seleccionada...</translation>
    </message>
    <message>
        <source>Restore from another file...</source>
        <translation>Restaurar desde otro archivo...</translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Type the date as year-month-day ({format}), for example {example}.</source>
        <translation>Escriba la fecha como año-mes-día ({format}), por ejemplo {example}.</translation>
    </message>
    <message>
        <source>{typed} is not a date in {format}: type the year first, e.g. {turned}.</source>
        <translation>{typed} no es una fecha en formato {format}: escriba primero el año, p. ej., {turned}.</translation>
    </message>
    <message>
        <source>{typed} is not a date. {help}</source>
        <translation>{typed} no es una fecha. {help}</translation>
    </message>
    <message>
        <source>{typed}: there is no month {month}; the month is 01 to 12.</source>
        <translation>{typed}: no existe el mes {month}; el mes va de 01 a 12.</translation>
    </message>
    <message>
        <source>{typed} is before {year}; check the year.</source>
        <translation>{typed} es anterior a {year}; revise el año.</translation>
    </message>
    <message>
        <source>{typed}: {month} {year} has days 01 to {last}.</source>
        <translation>{typed}: {month} de {year} tiene los días 01 a {last}.</translation>
    </message>
    <message>
        <source>{typed} is in the future; check the year.</source>
        <translation>{typed} está en el futuro; revise el año.</translation>
    </message>
</context>
<context>
    <name>ChangeTable</name>
    <message>
        <source>Since first visit</source>
        <translation>Desde la primera visita</translation>
    </message>
    <message>
        <source>Since last visit</source>
        <translation>Desde la visita anterior</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Nothing was written for {name}.</source>
        <translation>No se escribió nada para {name}.</translation>
    </message>
    <message>
        <source>Could not write the image {name}.</source>
        <translation>No se pudo escribir la imagen {name}.</translation>
    </message>
    <message>
        <source>Could not write the drawing {name}.</source>
        <translation>No se pudo escribir el dibujo {name}.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>{title} chart</source>
        <translation>Gráfico: {title}</translation>
    </message>
    <message>
        <source>Save the {title} chart as a PNG or SVG file</source>
        <translation>Guardar el gráfico «{title}» como archivo PNG o SVG</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>Exportar PNG...</translation>
    </message>
    <message>
        <source>Export SVG...</source>
        <translation>Exportar SVG...</translation>
    </message>
    <message>
        <source>Export ▾</source>
        <translation>Exportar ▾</translation>
    </message>
    <message>
        <source>Export as .png or .svg, not a file without a type.</source>
        <translation>Exporte como .png o .svg, no como archivo sin tipo.</translation>
    </message>
    <message>
        <source>Export as .png or .svg, not {suffix}.</source>
        <translation>Exporte como .png o .svg, no como {suffix}.</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Gráfico no guardado</translation>
    </message>
    <message>
        <source>The chart was not saved: {error}</source>
        <translation>El gráfico no se guardó: {error}</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear this answer (or press Delete on the choice)</source>
        <translation>Borrar esta respuesta (o pulse Supr sobre la opción)</translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation>Borrar {label}</translation>
    </message>
</context>
<context>
    <name>ClinicFields</name>
    <message>
        <source>Metric (kg, cm, km)</source>
        <translation>Métrico (kg, cm, km)</translation>
    </message>
    <message>
        <source>US (lb, in, mi)</source>
        <translation>EE. UU. (lb, in, mi)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Newtons (N)</source>
        <translation>Newtons (N)</translation>
    </message>
    <message>
        <source>Kilogram-force (kgf)</source>
        <translation>Kilogramo-fuerza (kgf)</translation>
    </message>
    <message>
        <source>Pound-force (lbf)</source>
        <translation>Libra-fuerza (lbf)</translation>
    </message>
    <message>
        <source>As printed on letterheads and handouts</source>
        <translation>Como aparece en membretes y hojas para el paciente</translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation>Calle, localidad, código postal</translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name; it heads every report and handout.</source>
        <translation>Introduzca el nombre de la clínica; encabeza cada informe y hoja para el paciente.</translation>
    </message>
    <message>
        <source>Shorten the address to {n} characters or fewer.</source>
        <translation>Acorte la dirección a {n} caracteres o menos.</translation>
    </message>
    <message>
        <source>The logo printed at the top of reports</source>
        <translation>El logotipo impreso en la parte superior de los informes</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Change logo...</source>
        <translation>Cambiar logotipo...</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>Elegir logotipo...</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elija el logotipo de la clínica</translation>
    </message>
</context>
<context>
    <name>ClinicServer</name>
    <message>
        <source>Enter the clinic server&apos;s name or address (your IT provider has it).</source>
        <translation>Escriba el nombre o la dirección del servidor de la clínica (su proveedor de informática la tiene).</translation>
    </message>
    <message>
        <source>Enter the name of the clinic database (usually kneedesk).</source>
        <translation>Escriba el nombre de la base de datos de la clínica (normalmente kneedesk).</translation>
    </message>
    <message>
        <source>Enter the user KneeDesk signs in to the server as (usually kneedesk_app).</source>
        <translation>Escriba el usuario con el que KneeDesk entra en el servidor (normalmente kneedesk_app).</translation>
    </message>
    <message>
        <source>Enter the password of this user on the clinic server.</source>
        <translation>Escriba la contraseña de este usuario en el servidor de la clínica.</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s CA certificate file (.pem or .crt) from your IT provider: KneeDesk connects to a server on the network only over TLS.</source>
        <translation>Elija el archivo del certificado de la CA de la clínica (.pem o .crt) que le dio su proveedor de informática: KneeDesk solo se conecta a un servidor de la red mediante TLS.</translation>
    </message>
    <message>
        <source>This file does not exist or cannot be read. Choose the CA certificate again.</source>
        <translation>Este archivo no existe o no se puede leer. Elija de nuevo el certificado de la CA.</translation>
    </message>
    <message>
        <source>No computer of this name was found on the network. Check the spelling, or enter the server&apos;s address.</source>
        <translation>No se encontró ningún ordenador con este nombre en la red. Revise cómo está escrito o escriba la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server does not answer at this address and port. Check that it is running and that this computer is on the clinic&apos;s network.</source>
        <translation>El servidor no responde en esta dirección y puerto. Compruebe que está en marcha y que este ordenador está en la red de la clínica.</translation>
    </message>
    <message>
        <source>The server refused this password for {user}. Type it again, or ask your IT provider for the right one.</source>
        <translation>El servidor rechazó esta contraseña para {user}. Escríbala de nuevo o pida la correcta a su proveedor de informática.</translation>
    </message>
    <message>
        <source>The server has no user of this name (KneeDesk&apos;s is usually kneedesk_app).</source>
        <translation>El servidor no tiene ningún usuario con este nombre (el de KneeDesk suele ser kneedesk_app).</translation>
    </message>
    <message>
        <source>The server has no database of this name. Check it with your IT provider.</source>
        <translation>El servidor no tiene ninguna base de datos con este nombre. Compruébelo con su proveedor de informática.</translation>
    </message>
    <message>
        <source>The server does not let this computer in. Ask your IT provider to allow this workstation (docs/clinic-server.md says how).</source>
        <translation>El servidor no deja entrar a este ordenador. Pida a su proveedor de informática que permita este puesto (docs/clinic-server.md explica cómo).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be checked with this CA file. Choose the CA certificate file your IT provider gave you.</source>
        <translation>No se pudo comprobar el certificado del servidor con este archivo de la CA. Elija el archivo del certificado de la CA que le dio su proveedor de informática.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name. Enter the server&apos;s name exactly as its certificate has it.</source>
        <translation>El certificado del servidor es para otro nombre. Escriba el nombre del servidor exactamente como figura en su certificado.</translation>
    </message>
    <message>
        <source>The server does not offer TLS, which KneeDesk needs over the network. Ask your IT provider to turn it on (docs/clinic-server.md).</source>
        <translation>El servidor no ofrece TLS, que KneeDesk necesita en la red. Pida a su proveedor de informática que lo active (docs/clinic-server.md).</translation>
    </message>
    <message>
        <source>This database has not been set up for KneeDesk. Your IT provider sets it up with &apos;kneedesk server init&apos;.</source>
        <translation>Esta base de datos no se ha preparado para KneeDesk. Su proveedor de informática la prepara con &apos;kneedesk server init&apos;.</translation>
    </message>
    <message>
        <source>This database needs upgrading for this version of KneeDesk. Ask your IT provider to run &apos;kneedesk server upgrade&apos;. Nothing was changed.</source>
        <translation>Esta base de datos necesita actualizarse para esta versión de KneeDesk. Pida a su proveedor de informática que ejecute &apos;kneedesk server upgrade&apos;. No se cambió nada.</translation>
    </message>
    <message>
        <source>A newer version of KneeDesk upgraded this database. Install the same version as the other workstations.</source>
        <translation>Una versión más reciente de KneeDesk actualizó esta base de datos. Instale la misma versión que en los demás puestos.</translation>
    </message>
    <message>
        <source>KneeDesk could not connect: {details}</source>
        <translation>KneeDesk no pudo conectarse: {details}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>Clinic server: {host}/{database}</source>
        <translation>Servidor de la clínica: {host}/{database}</translation>
    </message>
</context>
<context>
    <name>ClinicSetupDialog</name>
    <message>
        <source>Set up KneeDesk</source>
        <translation>Configurar KneeDesk</translation>
    </message>
    <message>
        <source>Welcome to KneeDesk</source>
        <translation>Le damos la bienvenida a KneeDesk</translation>
    </message>
    <message>
        <source>Set up your clinic and your own account. You can change all of this later in Settings.</source>
        <translation>Configure su clínica y su propia cuenta. Puede cambiar todo esto más adelante en Ajustes.</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Clinic &amp;name *</source>
        <translation>&amp;Nombre de la clínica *</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Dirección de la clínica</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>Elegir logotipo...</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elija el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Your account (administrator)</source>
        <translation>Su cuenta (administrador)</translation>
    </message>
    <message>
        <source>As the first clinician you are the administrator: you can add other clinicians in Settings.</source>
        <translation>Como primer profesional, usted es el administrador: puede añadir otros profesionales en Ajustes.</translation>
    </message>
    <message>
        <source>Your na&amp;me *</source>
        <translation>Su no&amp;mbre *</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Nombre del profesional</translation>
    </message>
    <message>
        <source>User&amp;name *</source>
        <translation>U&amp;suario *</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word *</source>
        <translation>&amp;Contraseña *</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Confirm password *</source>
        <translation>Con&amp;firmar contraseña *</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>Set up clinic</source>
        <translation>Configurar clínica</translation>
    </message>
    <message>
        <source>Connect to the clinic server…</source>
        <translation>Conectar al servidor de la clínica…</translation>
    </message>
</context>
<context>
    <name>CliniciansTab</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changes here take effect at once. A deactivated clinician can no longer log in or sign; their past visits keep their name.</source>
        <translation>Los cambios aquí se aplican al instante. Un profesional desactivado ya no puede iniciar sesión ni firmar; sus visitas anteriores conservan su nombre.</translation>
    </message>
    <message>
        <source>Only an administrator can add clinicians, deactivate accounts or reset passwords. Ask an administrator of this clinic.</source>
        <translation>Solo un administrador puede añadir profesionales, desactivar cuentas o restablecer contraseñas. Consulte a un administrador de esta clínica.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Administrators only</source>
        <translation>Solo administradores</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation>{name} ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Ask another administrator.</source>
        <translation>No puede desactivar su propia cuenta. Pídaselo a otro administrador.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>Es el último administrador activo; nombre antes a otro.</translation>
    </message>
    <message>
        <source>The password of {name} was changed.</source>
        <translation>Se cambió la contraseña de {name}.</translation>
    </message>
    <message>
        <source>{name} can now log in as {username}.</source>
        <translation>{name} ya puede iniciar sesión como {username}.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare: {item}, {side}</source>
        <translation>Comparar: {item}, {side}</translation>
    </message>
    <message>
        <source>Earlier: {date}</source>
        <translation>Anterior: {date}</translation>
    </message>
    <message>
        <source>This visit: {date}</source>
        <translation>Esta visita: {date}</translation>
    </message>
    <message>
        <source>No angle measured</source>
        <translation>Ningún ángulo medido</translation>
    </message>
    <message>
        <source>No angle was measured on both stills.</source>
        <translation>No se midió ningún ángulo en los dos fotogramas.</translation>
    </message>
</context>
<context>
    <name>ConflictNote</name>
    <message>
        <source>Changed on another workstation by {name} at {time}.</source>
        <translation>Cambiado en otro puesto por {name} a las {time}.</translation>
    </message>
    <message>
        <source>Changed on another workstation at {time}.</source>
        <translation>Cambiado en otro puesto a las {time}.</translation>
    </message>
    <message>
        <source>Changed on another workstation.</source>
        <translation>Cambiado en otro puesto.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Stored now: {value}</source>
        <translation>Guardado ahora: {value}</translation>
    </message>
    <message>
        <source>You typed: {value}</source>
        <translation>Usted escribió: {value}</translation>
    </message>
    <message>
        <source>Nothing was saved: choose which to keep.</source>
        <translation>No se guardó nada: elija cuál conservar.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Save the value you typed over the one stored now</source>
        <translation>Guardar el valor que escribió en lugar del guardado ahora</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Usar el otro</translation>
    </message>
    <message>
        <source>Show and keep the value stored now</source>
        <translation>Mostrar y conservar el valor guardado ahora</translation>
    </message>
</context>
<context>
    <name>ConsentBar</name>
    <message>
        <source>Patient agreed to be filmed</source>
        <translation>El paciente aceptó ser grabado</translation>
    </message>
    <message>
        <source>Tick before importing a video or photo of a test. The videos stay in the clinic&apos;s folder; KneeDesk keeps only the stills you choose, with their angles.</source>
        <translation>Márquelo antes de importar un vídeo o una foto de una prueba. Los vídeos se quedan en la carpeta de la clínica; KneeDesk guarda solo los fotogramas que elija, con sus ángulos.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>ConvertBar</name>
    <message>
        <source>Draft · protocol v{version} rules</source>
        <translation>Borrador · reglas del protocolo v{version}</translation>
    </message>
    <message>
        <source>This draft follows protocol v{version} rules. Converting to v{newest} keeps the answers whose items are unchanged and leaves the new v{newest} items empty for you to fill in.</source>
        <translation>Este borrador sigue las reglas del protocolo v{version}. Al convertirlo a v{newest} se conservan las respuestas de los ítems que no cambian y los ítems nuevos de v{newest} quedan vacíos para que usted los complete.</translation>
    </message>
    <message>
        <source>Convert to v{newest}</source>
        <translation>Convertir a v{newest}</translation>
    </message>
    <message>
        <source>Convert the draft</source>
        <translation>Convertir el borrador</translation>
    </message>
    <message>
        <source>Night pain is answered yes in this draft. In version 2, night pain means constant, night or rest pain only; unexplained weight loss is its own red flag.

Was this yes given for weight loss?

Yes: it is recorded as weight loss (a systemic red flag) and night pain is left for you to ask again. No: it stays night pain.</source>
        <translation>En este borrador, el dolor nocturno está respondido con sí. En la versión 2, dolor nocturno significa solo dolor constante, nocturno o en reposo; la pérdida de peso inexplicada es un signo de alarma aparte.

¿Se respondió este sí por pérdida de peso?

Sí: se registra como pérdida de peso (un signo de alarma sistémico) y el dolor nocturno queda pendiente para que usted vuelva a preguntarlo. No: sigue siendo dolor nocturno.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>KneeDesk met an unexpected problem. Everything you had already entered is saved. Please copy the report below and send it to your support contact.</source>
        <translation>KneeDesk ha encontrado un problema inesperado. Todo lo que ya había introducido está guardado. Copie el informe de abajo y envíelo a su contacto de soporte.</translation>
    </message>
    <message>
        <source>It was also written to {path}.</source>
        <translation>También se guardó en {path}.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
</context>
<context>
    <name>DemoProgressDialog</name>
    <message>
        <source>Preparing the demo clinic: synthetic runners and their visits...</source>
        <translation>Preparando la clínica de demostración: corredores ficticios y sus visitas...</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clínica de demostración</translation>
    </message>
    <message>
        <source>{done} of {total} runners</source>
        <translation>{done} de {total} corredores</translation>
    </message>
</context>
<context>
    <name>DerivedCell</name>
    <message>
        <source>Units are right</source>
        <translation>Las unidades son correctas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>From the differential checklist: {answered} of {asked} answered; possible or likely: {names}.</source>
        <translation>Según la lista del diagnóstico diferencial: {answered} de {asked} respondidos; posibles o probables: {names}.</translation>
    </message>
    <message>
        <source>From the differential checklist: {answered} of {asked} answered.</source>
        <translation>Según la lista del diagnóstico diferencial: {answered} de {asked} respondidos.</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>sin introducir</translation>
    </message>
    <message>
        <source>{input} {value}</source>
        <extracomment>One input of a worked-out value: its label in lower case, then its value.</extracomment>
        <translation>{input} {value}</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Joins the inputs of a worked-out value: &quot;body mass 70 kg and height 175 cm&quot;.</extracomment>
        <translation> y </translation>
    </message>
    <message>
        <source>From {inputs}.</source>
        <translation>Calculado a partir de {inputs}.</translation>
    </message>
    <message>
        <source>{label}, worked out</source>
        <translation>{label}, calculado</translation>
    </message>
    <message>
        <source>Confirm the units of {label}</source>
        <translation>Confirmar las unidades de {label}</translation>
    </message>
    <message>
        <source>Mass and height are in the right units: the value is real</source>
        <translation>La masa y la talla están en las unidades correctas: el valor es real</translation>
    </message>
    <message>
        <source>Not worked out yet</source>
        <translation>Aún sin calcular</translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>{low} a {high}{unit}</translation>
    </message>
    <message>
        <source>Outside {band}: units confirmed.</source>
        <translation>Fuera de {band}: unidades confirmadas.</translation>
    </message>
    <message>
        <source>Outside {band}: check the units of body mass and height. The visit cannot be signed until you confirm them.</source>
        <translation>Fuera de {band}: compruebe las unidades de masa corporal y talla. La visita no se puede firmar hasta que las confirme.</translation>
    </message>
</context>
<context>
    <name>DocumentBar</name>
    <message>
        <source>Patient &amp;handout</source>
        <translation>&amp;Hoja para el paciente</translation>
    </message>
    <message>
        <source>Clinician &amp;summary</source>
        <translation>&amp;Resumen clínico</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>Preparando el documento</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>{label}, left side</source>
        <translation>{label}, lado izquierdo</translation>
    </message>
    <message>
        <source>{label}, right side</source>
        <translation>{label}, lado derecho</translation>
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
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export {title} as {kind}</source>
        <translation>Exportar {title} como {kind}</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>{shown}; +{more} more</source>
        <extracomment>The first evidence line of a finding, then how many more lines its full card lists.</extracomment>
        <translation>{shown}; +{more} más</translation>
    </message>
    <message>
        <source>Show the evidence, thresholds and source</source>
        <translation>Mostrar la evidencia, los umbrales y la fuente</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>{level}: {title}</source>
        <translation>{level}: {title}</translation>
    </message>
    <message>
        <source>Details of {title}</source>
        <translation>Detalles de {title}</translation>
    </message>
</context>
<context>
    <name>FrameDecoder</name>
    <message>
        <source>This frame could not be decoded: {error}</source>
        <translation>No se pudo decodificar este fotograma: {error}</translation>
    </message>
</context>
<context>
    <name>HandBackDialog</name>
    <message>
        <source>Hand the screen back to {name}. The clinician enters their password to return to the visit; the patient&apos;s answers are already saved.</source>
        <translation>Devuelva la pantalla a {name}. El profesional introduce su contraseña para volver a la visita; las respuestas del paciente ya están guardadas.</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Clinician&apos;s password</source>
        <translation>Contraseña del profesional</translation>
    </message>
    <message>
        <source>Hand back to clinician</source>
        <translation>Devolver al profesional</translation>
    </message>
</context>
<context>
    <name>HandoutLanguageBox</name>
    <message>
        <source>Handout language</source>
        <translation>Idioma de la hoja</translation>
    </message>
    <message>
        <source>The language this patient&apos;s handout prints in. Saved with the patient.</source>
        <translation>El idioma en que se imprime la hoja de este paciente. Se guarda con el paciente.</translation>
    </message>
    <message>
        <source>Clinic&apos;s language ({language})</source>
        <translation>Idioma de la clínica ({language})</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Still empty</source>
        <translation>Aún vacío</translation>
    </message>
    <message>
        <source>Not tested…</source>
        <translation>No evaluado…</translation>
    </message>
    <message>
        <source>Mark {label} not tested</source>
        <translation>Marcar {label} como no evaluado</translation>
    </message>
    <message>
        <source>Mark this item not tested, with a reason ({keys} in any of its fields)</source>
        <translation>Marcar este ítem como no evaluado, con un motivo ({keys} en cualquiera de sus campos)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>How to perform</source>
        <translation>Cómo realizarlo</translation>
    </message>
    <message>
        <source>How to perform: {label}</source>
        <translation>Cómo realizarlo: {label}</translation>
    </message>
    <message>
        <source>No suggestion from this visit&apos;s tests.</source>
        <translation>Sin sugerencia de las pruebas de esta visita.</translation>
    </message>
    <message>
        <source>Suggested from this visit&apos;s tests: {answer}.</source>
        <translation>Sugerido por las pruebas de esta visita: {answer}.</translation>
    </message>
    <message>
        <source>This visit&apos;s tests suggest: {answer}. You chose otherwise.</source>
        <translation>Las pruebas de esta visita sugieren: {answer}. Usted eligió otra opción.</translation>
    </message>
    <message>
        <source>not tested: {reason}</source>
        <translation>no evaluado: {reason}</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Same as this computer ({language})</source>
        <translation>Igual que este ordenador ({language})</translation>
    </message>
    <message>
        <source>The language of KneeDesk&apos;s screens for you on every computer of the clinic. It takes effect the next time you sign in.</source>
        <translation>El idioma de las pantallas de KneeDesk para usted en todos los ordenadores de la clínica. Se aplica la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>The language patient handouts print in, unless a patient has a language of their own (on the patient&apos;s record or the report view). The clinician summary always prints in the language of the clinician who prints it.</source>
        <translation>El idioma en que se imprimen las hojas para el paciente, salvo que el paciente tenga uno propio (en su ficha o en la vista del informe). El resumen clínico se imprime siempre en el idioma del profesional que lo imprime.</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>Solo un administrador puede cambiarlo.</translation>
    </message>
    <message>
        <source>&amp;Your language</source>
        <translation>&amp;Su idioma</translation>
    </message>
    <message>
        <source>&amp;Patient handouts</source>
        <translation>&amp;Hojas para el paciente</translation>
    </message>
</context>
<context>
    <name>LeaveNotice</name>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>“{section}” still has {count} required items empty: {names}. You can come back to it.</source>
        <translation>«{section}» aún tiene {count} ítems obligatorios vacíos: {names}. Puede volver más tarde.</translation>
    </message>
    <message>
        <source>“{section}” still has {count} required item empty: {names}. You can come back to it.</source>
        <translation>«{section}» aún tiene {count} ítem obligatorio vacío: {names}. Puede volver más tarde.</translation>
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
        <translation>{entries}: introduzca {range}</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Log in to continue</source>
        <translation>Inicie sesión para continuar</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Locked. {name}, enter your password to continue.</source>
        <translation>Bloqueado. {name}, introduzca su contraseña para continuar.</translation>
    </message>
    <message>
        <source>Log in to continue</source>
        <translation>Inicie sesión para continuar</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Introduzca su usuario y contraseña.</translation>
    </message>
</context>
<context>
    <name>Logo</name>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Imágenes ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>KneeDesk cannot open {file} ({problem}). Choose another file.</source>
        <translation>KneeDesk no puede abrir {file} ({problem}). Elija otro archivo.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; a logo must be under {limit} MB. Save a smaller copy (a few hundred pixels wide is plenty) and choose that.</source>
        <translation>{file} ocupa {size} MB; un logotipo debe ocupar menos de {limit} MB. Guarde una copia más pequeña (basta con unos cientos de píxeles de ancho) y elíjala.</translation>
    </message>
    <message>
        <source>{file} is not an image KneeDesk can read ({problem}). Choose a PNG or JPEG file.</source>
        <translation>{file} no es una imagen que KneeDesk pueda leer ({problem}). Elija un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <source>KneeDesk could not convert this image. Choose a PNG or JPEG file.</source>
        <translation>KneeDesk no pudo convertir esta imagen. Elija un archivo PNG o JPEG.</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>profesional</translation>
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
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Angles on the {test} still</source>
        <translation>Ángulos en el fotograma: {test}</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>pierna izquierda</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>pierna derecha</translation>
    </message>
    <message>
        <source>{test}, {leg} · frame {index} of {file}</source>
        <translation>{test}, {leg} · fotograma {index} de {file}</translation>
    </message>
    <message>
        <source>{test}, {leg} · {file}</source>
        <translation>{test}, {leg} · {file}</translation>
    </message>
    <message>
        <source>Close without keeping the changes to the points and the camera view?</source>
        <translation>¿Cerrar sin guardar los cambios en los puntos y la vista de cámara?</translation>
    </message>
</context>
<context>
    <name>MeasureView</name>
    <message>
        <source>Camera view</source>
        <translation>Vista de cámara</translation>
    </message>
    <message>
        <source>Where the camera was: it decides the sign of each angle</source>
        <translation>Dónde estaba la cámara: determina el signo de cada ángulo</translation>
    </message>
    <message>
        <source>Angle to measure</source>
        <translation>Ángulo a medir</translation>
    </message>
    <message>
        <source>Place this angle</source>
        <translation>Colocar este ángulo</translation>
    </message>
    <message>
        <source>Then click its points on the still, in the order asked</source>
        <translation>Después haga clic en sus puntos sobre el fotograma, en el orden indicado</translation>
    </message>
    <message>
        <source>Angles measured</source>
        <translation>Ángulos medidos</translation>
    </message>
    <message>
        <source>Remove angle</source>
        <translation>Quitar ángulo</translation>
    </message>
    <message>
        <source>Remove the selected angle (Delete)</source>
        <translation>Quitar el ángulo seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Drag a point, or select it and nudge it with the arrow keys (Shift: 10 px). Tab goes to the next point. Ctrl+wheel or + and − zoom.</source>
        <translation>Arrastre un punto, o selecciónelo y muévalo con las flechas (Mayús: 10 px). Tab pasa al punto siguiente. Ctrl+rueda o + y − para el zoom.</translation>
    </message>
    <message>
        <source>This still belongs to a signed visit: its points and camera view cannot be changed.</source>
        <translation>Este fotograma pertenece a una visita firmada: sus puntos y la vista de cámara no se pueden cambiar.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the still to the window</source>
        <translation>Ajustar el fotograma a la ventana</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ángulo</translation>
    </message>
    <message>
        <source>{prompt}. Esc stops.</source>
        <translation>{prompt}. Esc para cancelar.</translation>
    </message>
    <message>
        <source>Choose an angle, then “Place this angle”.</source>
        <translation>Elija un ángulo y luego «Colocar este ángulo».</translation>
    </message>
</context>
<context>
    <name>MediaFolderTab</name>
    <message>
        <source>Where the clinic keeps its phone videos and photos. “Video or photo…” on the screen starts there, and a still&apos;s original is found there again even if it was renamed. KneeDesk never copies the videos into its database.</source>
        <translation>Donde la clínica guarda sus vídeos y fotos del móvil. «Vídeo o foto…» en la evaluación empieza ahí, y el original de un fotograma se encuentra ahí aunque se haya renombrado. KneeDesk nunca copia los vídeos en su base de datos.</translation>
    </message>
    <message>
        <source>Choose the folder where the clinic keeps its videos</source>
        <translation>Elija la carpeta donde la clínica guarda sus vídeos</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Ninguna carpeta elegida</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>Carpeta multimedia</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message>
        <source>&amp;Media folder</source>
        <translation>Carpeta &amp;multimedia</translation>
    </message>
</context>
<context>
    <name>NoRedFlagsControl</name>
    <message>
        <source>None of these: set every unanswered flag to No</source>
        <translation>Ninguno: poner en No todos los signos sin responder</translation>
    </message>
    <message>
        <source>None of these red flags</source>
        <translation>Ninguno de estos signos de alarma</translation>
    </message>
    <message>
        <source>Answers No for each red flag not answered yet; answers already given are kept</source>
        <translation>Responde No a cada signo de alarma aún sin respuesta; las respuestas ya dadas se mantienen</translation>
    </message>
    <message>
        <source>✓ All {count} red flag set to No</source>
        <translation>✓ {count} signo de alarma puesto en No</translation>
    </message>
    <message>
        <source>✓ All {count} red flags set to No</source>
        <translation>✓ Los {count} signos de alarma puestos en No</translation>
    </message>
    <message>
        <source>✓ {count} red flag set to No</source>
        <translation>✓ {count} signo de alarma puesto en No</translation>
    </message>
    <message>
        <source>✓ {count} red flags set to No</source>
        <translation>✓ {count} signos de alarma puestos en No</translation>
    </message>
    <message>
        <source>; {count} already answered or not tested, left as they were</source>
        <extracomment>Follows &quot;✓ 3 red flags set to No&quot;; the number counts the flags left untouched.</extracomment>
        <translation>; {count} ya respondidos o no evaluados, sin cambios</translation>
    </message>
    <message>
        <source>. ⚠ Not saved: {names} (see the flag)</source>
        <translation>. ⚠ No guardado: {names} (vea el signo)</translation>
    </message>
    <message>
        <source>Not available while a flag is answered Yes ({names})</source>
        <translation>No disponible mientras un signo esté respondido Sí ({names})</translation>
    </message>
</context>
<context>
    <name>NotTestedForm</name>
    <message>
        <source>Too painful to test</source>
        <translation>Demasiado doloroso para evaluar</translation>
    </message>
    <message>
        <source>Patient declined</source>
        <translation>El paciente lo rechazó</translation>
    </message>
    <message>
        <source>Not indicated today</source>
        <translation>No indicado hoy</translation>
    </message>
    <message>
        <source>Equipment not available</source>
        <translation>Material no disponible</translation>
    </message>
    <message>
        <source>Not enough time</source>
        <translation>Tiempo insuficiente</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Solo lado izquierdo</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Solo lado derecho</translation>
    </message>
    <message>
        <source>Not tested:</source>
        <translation>No evaluado:</translation>
    </message>
    <message>
        <source>{label}: which side was not tested</source>
        <translation>{label}: qué lado no se evaluó</translation>
    </message>
    <message>
        <source>{label}: reason it was not tested</source>
        <translation>{label}: motivo por el que no se evaluó</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Mark not tested</source>
        <translation>Marcar no evaluado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Give a reason</source>
        <translation>Indique un motivo</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>Allowed: {range}</source>
        <translation>Permitido: {range}</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>{low} a {high}{unit}</translation>
    </message>
    <message>
        <source>{problem}: enter {range}</source>
        <translation>{problem}: introduzca {range}</translation>
    </message>
    <message>
        <source>Enter a whole number, {range}</source>
        <translation>Introduzca un número entero, {range}</translation>
    </message>
    <message>
        <source>{value} is out of range: enter {range}</source>
        <translation>{value} está fuera de rango: introduzca {range}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; no es un número</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Try now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached ({server})</source>
        <translation>No se puede conectar con el servidor de la clínica ({server})</translation>
    </message>
    <message>
        <source>Keep working: what you type stays on screen and is kept on this computer until the server answers, then saved there in the order you typed it. Everything saved before is safe on the server. KneeDesk tries again every few seconds.</source>
        <translation>Siga trabajando: lo que escribe se queda en pantalla y se guarda en este ordenador hasta que el servidor responda; entonces se guarda allí en el orden en que lo escribió. Todo lo guardado antes está a salvo en el servidor. KneeDesk lo vuelve a intentar cada pocos segundos.</translation>
    </message>
    <message>
        <source>Answers waiting: {count}.</source>
        <translation>Respuestas en espera: {count}.</translation>
    </message>
    <message>
        <source>The answers typed meanwhile are saved on the server: {count}.</source>
        <translation>Las respuestas escritas mientras tanto están guardadas en el servidor: {count}.</translation>
    </message>
    <message>
        <source>Connected to the clinic server again</source>
        <translation>Conectado de nuevo al servidor de la clínica</translation>
    </message>
    <message>
        <source>Everything is saved on the server.</source>
        <translation>Todo está guardado en el servidor.</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <source>None of these</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Score: not yet rated</source>
        <translation>Puntuación: aún sin valorar</translation>
    </message>
    <message>
        <source>Score: {points}</source>
        <translation>Puntuación: {points}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>The password could not be checked: {error}. Try again.</source>
        <translation>No se pudo comprobar la contraseña: {error}. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>Esa contraseña no es correcta.</translation>
    </message>
</context>
<context>
    <name>PatientCard</name>
    <message>
        <source>Chart number</source>
        <translation>Número de historia</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>&amp;Handout language</source>
        <translation>Idioma de la &amp;hoja</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar datos</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>{date}  (age {age})</source>
        <translation>{date}  ({age} años)</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Restaurar del archivo</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Archivar paciente</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Given name(s) *</source>
        <translation>Nombre(s) *</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Apellidos *</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Date of birth *</source>
        <translation>Fecha de nacimiento *</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Year, month, day, for example 1992-03-14</source>
        <translation>Año, mes, día, por ejemplo 1992-03-14</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down in the field)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo en el campo)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Chart number *</source>
        <translation>N.º de historia *</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Número de historia</translation>
    </message>
    <message>
        <source>Unique in this clinic</source>
        <translation>Único en esta clínica</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add patient</source>
        <translation>Añadir paciente</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s given name.</source>
        <translation>Escriba el nombre del paciente.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s family name.</source>
        <translation>Escriba los apellidos del paciente.</translation>
    </message>
    <message>
        <source>Enter the date of birth. {help}</source>
        <translation>Escriba la fecha de nacimiento. {help}</translation>
    </message>
    <message>
        <source>Enter a chart number; it must be unique in this clinic.</source>
        <translation>Escriba un número de historia; debe ser único en esta clínica.</translation>
    </message>
    <message>
        <source>Chart number {chart} already belongs to {name}. Use another number, or open that patient instead.</source>
        <translation>El número de historia {chart} ya pertenece a {name}. Use otro número o abra ese paciente.</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>{name}  (archived)</source>
        <translation>{name}  (archivado)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Chart no.</source>
        <translation>N.º historia</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>{given} {family} - chart {chart}</source>
        <translation>{given} {family} - historia {chart}</translation>
    </message>
</context>
<context>
    <name>PatientListPage</name>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Search by name, chart number or date of birth  (Ctrl+F)</source>
        <translation>Buscar por nombre, número de historia o fecha de nacimiento  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+N)</source>
        <translation>Añadir un paciente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>Recently seen patients</source>
        <translation>Pacientes vistos recientemente</translation>
    </message>
    <message>
        <source>Recently seen</source>
        <translation>Vistos recientemente</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached: this list is as it was last read.</source>
        <translation>No se puede conectar con el servidor de la clínica: esta lista es la de la última lectura.</translation>
    </message>
    <message>
        <source>More than {limit} patients found</source>
        <translation>Más de {limit} pacientes encontrados</translation>
    </message>
    <message>
        <source>More than {limit} patients</source>
        <translation>Más de {limit} pacientes</translation>
    </message>
    <message numerus="yes">
        <source>{count} patients found</source>
        <translation>
            <numerusform>{count} paciente encontrado</numerusform>
            <numerusform>{count} pacientes encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} patients</source>
        <translation>
            <numerusform>{count} paciente</numerusform>
            <numerusform>{count} pacientes</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient matches “{query}”. Check the spelling, search by chart number or date of birth, or choose New patient (Ctrl+N) to add them.</source>
        <translation>Ningún paciente coincide con «{query}». Revise la ortografía, busque por número de historia o fecha de nacimiento, o elija Nuevo paciente (Ctrl+N) para añadirlo.</translation>
    </message>
    <message>
        <source>Every patient is archived. Tick Show archived to see them, or choose New patient (Ctrl+N).</source>
        <translation>Todos los pacientes están archivados. Marque Mostrar archivados para verlos o elija Nuevo paciente (Ctrl+N).</translation>
    </message>
    <message>
        <source>No patients yet. Choose New patient (Ctrl+N) to add the first one.</source>
        <translation>Todavía no hay pacientes. Elija Nuevo paciente (Ctrl+N) para añadir el primero.</translation>
    </message>
    <message>
        <source>Patients you open appear here.</source>
        <translation>Aquí aparecen los pacientes que abra.</translation>
    </message>
</context>
<context>
    <name>PatientModeView</name>
    <message>
        <source>About your knee</source>
        <translation>Sobre su rodilla</translation>
    </message>
    <message>
        <source>Hand back to clinician</source>
        <translation>Devolver al profesional</translation>
    </message>
    <message>
        <source>Press a number key or click an answer. Enter goes to the next question.</source>
        <translation>Pulse una tecla de número o haga clic en una respuesta. Intro pasa a la siguiente pregunta.</translation>
    </message>
    <message>
        <source>‹ Previous question</source>
        <translation>‹ Pregunta anterior</translation>
    </message>
    <message>
        <source>Next question ›</source>
        <translation>Siguiente pregunta ›</translation>
    </message>
    <message>
        <source>Question {number} of {count} · {label}</source>
        <translation>Pregunta {number} de {count} · {label}</translation>
    </message>
    <message>
        <source>Finish ›</source>
        <translation>Terminar ›</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <source>{count} question(s) skipped</source>
        <translation>{count} pregunta(s) sin responder</translation>
    </message>
    <message>
        <source>Thank you. Please hand the screen back to your clinician.</source>
        <translation>Gracias. Por favor, devuelva la pantalla a su profesional.</translation>
    </message>
    <message>
        <source>Hand the screen back; your clinician enters their password</source>
        <translation>Devuelva la pantalla; su profesional introducirá su contraseña</translation>
    </message>
</context>
<context>
    <name>PatientRecordPage</name>
    <message>
        <source>&lt; Patients</source>
        <translation>&lt; Pacientes</translation>
    </message>
    <message>
        <source>Back to the patient list (Esc)</source>
        <translation>Volver a la lista de pacientes (Esc)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>New screen</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Start a new movement screen today (Ctrl+Shift+N)</source>
        <translation>Iniciar hoy una nueva evaluación del movimiento (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Continue draft</source>
        <translation>Continuar borrador</translation>
    </message>
    <message>
        <source>Addendum...</source>
        <translation>Adenda...</translation>
    </message>
    <message>
        <source>Handout &amp;&amp; summary...</source>
        <translation>Hoja &amp;&amp; resumen...</translation>
    </message>
    <message>
        <source>The patient handout and clinician summary of this visit</source>
        <translation>La hoja para el paciente y el resumen clínico de esta visita</translation>
    </message>
    <message>
        <source>No visits yet. Choose New screen (Ctrl+Shift+N) to start the first movement screen.</source>
        <translation>Todavía no hay visitas. Elija Nueva evaluación (Ctrl+Mayús+N) para iniciar la primera evaluación del movimiento.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Visit history and actions (Ctrl+1)</source>
        <translation>Historial de visitas y acciones (Ctrl+1)</translation>
    </message>
    <message>
        <source>Charts over the visits (Ctrl+2)</source>
        <translation>Gráficos a lo largo de las visitas (Ctrl+2)</translation>
    </message>
    <message>
        <source>This record could not be opened. {what} {todo}</source>
        <translation>No se pudo abrir este registro. {what} {todo}</translation>
    </message>
    <message>
        <source>This record could not be opened ({error}). Go back to the patient list and open it again; if it keeps failing, restart KneeDesk.</source>
        <translation>No se pudo abrir este registro ({error}). Vuelva a la lista de pacientes y ábralo de nuevo; si sigue fallando, reinicie KneeDesk.</translation>
    </message>
    <message>
        <source>Open signed visit</source>
        <translation>Abrir visita firmada</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Training adjustment</source>
        <translation>Ajuste del entrenamiento</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Short-term help, with exercise</source>
        <translation>Ayuda a corto plazo, con ejercicio</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>training adjustment</source>
        <translation>ajuste del entrenamiento</translation>
    </message>
    <message>
        <source>education</source>
        <translation>educación</translation>
    </message>
    <message>
        <source>short-term help, with exercise</source>
        <translation>ayuda a corto plazo, con ejercicio</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan items; dose and note can be edited (F2 or type)</source>
        <translation>Elementos del plan; la dosis y la nota se pueden editar (F2 o escribiendo)</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Elemento del plan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No plan items.</source>
        <translation>Sin elementos en el plan.</translation>
    </message>
    <message>
        <source>Plan item to add from the library</source>
        <translation>Elemento de la biblioteca para añadir al plan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar seleccionado</translation>
    </message>
    <message>
        <source>Reset to suggested</source>
        <translation>Volver al sugerido</translation>
    </message>
    <message>
        <source>Add from the library:</source>
        <translation>Añadir de la biblioteca:</translation>
    </message>
    <message>
        <source>Plan not saved: {reason}</source>
        <translation>Plan no guardado: {reason}</translation>
    </message>
    <message>
        <source>{dose}
(library dose, printed on the handout; type to change it)</source>
        <translation>{dose}
(dosis de la biblioteca, se imprime en la hoja para el paciente; escriba para cambiarla)</translation>
    </message>
</context>
<context>
    <name>PresenceNote</name>
    <message>
        <source>Open on another workstation by {name} since {time}.</source>
        <translation>Abierta en otro puesto por {name} desde las {time}.</translation>
    </message>
    <message>
        <source>Answers saved there appear here as they are saved.</source>
        <translation>Las respuestas guardadas allí aparecen aquí al guardarse.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Page {page} could not be prepared for printing.</source>
        <translation>No se pudo preparar la página {page} para imprimir.</translation>
    </message>
    <message>
        <source>Printing was interrupted before the last page.</source>
        <translation>La impresión se interrumpió antes de la última página.</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was sent to the printer.</source>
        <translation>Se canceló la impresión; no se envió nada a la impresora.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is on and connected.</source>
        <translation>No se pudo iniciar la impresora; compruebe que está encendida y conectada.</translation>
    </message>
    <message>
        <source>The printer stopped before page {page}.</source>
        <translation>La impresora se detuvo antes de la página {page}.</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <source>Printing page {page} of {pages}</source>
        <translation>Imprimiendo página {page} de {pages}</translation>
    </message>
    <message>
        <source>Preparing page {page} of {pages}</source>
        <translation>Preparando página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>PrintProgressDialog</name>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>El documento</translation>
    </message>
    <message>
        <source>{document} on {printer}</source>
        <translation>{document} en {printer}</translation>
    </message>
    <message>
        <source>Opening the document...</source>
        <translation>Abriendo el documento...</translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>Progreso de la impresión</translation>
    </message>
    <message>
        <source>Nothing has been sent to the printer yet.</source>
        <translation>Todavía no se ha enviado nada a la impresora.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The pages are going to the printer; this can no longer be cancelled.</source>
        <translation>Las páginas se están enviando a la impresora; ya no se puede cancelar.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read for printing; nothing was printed.</source>
        <translation>No se pudo leer el documento para imprimirlo; no se imprimió nada.</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Imprimir {title}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Section {number} of {count} · {done_here} of {items_here} items here · {done_total} of {items_total} in all</source>
        <translation>Sección {number} de {count} · {done_here} de {items_here} ítems aquí · {done_total} de {items_total} en total</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>{number} point</source>
        <translation>{number} punto</translation>
    </message>
    <message>
        <source>{number} points</source>
        <translation>{number} puntos</translation>
    </message>
    <message>
        <source>{number} of 6</source>
        <translation>{number} de 6</translation>
    </message>
    <message>
        <source>{number} of 5</source>
        <translation>{number} de 5</translation>
    </message>
    <message>
        <source>scored 0 to 10</source>
        <translation>puntuado de 0 a 10</translation>
    </message>
    <message>
        <source>% of body weight</source>
        <translation>% del peso corporal</translation>
    </message>
    <message>
        <source>points, 0 best to 6 worst</source>
        <translation>puntos, 0 mejor a 6 peor</translation>
    </message>
    <message>
        <source>stage, 0 not running to 5 full training</source>
        <translation>etapa, de 0 sin correr a 5 entrenamiento completo</translation>
    </message>
    <message>
        <source>{line} (painful)</source>
        <translation>{line} (con dolor)</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>más alto es mejor</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>más bajo es mejor</translation>
    </message>
    <message>
        <source>meaningful improvement</source>
        <translation>mejora relevante</translation>
    </message>
    <message>
        <source>meaningful worsening</source>
        <translation>empeoramiento relevante</translation>
    </message>
    <message>
        <source>meaningful change</source>
        <translation>cambio relevante</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>latest visit: {not_asked}</source>
        <translation>última visita: {not_asked}</translation>
    </message>
    <message>
        <source>not measured at the latest visit</source>
        <translation>no medido en la última visita</translation>
    </message>
    <message>
        <source>measured once; earlier visits: {not_asked}</source>
        <translation>medido una vez; visitas anteriores: {not_asked}</translation>
    </message>
    <message>
        <source>measured once</source>
        <translation>medido una vez</translation>
    </message>
    <message>
        <source>not measured at the last visit</source>
        <translation>no medido en la visita anterior</translation>
    </message>
    <message>
        <source>v1 visit</source>
        <translation>visita v1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>A change of {rule} of the earlier value is meaningful (marked ★).</source>
        <translation>Un cambio de {rule} del valor anterior es relevante (marcado ★).</translation>
    </message>
    <message>
        <source>Shaded: {below} from the first {line} score. A change of {beyond} is meaningful (marked ★).</source>
        <translation>Sombreado: {below} respecto a la primera puntuación de «{line}». Un cambio de {beyond} es relevante (marcado ★).</translation>
    </message>
    <message>
        <source>Shaded: {below} from the first visit. A change of {beyond} is meaningful (marked ★).</source>
        <translation>Sombreado: {below} respecto a la primera visita. Un cambio de {beyond} es relevante (marcado ★).</translation>
    </message>
    <message>
        <source>Shaded: the test&apos;s usual error, ±{size} of each side&apos;s first value. A change of {beyond} of the earlier value is more than the test&apos;s usual error (marked ★); a smaller one may be noise.</source>
        <translation>Sombreado: el error habitual de la prueba, ±{size} del primer valor de cada lado. Un cambio de {beyond} del valor anterior supera el error habitual de la prueba (marcado ★); uno menor puede ser ruido.</translation>
    </message>
    <message>
        <source>Shaded: the test&apos;s usual error, ±{size} around each side&apos;s first value. A change of {beyond} is more than the test&apos;s usual error (marked ★); a smaller one may be noise.</source>
        <translation>Sombreado: el error habitual de la prueba, ±{size} alrededor del primer valor de cada lado. Un cambio de {beyond} supera el error habitual de la prueba (marcado ★); uno menor puede ser ruido.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Progress appears after the second visit.</source>
        <translation>La evolución aparece después de la segunda visita.</translation>
    </message>
    <message>
        <source>No visits yet. Progress appears after the second visit.</source>
        <translation>Aún no hay visitas. La evolución aparece después de la segunda visita.</translation>
    </message>
    <message>
        <source>One visit, on {date}.</source>
        <translation>Una visita, el {date}.</translation>
    </message>
    <message>
        <source>{n} visits, {first} to {last}. Point at a marker for its value and date; right-click a chart to export it.</source>
        <translation>{n} visitas, del {first} al {last}. Señale un marcador para ver su valor y fecha; haga clic derecho en un gráfico para exportarlo.</translation>
    </message>
    <message>
        <source>Not measured at any visit: {measures}.</source>
        <translation>No medido en ninguna visita: {measures}.</translation>
    </message>
    <message>
        <source>Measured on {date} (draft)</source>
        <translation>Medido el {date} (borrador)</translation>
    </message>
    <message>
        <source>Measured on {date}</source>
        <translation>Medido el {date}</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Give a reason why it was not tested</source>
        <translation>Indique por qué no se evaluó</translation>
    </message>
</context>
<context>
    <name>RedFlagBanner</name>
    <message>
        <source>Refer / rule out first</source>
        <translation>Derivar / descartar primero</translation>
    </message>
    <message>
        <source>Red flag: refer or rule out first</source>
        <translation>Signo de alarma: derivar o descartar primero</translation>
    </message>
    <message>
        <source>Red flag: {flags}. Refer or investigate before treating this as runner&apos;s knee; the handout will carry no exercise plan.</source>
        <translation>Signo de alarma: {flags}. Derive o investigue antes de tratarlo como rodilla del corredor; la hoja para el paciente no llevará plan de ejercicios.</translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>&lt; Back to record</source>
        <translation>&lt; Volver al registro</translation>
    </message>
    <message>
        <source>Back to the patient&apos;s record (Esc)</source>
        <translation>Volver al registro del paciente (Esc)</translation>
    </message>
</context>
<context>
    <name>ReportIssuer</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This kept copy no longer matches the fingerprint (SHA-256) recorded when it was printed: it was changed outside KneeDesk, so it was not printed. Print the document again from the preview, run &apos;kneedesk check&apos;, and tell your administrator.</source>
        <translation>Esta copia guardada ya no coincide con la huella (SHA-256) registrada al imprimirla: se modificó fuera de KneeDesk, por lo que no se imprimió. Imprima de nuevo el documento desde la vista previa, ejecute &apos;kneedesk check&apos; e informe a su administrador.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>No se pudo escribir el archivo: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Handout and summary</source>
        <translation>Hoja y resumen</translation>
    </message>
    <message>
        <source>{given} {family} - screen of {date} ({visit})</source>
        <translation>{given} {family} - evaluación del {date} ({visit})</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Firmado por {name}</translation>
    </message>
    <message>
        <source>Draft (not signed)</source>
        <translation>Borrador (sin firmar)</translation>
    </message>
    <message>
        <source>ALTERED RECORD: this signed visit no longer matches its signature. Every page prints with a warning bar; restore from a backup and tell your administrator.</source>
        <translation>REGISTRO ALTERADO: esta visita firmada ya no coincide con su firma. Cada página se imprime con una barra de aviso; restaure una copia de seguridad e informe a su administrador.</translation>
    </message>
    <message>
        <source>Draft: preview only. Sign the visit to print or save it, so that what the patient takes home is the signed record and can be reprinted exactly.</source>
        <translation>Borrador: solo vista previa. Firme la visita para imprimirla o guardarla, de modo que lo que el paciente se lleva a casa sea el registro firmado y pueda reimprimirse exactamente.</translation>
    </message>
    <message>
        <source>Clinician summary printed and kept with the visit.</source>
        <translation>Resumen clínico impreso y guardado con la visita.</translation>
    </message>
    <message>
        <source>Patient handout printed and kept with the visit.</source>
        <translation>Hoja para el paciente impresa y guardada con la visita.</translation>
    </message>
    <message>
        <source>Clinician summary saved as {file} and kept with the visit.</source>
        <translation>Resumen clínico guardado como {file} y archivado con la visita.</translation>
    </message>
    <message>
        <source>Patient handout saved as {file} and kept with the visit.</source>
        <translation>Hoja para el paciente guardada como {file} y archivada con la visita.</translation>
    </message>
    <message>
        <source>Reprint refused</source>
        <translation>Reimpresión rechazada</translation>
    </message>
    <message>
        <source>{title} (reprint)</source>
        <translation>{title} (reimpresión)</translation>
    </message>
    <message>
        <source>Clinician summary of {time} reprinted.</source>
        <translation>Resumen clínico del {time} reimpreso.</translation>
    </message>
    <message>
        <source>Patient handout of {time} reprinted.</source>
        <translation>Hoja para el paciente del {time} reimpresa.</translation>
    </message>
    <message>
        <source>Preparing the clinician summary...</source>
        <translation>Preparando el resumen clínico...</translation>
    </message>
    <message>
        <source>Preparing the patient handout...</source>
        <translation>Preparando la hoja para el paciente...</translation>
    </message>
    <message numerus="yes">
        <source>{count} pages</source>
        <translation>
            <numerusform>{count} página</numerusform>
            <numerusform>{count} páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The document could not be prepared. This is a bug; please report it.</source>
        <translation>No se pudo preparar el documento. Es un error del programa; por favor, notifíquelo.</translation>
    </message>
    <message>
        <source>This visit cannot be reported on (see above).</source>
        <translation>No se puede generar el informe de esta visita (ver arriba).</translation>
    </message>
    <message>
        <source>Sign the visit to print or save it.</source>
        <translation>Firme la visita para imprimirla o guardarla.</translation>
    </message>
    <message>
        <source>Preparing the document...</source>
        <translation>Preparando el documento...</translation>
    </message>
    <message>
        <source>The document could not be prepared (see above).</source>
        <translation>No se pudo preparar el documento (ver arriba).</translation>
    </message>
    <message>
        <source>Log in to print or save.</source>
        <translation>Inicie sesión para imprimir o guardar.</translation>
    </message>
    <message>
        <source>A copy of what you print or save is kept with the visit.</source>
        <translation>Se guarda con la visita una copia de lo que imprima o guarde.</translation>
    </message>
    <message>
        <source>Nothing to print yet.</source>
        <translation>Todavía no hay nada que imprimir.</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>visit {number} of {total}</source>
        <translation>visita {number} de {total}</translation>
    </message>
    <message>
        <source>{title} - {given} {family}, {date}</source>
        <translation>{title} - {given} {family}, {date}</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Resumen clínico</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Hoja para el paciente</translation>
    </message>
</context>
<context>
    <name>RestorePreviewDialog</name>
    <message>
        <source>{visits} ({signed} signed, {drafts} draft)</source>
        <translation>{visits} ({signed} firmadas, {drafts} borrador)</translation>
    </message>
    <message>
        <source>{visits} ({signed} signed, {drafts} drafts)</source>
        <translation>{visits} ({signed} firmadas, {drafts} borradores)</translation>
    </message>
    <message>
        <source>KneeDesk holds {patients} patients and {visits} visits now (newest visit {newest}).</source>
        <translation>KneeDesk contiene ahora {patients} pacientes y {visits} visitas (visita más reciente: {newest}).</translation>
    </message>
    <message>
        <source>The backup has {patients} fewer patients and {visits} fewer visits.</source>
        <translation>La copia tiene {patients} pacientes y {visits} visitas menos.</translation>
    </message>
    <message>
        <source>The backup is from another clinic: {clinic}.</source>
        <translation>La copia es de otra clínica: {clinic}.</translation>
    </message>
    <message>
        <source>Everything entered after the backup was made will no longer appear. The current records are first kept as a verified copy beside the database, so nothing is deleted. Everyone is logged out afterwards.</source>
        <translation>Todo lo introducido después de hacer la copia dejará de aparecer. Los registros actuales se guardan antes como copia verificada junto a la base de datos, así que no se elimina nada. Después se cierra la sesión de todos.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the records with this backup?</source>
        <translation>¿Reemplazar los registros por esta copia?</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Clinic:</source>
        <translation>Clínica:</translation>
    </message>
    <message>
        <source>(no clinic name)</source>
        <translation>(sin nombre de clínica)</translation>
    </message>
    <message>
        <source>Backup made:</source>
        <translation>Copia hecha:</translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation>Pacientes:</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Visitas:</translation>
    </message>
    <message>
        <source>Newest visit:</source>
        <translation>Visita más reciente:</translation>
    </message>
    <message>
        <source>Last change recorded:</source>
        <translation>Último cambio registrado:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Comprobada:</translation>
    </message>
    <message>
        <source>intact, {size}</source>
        <translation>intacta, {size}</translation>
    </message>
    <message>
        <source>Type {word} to confirm</source>
        <translation>Escriba {word} para confirmar</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Escriba {word} para confirmar:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>ReviewField</name>
    <message>
        <source>Choose or type, e.g. in 3 weeks</source>
        <translation>Elija o escriba, p. ej. in 3 weeks</translation>
    </message>
    <message>
        <source>Printed on the patient&apos;s handout. “in N weeks” also prints the date it falls on.</source>
        <extracomment>“in N weeks” is what the clinician types (in English) for the handout to print the date.</extracomment>
        <translation>Se imprime en la hoja para el paciente. “in N weeks” imprime también la fecha que corresponde.</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Próxima visita:</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>ScreenWizard</name>
    <message>
        <source>Summary · {done} of {total} items complete</source>
        <translation>Resumen · {done} de {total} ítems completos</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>scores, findings, plan</source>
        <translation>puntuaciones, hallazgos, plan</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>a medias</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Sections of the screen</source>
        <translation>Secciones del cribado</translation>
    </message>
    <message>
        <source>Summary and plan</source>
        <translation>Resumen y plan</translation>
    </message>
    <message>
        <source>Summary: {status}</source>
        <translation>Resumen: {status}</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Hand the Kujala questionnaire to the patient…</source>
        <translation>Pasar el cuestionario de Kujala al paciente…</translation>
    </message>
    <message>
        <source>Large print, one question at a time</source>
        <translation>Letra grande, una pregunta cada vez</translation>
    </message>
    <message>
        <source>Required and still empty ({count}): {names}.</source>
        <translation>Obligatorios y aún vacíos ({count}): {names}.</translation>
    </message>
</context>
<context>
    <name>ServerDownDialog</name>
    <message>
        <source>KneeDesk cannot connect to the clinic server ({place}).</source>
        <translation>KneeDesk no puede conectarse al servidor de la clínica ({place}).</translation>
    </message>
    <message>
        <source>{reason}

The clinic&apos;s records are kept on the server; nothing on this computer was changed.</source>
        <translation>{reason}

Los registros de la clínica se guardan en el servidor; no se cambió nada en este ordenador.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Server settings…</source>
        <translation>Ajustes del servidor…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ServerSettingsDialog</name>
    <message>
        <source>Clinic server</source>
        <translation>Servidor de la clínica</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Choose the clinic&apos;s CA certificate</source>
        <translation>Elija el certificado de la CA de la clínica</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This workstation only (file on this computer)</source>
        <translation>Solo este puesto (archivo en este ordenador)</translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation>Servidor de la clínica</translation>
    </message>
    <message>
        <source>With the clinic server, every workstation of the clinic works on the same patients. A change here takes effect the next time KneeDesk starts.</source>
        <translation>Con el servidor de la clínica, todos los puestos de la clínica trabajan con los mismos pacientes. Un cambio aquí se aplica la próxima vez que se inicie KneeDesk.</translation>
    </message>
    <message>
        <source>e.g. clinic-server.local</source>
        <translation>p. ej. servidor-clinica.local</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain</source>
        <translation>Se guarda en el llavero de este ordenador</translation>
    </message>
    <message>
        <source>Not needed for a server on this computer</source>
        <translation>No hace falta para un servidor en este ordenador</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>Solo un administrador puede cambiarlo.</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;vidor</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;uerto</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Base de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Contrase&amp;ña</translation>
    </message>
    <message>
        <source>TLS &amp;CA file</source>
        <translation>Archivo de la &amp;CA (TLS)</translation>
    </message>
    <message>
        <source>Connecting to the clinic server…</source>
        <translation>Conectando con el servidor de la clínica…</translation>
    </message>
    <message>
        <source>Connected: the clinic database is ready for KneeDesk.</source>
        <translation>Conectado: la base de datos de la clínica está lista para KneeDesk.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not be used ({error}). KneeDesk keeps the server&apos;s password only there: ask your IT provider to set one up.</source>
        <translation>No se pudo usar el llavero de este ordenador ({error}). KneeDesk guarda la contraseña del servidor solo allí: pida a su proveedor de informática que configure uno.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>These details head every report and handout.</source>
        <translation>Estos datos encabezan cada informe y hoja para el paciente.</translation>
    </message>
    <message>
        <source>Clinic &amp;name *</source>
        <translation>&amp;Nombre de la clínica *</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Dirección de la clínica</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>Elegir logotipo...</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elija el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>Units &amp;&amp; paper</source>
        <translation>Unidades y papel</translation>
    </message>
    <message>
        <source>Values are always stored in metric units; these settings change how they are shown and typed.</source>
        <translation>Los valores siempre se guardan en unidades métricas; estos ajustes cambian cómo se muestran y se escriben.</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>&amp;Dynamometer unit</source>
        <translation>Unidad del &amp;dinamómetro</translation>
    </message>
    <message>
        <source>Dynamometer unit</source>
        <translation>Unidad del dinamómetro</translation>
    </message>
    <message>
        <source>The unit your hand-held dynamometer shows; strength is typed in it.</source>
        <translation>La unidad que muestra su dinamómetro de mano; la fuerza se escribe en ella.</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>When a finding is reported. The defaults come from the published sources named under each value; change them only if your clinic has agreed on other values.</source>
        <translation>Cuándo se informa un hallazgo. Los valores predeterminados proceden de las fuentes publicadas indicadas bajo cada valor; cámbielos solo si su clínica ha acordado otros valores.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Reset all thresholds to their defaults</source>
        <translation>Restablecer todos los umbrales a sus valores predeterminados</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
        <source>Auto-lock after minutes</source>
        <translation>Bloqueo automático tras minutos</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Changes here take effect at once. A deactivated clinician can no longer log in or sign; their past visits keep their name.</source>
        <translation>Los cambios aquí se aplican al instante. Un profesional desactivado ya no puede iniciar sesión ni firmar; sus visitas anteriores conservan su nombre.</translation>
    </message>
    <message>
        <source>Clinician accounts</source>
        <translation>Cuentas de profesionales</translation>
    </message>
    <message>
        <source>Add clinician...</source>
        <translation>Añadir profesional...</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>Restablecer contraseña...</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation>Servidor de la clínica</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was saved. Fix the fields marked in red ({tabs}).</source>
        <translation>No se guardó nada. Corrija los campos marcados en rojo ({tabs}).</translation>
    </message>
    <message>
        <source>KneeDesk never locks by itself. Lock it whenever you leave the computer, or patient records stay on screen.</source>
        <translation>KneeDesk nunca se bloquea solo. Bloquéelo siempre que se aleje del ordenador, o los registros de pacientes quedarán a la vista.</translation>
    </message>
    <message>
        <source>After {n} minute without typing or mouse movement, KneeDesk locks and hides patient data until you log in again. Nothing you were doing is lost.</source>
        <translation>Tras {n} minuto sin escribir ni mover el ratón, KneeDesk se bloquea y oculta los datos de los pacientes hasta que vuelva a iniciar sesión. No se pierde nada de lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>After {n} minutes without typing or mouse movement, KneeDesk locks and hides patient data until you log in again. Nothing you were doing is lost.</source>
        <translation>Tras {n} minutos sin escribir ni mover el ratón, KneeDesk se bloquea y oculta los datos de los pacientes hasta que vuelva a iniciar sesión. No se pierde nada de lo que estaba haciendo.</translation>
    </message>
</context>
<context>
    <name>SideCell</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo not tested: {label}</source>
        <translation>Deshacer «no evaluado»: {label}</translation>
    </message>
    <message>
        <source>Not tested: {reason}</source>
        <translation>No evaluado: {reason}</translation>
    </message>
    <message>
        <source>{side}  ● painful side</source>
        <translation>{side}  ● lado doloroso</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign this visit as {name}? The findings and plan are stored as shown, and the visit becomes read-only. Later corrections are added as addenda.</source>
        <translation>¿Firmar esta visita como {name}? Los hallazgos y el plan se guardan tal como se muestran y la visita pasa a ser de solo lectura. Las correcciones posteriores se añaden como adendas.</translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>Firmar visita</translation>
    </message>
    <message>
        <source>Still empty (required): {items}. You can sign anyway; the summary and handout will say these were not recorded.</source>
        <translation>Aún vacíos (obligatorios): {items}. Puede firmar de todos modos; el resumen y la hoja indicarán que no se registraron.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another program is using the name KneeDesk uses to find its own open window, and it did not answer as KneeDesk. KneeDesk starts anyway; if KneeDesk is already open on this database it will say so. If this happens again, restart the computer or ask your IT support to check which program it is.</source>
        <translation>Otro programa está usando el nombre con el que KneeDesk encuentra su propia ventana abierta, y no respondió como KneeDesk. KneeDesk se inicia de todos modos; si KneeDesk ya está abierto con esta base de datos, lo indicará. Si vuelve a ocurrir, reinicie el ordenador o pida a su soporte informático que compruebe qué programa es.</translation>
    </message>
</context>
<context>
    <name>StillCard</name>
    <message>
        <source>This still&apos;s picture no longer matches the one kept when it was taken: it was changed outside KneeDesk. Do not rely on it.</source>
        <translation>La imagen de este fotograma ya no coincide con la guardada cuando se tomó: se modificó fuera de KneeDesk. No confíe en ella.</translation>
    </message>
    <message>
        <source>Photo {file}</source>
        <translation>Foto {file}</translation>
    </message>
    <message>
        <source>{file}, frame {frame} of {count}</source>
        <translation>{file}, cuadro {frame} de {count}</translation>
    </message>
    <message>
        <source>Camera: {view}</source>
        <translation>Cámara: {view}</translation>
    </message>
    <message>
        <source>No angle measured yet</source>
        <translation>Aún sin ángulos medidos</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>ALTERADO</translation>
    </message>
    <message>
        <source>Print on handout</source>
        <translation>Imprimir en la hoja</translation>
    </message>
    <message>
        <source>Print on handout: still of the left side</source>
        <translation>Imprimir en la hoja: fotograma del lado izquierdo</translation>
    </message>
    <message>
        <source>Print on handout: still of the right side</source>
        <translation>Imprimir en la hoja: fotograma del lado derecho</translation>
    </message>
    <message>
        <source>Print this still and its angles on the handout</source>
        <translation>Imprimir este fotograma y sus ángulos en la hoja para el paciente</translation>
    </message>
    <message>
        <source>Hide face</source>
        <translation>Ocultar la cara</translation>
    </message>
    <message>
        <source>Blur the face when the still is printed on the handout</source>
        <translation>Difuminar la cara al imprimir el fotograma en la hoja para el paciente</translation>
    </message>
    <message>
        <source>Hide face: still of the left side</source>
        <translation>Ocultar la cara: fotograma del lado izquierdo</translation>
    </message>
    <message>
        <source>Hide face: still of the right side</source>
        <translation>Ocultar la cara: fotograma del lado derecho</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note on the still of the left side</source>
        <translation>Nota del fotograma del lado izquierdo</translation>
    </message>
    <message>
        <source>Note on the still of the right side</source>
        <translation>Nota del fotograma del lado derecho</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Original: {path}</source>
        <translation>Original: {path}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>StillDialog</name>
    <message>
        <source>This frame could not be shown ({error}). Try another frame.</source>
        <translation>No se pudo mostrar este fotograma ({error}). Pruebe con otro.</translation>
    </message>
    <message>
        <source>Still for {item}, {side}</source>
        <translation>Fotograma para {item}, {side}</translation>
    </message>
    <message>
        <source>Step to the frame to measure (Left and Right arrows), then keep it.</source>
        <translation>Vaya al fotograma que quiere medir (flechas izquierda y derecha) y consérvelo.</translation>
    </message>
    <message>
        <source>Keep the photo to measure on it.</source>
        <translation>Conserve la foto para medir sobre ella.</translation>
    </message>
    <message>
        <source>Keep this frame</source>
        <translation>Conservar este fotograma</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Usar esta foto</translation>
    </message>
    <message>
        <source>Choose another frame</source>
        <translation>Elegir otro fotograma</translation>
    </message>
    <message>
        <source>Back to the video; the angles placed stay on the new frame</source>
        <translation>Volver al vídeo; los ángulos colocados se mantienen en el nuevo fotograma</translation>
    </message>
    <message>
        <source>Noting which file this is…</source>
        <translation>Anotando qué archivo es…</translation>
    </message>
    <message>
        <source>Add still</source>
        <translation>Añadir fotograma</translation>
    </message>
    <message>
        <source>Noting which file this is… {percent} %</source>
        <translation>Anotando qué archivo es… {percent} %</translation>
    </message>
    <message>
        <source>File noted: the still will say which video or photo it came from.</source>
        <translation>Archivo anotado: el fotograma indicará de qué vídeo o foto procede.</translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation>No se pudo leer el archivo hasta el final.</translation>
    </message>
    <message>
        <source>“{file}” could not be read to the end ({error}). Close this window and choose the file again.</source>
        <translation>No se pudo leer «{file}» hasta el final ({error}). Cierre esta ventana y vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <source>The frame could not be kept ({error}). Try again.</source>
        <translation>No se pudo conservar el fotograma ({error}). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Frame {index} ({seconds} s) kept, {width} × {height} px. Place the angles.</source>
        <translation>Fotograma {index} ({seconds} s) conservado, {width} × {height} px. Coloque los ángulos.</translation>
    </message>
    <message>
        <source>The photo kept, {width} × {height} px. Place the angles.</source>
        <translation>Foto conservada, {width} × {height} px. Coloque los ángulos.</translation>
    </message>
    <message>
        <source>Close without adding the kept frame and the angles placed on it?</source>
        <translation>¿Cerrar sin añadir el fotograma conservado y los ángulos colocados en él?</translation>
    </message>
</context>
<context>
    <name>StillMarks</name>
    <message>
        <source>Click the {point}</source>
        <translation>Haga clic en el punto: {point}</translation>
    </message>
    <message>
        <source>{angle}: points overlap</source>
        <translation>{angle}: puntos superpuestos</translation>
    </message>
</context>
<context>
    <name>StillOpening</name>
    <message>
        <source>The file could not be opened: {error}. Try another copy of the video or photo.</source>
        <translation>No se pudo abrir el archivo: {error}. Pruebe con otra copia del vídeo o de la foto.</translation>
    </message>
</context>
<context>
    <name>StillStrip</name>
    <message>
        <source>Remove still</source>
        <translation>Quitar fotograma</translation>
    </message>
    <message>
        <source>Remove this still of the {test} ({side})? Its angles go with it.</source>
        <translation>¿Quitar este fotograma ({test}, {side})? Sus ángulos se quitan con él.</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Video or photo…</source>
        <translation>Vídeo o foto…</translation>
    </message>
    <message>
        <source>Import a video or photo, {side}: {item}</source>
        <translation>Importar un vídeo o una foto, {side}: {item}</translation>
    </message>
    <message>
        <source>Keep a still of this test with its angles (or drop a video or photo on the row; {keys} in the side&apos;s field)</source>
        <translation>Guardar un fotograma de esta prueba con sus ángulos (o suelte un vídeo o una foto en la fila; {keys} en el campo del lado)</translation>
    </message>
    <message>
        <source>The stills could not be read: {reason}</source>
        <translation>No se pudieron leer los fotogramas: {reason}</translation>
    </message>
    <message>
        <source>The angles were not saved: {reason}</source>
        <translation>Los ángulos no se guardaron: {reason}</translation>
    </message>
    <message>
        <source>The earlier stills could not be read: {reason}</source>
        <translation>No se pudieron leer los fotogramas anteriores: {reason}</translation>
    </message>
    <message>
        <source>The still was not removed: {reason}</source>
        <translation>El fotograma no se quitó: {reason}</translation>
    </message>
</context>
<context>
    <name>StillsArea</name>
    <message>
        <source>Tick &apos;{consent}&apos; first (at the top of this section).</source>
        <translation>Marque primero &apos;{consent}&apos; (arriba, en esta sección).</translation>
    </message>
    <message>
        <source>Choose a video or photo of the test</source>
        <translation>Elija un vídeo o una foto de la prueba</translation>
    </message>
    <message>
        <source>Videos and photos ({patterns})</source>
        <translation>Vídeos y fotos ({patterns})</translation>
    </message>
    <message>
        <source>{file} is not a video or photo KneeDesk can open. Use an MP4, MOV or M4V video, or a JPEG or PNG photo.</source>
        <translation>{file} no es un vídeo ni una foto que KneeDesk pueda abrir. Use un vídeo MP4, MOV o M4V, o una foto JPEG o PNG.</translation>
    </message>
    <message>
        <source>Click “Video or photo…” under the leg that was filmed.</source>
        <translation>Haga clic en “Vídeo o foto…” bajo la pierna filmada.</translation>
    </message>
    <message>
        <source>Still opening {file}; wait for it first.</source>
        <translation>Todavía se está abriendo {file}; espere a que termine.</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>pierna izquierda</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>pierna derecha</translation>
    </message>
    <message>
        <source>The still was not kept: {reason}</source>
        <translation>El fotograma no se guardó: {reason}</translation>
    </message>
    <message>
        <source>Drop the file on the Left or the Right side of the item.</source>
        <translation>Suelte el archivo en el lado Izquierdo o Derecho del ítem.</translation>
    </message>
</context>
<context>
    <name>StoreStills</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>No hay nadie con la sesión iniciada.</translation>
    </message>
    <message>
        <source>Log in again; nothing was changed.</source>
        <translation>Vuelva a iniciar sesión; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>StoredReports</name>
    <message>
        <source>Kept copies</source>
        <translation>Copias guardadas</translation>
    </message>
    <message>
        <source>What is printed or saved is kept as it was: Reprint gives the same file.</source>
        <translation>Lo que se imprime o guarda se conserva tal cual: Reimprimir da el mismo archivo.</translation>
    </message>
    <message>
        <source>Kept copies of printed and saved reports</source>
        <translation>Copias guardadas de los informes impresos y guardados</translation>
    </message>
    <message>
        <source>Nothing printed or saved yet.</source>
        <translation>Todavía no se ha impreso ni guardado nada.</translation>
    </message>
    <message>
        <source>Reprint...</source>
        <translation>Reimprimir...</translation>
    </message>
    <message>
        <source>Print the selected kept copy again, byte for byte</source>
        <translation>Volver a imprimir la copia guardada seleccionada, byte a byte</translation>
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
        <translation>Resumen clínico, guardado</translation>
    </message>
    <message>
        <source>Patient handout, kept</source>
        <translation>Hoja para el paciente, guardada</translation>
    </message>
    <message>
        <source>Clinician summary, saved as PDF</source>
        <translation>Resumen clínico, guardado como PDF</translation>
    </message>
    <message>
        <source>Patient handout, saved as PDF</source>
        <translation>Hoja para el paciente, guardada como PDF</translation>
    </message>
    <message>
        <source>Clinician summary, printed</source>
        <translation>Resumen clínico, impreso</translation>
    </message>
    <message>
        <source>Patient handout, printed</source>
        <translation>Hoja para el paciente, impresa</translation>
    </message>
    <message>
        <source>{copy}, reprinted {count}x</source>
        <translation>{copy}; reimpresiones: {count}</translation>
    </message>
    <message>
        <source>clinician {number}</source>
        <translation>profesional {number}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary and plan</source>
        <translation>Resumen y plan</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Show all details</source>
        <translation>Mostrar todos los detalles</translation>
    </message>
    <message>
        <source>Open every finding to its evidence, thresholds and source</source>
        <translation>Abrir cada hallazgo con su evidencia, umbrales y fuente</translation>
    </message>
    <message>
        <source>No findings from the answers so far.</source>
        <translation>Aún no hay hallazgos a partir de las respuestas.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation>Firmar visita…</translation>
    </message>
    <message>
        <source>Sign the visit: it becomes read-only</source>
        <translation>Firmar la visita: pasa a ser de solo lectura</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Otras medidas</translation>
    </message>
    <message>
        <source>The plan as signed; the handout prints these doses and notes.</source>
        <translation>El plan tal como se firmó; la hoja para el paciente imprime estas dosis y notas.</translation>
    </message>
    <message>
        <source>A red flag is ticked: no plan is suggested until it is ruled out.</source>
        <translation>Hay un signo de alarma marcado: no se sugiere ningún plan hasta descartarlo.</translation>
    </message>
    <message>
        <source>Suggested from the findings (combined hip and knee exercise is the default). Grey doses are the library&apos;s, printed as shown; type to change a dose or note (F2); add or remove items below.</source>
        <translation>Sugerido a partir de los hallazgos (el ejercicio combinado de cadera y rodilla es la opción por defecto). Las dosis en gris son las de la biblioteca y se imprimen tal cual; escriba para cambiar una dosis o nota (F2); añada o quite elementos abajo.</translation>
    </message>
    <message>
        <source>Show one line each</source>
        <translation>Una línea por hallazgo</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>Usual pain</source>
        <translation>Dolor habitual</translation>
    </message>
    <message>
        <source>Worst pain this week</source>
        <translation>Peor dolor esta semana</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Al correr</translation>
    </message>
    <message>
        <source>{change} (meaningful)</source>
        <translation>{change} (relevante)</translation>
    </message>
    <message>
        <source>incomplete: {count} item missing ({names}). No total until every item is answered.</source>
        <translation>incompleto: falta {count} ítem ({names}). No hay total hasta que se respondan todos.</translation>
    </message>
    <message>
        <source>incomplete: {count} items missing ({names}). No total until every item is answered.</source>
        <translation>incompleto: faltan {count} ítems ({names}). No hay total hasta que se respondan todos.</translation>
    </message>
    <message>
        <source>change since last visit {change}</source>
        <translation>cambio desde la última visita {change}</translation>
    </message>
    <message>
        <source>KOOS-PF (0 to 100)</source>
        <translation>KOOS-PF (0 a 100)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>{value}% (below {minimum}%)</source>
        <translation>{value}% (por debajo del {minimum}%)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>LSI = {definition}. Below {minimum}% is a return-to-sport convention, not a knee-pain norm.</source>
        <translation>LSI = {definition}. Por debajo del {minimum}% es una convención de vuelta al deporte, no una norma del dolor de rodilla.</translation>
    </message>
    <message>
        <source>Pain on both sides: compare with the previous visit instead.</source>
        <translation>Dolor en ambos lados: compare mejor con la visita anterior.</translation>
    </message>
    <message>
        <source>Record the painful side to see it.</source>
        <translation>Registre el lado doloroso para verlo.</translation>
    </message>
    <message>
        <source>Lateral step-down score ({height} step)</source>
        <translation>Puntuación de step-down lateral (escalón de {height})</translation>
    </message>
    <message>
        <source>Lateral step-down score</source>
        <translation>Puntuación de step-down lateral</translation>
    </message>
    <message>
        <source>Y-balance composite (% leg length)</source>
        <translation>Y-Balance compuesto (% longitud de pierna)</translation>
    </message>
    <message>
        <source>anterior difference {length}</source>
        <translation>diferencia anterior {length}</translation>
    </message>
    <message>
        <source>Knee-to-wall</source>
        <translation>Rodilla a la pared</translation>
    </message>
    <message>
        <source>difference {length}</source>
        <translation>diferencia {length}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Weekly distance (this week first): {distances}; week-on-week change: {changes}</source>
        <translation>Distancia semanal (esta semana primero): {distances}; cambio semana a semana: {changes}</translation>
    </message>
    <message>
        <source>Longest run this week vs the prior 30 days: {change}%</source>
        <translation>Carrera más larga de esta semana frente a los 30 días previos: {change}%</translation>
    </message>
    <message>
        <source>Cadence: {cadence} steps/min (a +5 to +10% range would be {low} to {high})</source>
        <translation>Cadencia: {cadence} pasos/min (un rango de +5 a +10% sería de {low} a {high})</translation>
    </message>
    <message>
        <source>Cadence: {cadence} steps/min</source>
        <translation>Cadencia: {cadence} pasos/min</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>{length} characters: at most {maximum}, remove {extra}</source>
        <translation>{length} caracteres: como máximo {maximum}, quite {extra}</translation>
    </message>
    <message>
        <source>The text {problem}</source>
        <extracomment>{problem} is the rest of the sentence, e.g. &quot;contains a control character&quot;.</extracomment>
        <translation>El texto {problem}</translation>
    </message>
    <message>
        <source>Optional, a few words</source>
        <translation>Opcional, unas palabras</translation>
    </message>
    <message>
        <source>At most {maximum} characters</source>
        <translation>Como máximo {maximum} caracteres</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>quedan {count}</translation>
    </message>
</context>
<context>
    <name>ThresholdsTab</name>
    <message>
        <source>Source: {source}.</source>
        <translation>Fuente: {source}.</translation>
    </message>
    <message>
        <source>Enter a number (default {default}).</source>
        <translation>Introduzca un número (predeterminado {default}).</translation>
    </message>
    <message>
        <source>{text} is not a number. Enter e.g. {default}.</source>
        <translation>{text} no es un número. Escriba, p. ej., {default}.</translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more (default {default}).</source>
        <translation>Introduzca un número entero de 0 o más (predeterminado {default}).</translation>
    </message>
    <message>
        <source>Enter a number of 0 or more (default {default}).</source>
        <translation>Introduzca un número de 0 o más (predeterminado {default}).</translation>
    </message>
    <message>
        <source>Only an administrator can change thresholds.</source>
        <translation>Solo un administrador puede cambiar los umbrales.</translation>
    </message>
    <message>
        <source>Changed; default {default}</source>
        <translation>Cambiado; predeterminado {default}</translation>
    </message>
    <message>
        <source>Default {default}</source>
        <translation>Predeterminado {default}</translation>
    </message>
    <message>
        <source>All thresholds are at their defaults.</source>
        <translation>Todos los umbrales tienen su valor predeterminado.</translation>
    </message>
    <message>
        <source>{n} threshold changed from the default.</source>
        <translation>{n} umbral cambiado respecto al predeterminado.</translation>
    </message>
    <message>
        <source>{n} thresholds changed from the default.</source>
        <translation>{n} umbrales cambiados respecto al predeterminado.</translation>
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
        <translation>Fotograma {index} de {count} · {seconds} s · {rate} fps</translation>
    </message>
    <message>
        <source>Frame {index} of {count} · {seconds} s</source>
        <translation>Fotograma {index} de {count} · {seconds} s</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Back {n} frames (Shift+Left or Page Up)</source>
        <translation>Retroceder {n} fotogramas (Mayús+Izquierda o RePág)</translation>
    </message>
    <message>
        <source>One frame back (Left arrow)</source>
        <translation>Un fotograma atrás (flecha izquierda)</translation>
    </message>
    <message>
        <source>One frame forward (Right arrow)</source>
        <translation>Un fotograma adelante (flecha derecha)</translation>
    </message>
    <message>
        <source>Forward {n} frames (Shift+Right or Page Down)</source>
        <translation>Avanzar {n} fotogramas (Mayús+Derecha o AvPág)</translation>
    </message>
    <message>
        <source>Playback speed: 1/8 plays eight times slower than filmed</source>
        <translation>Velocidad de reproducción: 1/8 reproduce ocho veces más lento que la grabación</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Position in the video (Home and End go to the first and last frame)</source>
        <translation>Posición en el vídeo (Inicio y Fin van al primer y al último fotograma)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Posición en el vídeo</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Ajustar la imagen a la ventana</translation>
    </message>
    <message>
        <source>Zoom out (− key, or Ctrl+wheel)</source>
        <translation>Alejar (tecla −, o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom in (+ key, or Ctrl+wheel)</source>
        <translation>Acercar (tecla +, o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>VisitHistoryTable</name>
    <message>
        <source>Visit history</source>
        <translation>Historial de visitas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Dolor máximo</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Cargando el registro…</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>&lt; Patient</source>
        <translation>&lt; Paciente</translation>
    </message>
    <message>
        <source>Close the visit; everything is already saved</source>
        <translation>Cerrar la visita; todo está ya guardado</translation>
    </message>
    <message>
        <source>ALTERED RECORD: this signed visit no longer matches its signature. It was changed outside KneeDesk. Do not rely on it; restore from a backup and tell your administrator.</source>
        <translation>REGISTRO ALTERADO: esta visita firmada ya no coincide con su firma. Se modificó fuera de KneeDesk. No confíe en ella; restaure una copia de seguridad e informe a su administrador.</translation>
    </message>
    <message>
        <source>{given} {family} - screen of {date}</source>
        <translation>{given} {family} - evaluación del {date}</translation>
    </message>
    <message>
        <source>{item} was changed on another workstation while the server was out of reach: choose Keep mine or Use theirs</source>
        <translation>{item} se cambió en otro puesto mientras el servidor no respondía: elija Conservar el mío o Usar el otro</translation>
    </message>
    <message>
        <source>Signed by {name}, {time}</source>
        <translation>Firmado por {name}, {time}</translation>
    </message>
    <message>
        <source>{label} - every change is saved as you type</source>
        <translation>{label} - cada cambio se guarda mientras escribe</translation>
    </message>
    <message>
        <source>Draft - every change is saved as you type</source>
        <translation>Borrador - cada cambio se guarda mientras escribe</translation>
    </message>
    <message>
        <source>Confirm the units of {item} before signing</source>
        <translation>Confirme las unidades de {item} antes de firmar</translation>
    </message>
    <message>
        <source>Correct before signing: {items} (see the note at the field)</source>
        <translation>Corrija antes de firmar: {items} (vea la nota junto al campo)</translation>
    </message>
    <message>
        <source>{item} was changed on another workstation: choose Keep mine or Use theirs before closing the visit</source>
        <translation>{item} se cambió en otro puesto: elija Conservar el mío o Usar el otro antes de cerrar la visita</translation>
    </message>
    <message>
        <source>Answers typed while the clinic server was out of reach still wait to be saved ({count}): sign once the banner says they are saved.</source>
        <translation>Las respuestas escritas mientras el servidor no respondía aún esperan a guardarse ({count}): firme cuando el aviso diga que están guardadas.</translation>
    </message>
    <message>
        <source>This visit was changed on another workstation since you opened the summary: check it again before signing.</source>
        <translation>Esta visita se cambió en otro puesto después de abrir el resumen: revísela de nuevo antes de firmar.</translation>
    </message>
</context>
<context>
    <name>WizardFooter</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Previous section (Ctrl+PgUp or Alt+Left)</source>
        <translation>Sección anterior (Ctrl+RePág o Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Next section (Ctrl+PgDown or Alt+Right)</source>
        <translation>Sección siguiente (Ctrl+AvPág o Alt+Derecha)</translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation>Firmar visita…</translation>
    </message>
    <message>
        <source>Summary ›</source>
        <translation>Resumen ›</translation>
    </message>
</context>
</TS>
