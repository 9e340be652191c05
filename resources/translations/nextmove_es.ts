<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Next Move</source>
        <translation>Acerca de Next Move</translation>
    </message>
    <message>
        <source>Next Move {version}

Track your applications, learn from every rejection, and plan your next move.</source>
        <translation>Next Move {version}

Siga sus solicitudes, aprenda de cada rechazo y planifique su siguiente paso.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail accounts</source>
        <translation>Cuentas de correo</translation>
    </message>
    <message>
        <source>Mail Accounts</source>
        <translation>Cuentas de correo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Remove Account…</source>
        <translation>Eliminar cuenta…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Probando</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Guardar cuenta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Add a new account…</source>
        <translation>Añadir una cuenta nueva…</translation>
    </message>
    <message>
        <source>The provider no longer accepts this account&apos;s sign-in: sign in again. Its emails wait in the outbox until you do.</source>
        <translation>El proveedor ya no acepta el inicio de sesión de esta cuenta: vuelva a iniciar sesión. Sus correos esperan en la bandeja de salida hasta que lo haga.</translation>
    </message>
    <message>
        <source>Sign in first: then the test can sign in too.</source>
        <translation>Inicie sesión primero: así la prueba también podrá iniciar sesión.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Conectando con {host}…</translation>
    </message>
    <message>
        <source>Signed in. This account is ready to send.</source>
        <translation>Sesión iniciada. Esta cuenta está lista para enviar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>solo para esta sesión</translation>
    </message>
    <message>
        <source>in your system keyring</source>
        <translation>en el llavero del sistema</translation>
    </message>
    <message>
        <source>Saved. Now click “{button}” to sign in.</source>
        <translation>Guardado. Ahora haga clic en “{button}” para iniciar sesión.</translation>
    </message>
    <message>
        <source>Saved. The password is kept {where}.</source>
        <translation>Guardado. La contraseña se conserva {where}.</translation>
    </message>
    <message>
        <source>Remove “{name}” and forget its password? Emails already sent stay in the outbox&apos;s history.</source>
        <translation>¿Eliminar “{name}” y olvidar su contraseña? Los correos ya enviados permanecen en el historial de la bandeja de salida.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Cuenta eliminada.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser (up to 5 minutes)…</source>
        <translation>Esperando a que inicie sesión en su navegador (hasta 5 minutos)…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address to sign in:</source>
        <translation>No se pudo abrir ningún navegador. Abra esta dirección para iniciar sesión:</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Work, Personal…</source>
        <translation>Trabajo, personal…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Shown to the people you write to</source>
        <translation>Lo verán las personas a las que escriba</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Servidor de salida</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>TLS (from the start, usually port 465)</source>
        <translation>TLS (desde el inicio, normalmente puerto 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo de certificado</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Solo para un servidor con su propio certificado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose certificate file</source>
        <translation>Elegir archivo de certificado</translation>
    </message>
    <message>
        <source>Send waiting emails by themselves when the server can be reached</source>
        <translation>Enviar solos los correos en espera cuando se pueda conectar con el servidor</translation>
    </message>
    <message>
        <source>Send automatically</source>
        <translation>Enviar automáticamente</translation>
    </message>
    <message>
        <source>Keyring notice</source>
        <translation>Aviso sobre el llavero</translation>
    </message>
    <message>
        <source>Remember the password for this session only</source>
        <translation>Recordar la contraseña solo durante esta sesión</translation>
    </message>
    <message>
        <source>Remember for this session only</source>
        <translation>Recordar solo durante esta sesión</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Nombre de la cuenta:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Dirección de correo:</translation>
    </message>
    <message>
        <source>Outgoing server:</source>
        <translation>Servidor de salida:</translation>
    </message>
    <message>
        <source>Port and security:</source>
        <translation>Puerto y seguridad:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Saved — type a new one to change it</source>
        <translation>Guardada: escriba una nueva para cambiarla</translation>
    </message>
    <message>
        <source>Not saved — enter it to send from this account</source>
        <translation>No guardada: escríbala para enviar desde esta cuenta</translation>
    </message>
    <message>
        <source>Choose the server&apos;s certificate</source>
        <translation>Elija el certificado del servidor</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This certificate file does not exist.</source>
        <translation>Este archivo de certificado no existe.</translation>
    </message>
    <message>
        <source>Enter the password (or app password).</source>
        <translation>Escriba la contraseña (o la contraseña de aplicación).</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Not specified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Edit Application</source>
        <translation>Editar solicitud</translation>
    </message>
    <message>
        <source>New Application</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>e.g. Northwind Health</source>
        <translation>p. ej., Northwind Health</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>e.g. Senior Data Analyst</source>
        <translation>p. ej., Analista de datos sénior</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>Next action on</source>
        <translation>Próxima acción el</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>e.g. Follow up with the recruiter</source>
        <translation>p. ej., Hacer seguimiento con la persona de selección</translation>
    </message>
    <message>
        <source>Job link</source>
        <translation>Enlace del empleo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>City or “Remote”</source>
        <translation>Ciudad o “Remoto”</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>LinkedIn, referral…</source>
        <translation>LinkedIn, recomendación…</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>e.g. £55–60k</source>
        <translation>p. ej., 55–60 mil €</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Descripción del puesto</translation>
    </message>
    <message>
        <source>Paste the full posting: adverts disappear, and you will want it later.</source>
        <translation>Pegue el anuncio completo: los anuncios desaparecen y lo querrá tener más adelante.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation>Cualquier cosa que valga la pena recordar</translation>
    </message>
    <message>
        <source>&amp;Company *</source>
        <translation>&amp;Empresa *</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>&amp;Puesto *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Applied on</source>
        <translation>Env&amp;iada el</translation>
    </message>
    <message>
        <source>Ne&amp;xt action on</source>
        <translation>Pró&amp;xima acción el</translation>
    </message>
    <message>
        <source>Next ac&amp;tion</source>
        <translation>Próxima a&amp;cción</translation>
    </message>
    <message>
        <source>Job &amp;link</source>
        <translation>E&amp;nlace del empleo</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>Sa&amp;lary</source>
        <translation>&amp;Salario</translation>
    </message>
    <message>
        <source>Job &amp;description</source>
        <translation>&amp;Descripción del puesto</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>What you typed in this application has not been saved.</source>
        <translation>Lo que escribió en esta solicitud no se ha guardado.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attach Files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Archivos para adjuntar</translation>
    </message>
    <message>
        <source>Attach &amp;File…</source>
        <translation>Adjuntar &amp;archivo…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Quitar el adjunto seleccionado</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{size} in all: above 20 MB, many mail servers refuse the email.</source>
        <translation>{size} en total: con más de 20 MB, muchos servidores de correo rechazan el mensaje.</translation>
    </message>
    <message>
        <source>{count} file(s), {size} in all</source>
        <translation>{count} archivo(s), {size} en total</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backing up your data…</source>
        <translation>Haciendo copia de seguridad de sus datos…</translation>
    </message>
    <message>
        <source>Restoring your data…</source>
        <translation>Restaurando sus datos…</translation>
    </message>
    <message>
        <source>Restored the backup from {when}. To undo, restore the “Before a restore” backup.</source>
        <translation>Se restauró la copia de seguridad del {when}. Para deshacerlo, restaure la copia “Antes de una restauración”.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Error al restaurar</translation>
    </message>
    <message>
        <source>The backup could not be restored.

{reason}</source>
        <translation>No se pudo restaurar la copia de seguridad.

{reason}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Backed up your data to {name} in {folder}</source>
        <translation>Se hizo una copia de seguridad de sus datos en {name}, en {folder}</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>Error en la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Your data could not be backed up.

{reason}</source>
        <translation>No se pudo hacer la copia de seguridad de sus datos.

{reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>Este archivo no se puede restaurar</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Your data will be replaced by the backup from {when}.

Your data as it is now is saved first, as a “Before a restore” backup: restore that one to undo this.</source>
        <translation>Sus datos se reemplazarán por la copia de seguridad del {when}.

Antes se guardan sus datos tal como están ahora, como copia “Antes de una restauración”: restáurela para deshacer esto.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
</context>
<context>
    <name>BarsChart</name>
    <message>
        <source>no ratings</source>
        <translation>sin valoraciones</translation>
    </message>
</context>
<context>
    <name>BeyondControlPage</name>
    <message>
        <source>Sometimes it&apos;s beyond your control</source>
        <translation>A veces no depende de usted</translation>
    </message>
    <message>
        <source>Tick anything that played a part and was not yours to change.</source>
        <translation>Marque todo lo que influyó y que usted no podía cambiar.</translation>
    </message>
    <message>
        <source>Anything else outside your control</source>
        <translation>Cualquier otra cosa fuera de su control</translation>
    </message>
    <message>
        <source>Anything else that was outside your hands</source>
        <translation>Cualquier otra cosa que no estaba en sus manos</translation>
    </message>
    <message>
        <source>A rejection is a decision about one role, on one day, among the people who happened to apply. It says nothing final about your worth or what you can do. Let this one go, and put your energy where you have a say: your next move.</source>
        <translation>Un rechazo es una decisión sobre un puesto, en un día concreto, entre las personas que se presentaron. No dice nada definitivo sobre su valía ni sobre lo que usted es capaz de hacer. Déjelo ir y ponga su energía donde sí puede decidir: en su siguiente paso.</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>{stage}: {count} applications</source>
        <translation>{stage}: {count} solicitudes</translation>
    </message>
    <message>
        <source>Hide these cards</source>
        <translation>Ocultar estas tarjetas</translation>
    </message>
    <message>
        <source>Show these cards</source>
        <translation>Mostrar estas tarjetas</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
</context>
<context>
    <name>BridgesPage</name>
    <message>
        <source>Don&apos;t burn your bridges</source>
        <translation>No cierre puertas</translation>
    </message>
    <message>
        <source>A warm, professional thank-you keeps the door open: people remember who handled a no with grace when the next role comes up.</source>
        <translation>Un agradecimiento cordial y profesional mantiene la puerta abierta: la gente recuerda a quien supo recibir un no con elegancia cuando surge el siguiente puesto.</translation>
    </message>
    <message>
        <source>&amp;Queue this thank-you</source>
        <translation>&amp;Poner en cola este agradecimiento</translation>
    </message>
    <message>
        <source>Also thank in the same email</source>
        <translation>Agradecer también en el mismo correo</translation>
    </message>
    <message>
        <source>The panel&apos;s addresses, like ana@company.com, ben@company.com</source>
        <translation>Las direcciones del panel, como ana@empresa.com, ben@empresa.com</translation>
    </message>
    <message>
        <source>Keep in touch on</source>
        <translation>Mantener el contacto el</translation>
    </message>
    <message>
        <source>Consider reapplying after</source>
        <translation>Considerar volver a presentarse después del</translation>
    </message>
    <message>
        <source>Also t&amp;hank (same email):</source>
        <translation>Agradecer &amp;también (mismo correo):</translation>
    </message>
    <message>
        <source>Remind me to &amp;keep in touch on:</source>
        <translation>Recordarme mantener el &amp;contacto el:</translation>
    </message>
    <message>
        <source>Consider {company} &amp;again after:</source>
        <translation>Considerar &amp;de nuevo {company} después del:</translation>
    </message>
    <message>
        <source>Your feedback email to {name} already thanks them. One email is kinder to their inbox; tick this only if you also want to send this thank-you.</source>
        <translation>Su correo pidiendo comentarios a {name} ya le da las gracias. Un solo correo es más amable con su bandeja de entrada; marque esto solo si también quiere enviar este agradecimiento.</translation>
    </message>
    <message>
        <source>your contact</source>
        <translation>su contacto</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Set &amp;Status</source>
        <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
        <source>Add Timeline Entry to Se&amp;lected…</source>
        <translation>Añadir entrada a la cronología de las se&amp;leccionadas…</translation>
    </message>
    <message>
        <source>Add the same entry to the timeline of every selected application</source>
        <translation>Añadir la misma entrada a la cronología de cada solicitud seleccionada</translation>
    </message>
    <message>
        <source>E&amp;xport Selected to CSV…</source>
        <translation>E&amp;xportar seleccionadas a CSV…</translation>
    </message>
    <message>
        <source>Export the selected applications and their history to CSV</source>
        <translation>Exportar a CSV las solicitudes seleccionadas y su historial</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n applications as {status}</source>
        <translation>
            <numerusform>Marcar %n solicitud como {status}</numerusform>
            <numerusform>Marcar %n solicitudes como {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add “{what}” to %n applications</source>
        <translation>
            <numerusform>Añadir “{what}” a %n solicitud</numerusform>
            <numerusform>Añadir “{what}” a %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n applications</source>
        <translation>
            <numerusform>Eliminar %n solicitud</numerusform>
            <numerusform>Eliminar %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n applications — Undo with Ctrl+Z</source>
        <translation>
            <numerusform>Se eliminó %n solicitud — Deshacer con Ctrl+Z</numerusform>
            <numerusform>Se eliminaron %n solicitudes — Deshacer con Ctrl+Z</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications selected: Application › Set Status, Delete and more act on them all</source>
        <translation>
            <numerusform>%n solicitud seleccionada: Solicitud › Cambiar estado, Eliminar y otras acciones se aplican a todas</numerusform>
            <numerusform>%n solicitudes seleccionadas: Solicitud › Cambiar estado, Eliminar y otras acciones se aplican a todas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add to %n timelines</source>
        <translation>
            <numerusform>Añadir a %n cronología</numerusform>
            <numerusform>Añadir a %n cronologías</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Escribiendo el calendario…</translation>
    </message>
    <message>
        <source>Wrote 1 event to {name}</source>
        <translation>Se escribió 1 evento en {name}</translation>
    </message>
    <message>
        <source>Wrote {count} events to {name}</source>
        <translation>Se escribieron {count} eventos en {name}</translation>
    </message>
    <message>
        <source>The calendar could not be saved: {reason}</source>
        <translation>No se pudo guardar el calendario: {reason}</translation>
    </message>
    <message>
        <source>Import interview invitation</source>
        <translation>Importar invitación a entrevista</translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics);;All files (*)</source>
        <translation>Invitaciones de calendario (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Select the application the invitation is for, then import it.</source>
        <translation>Seleccione la solicitud a la que corresponde la invitación y luego impórtela.</translation>
    </message>
    <message>
        <source>Nothing was added: {reason}</source>
        <translation>No se añadió nada: {reason}</translation>
    </message>
    <message>
        <source>The invitation could not be read: {reason}</source>
        <translation>No se pudo leer la invitación: {reason}</translation>
    </message>
    <message>
        <source>Add the interview from an invitation to {company}</source>
        <translation>Añadir la entrevista desde una invitación a {company}</translation>
    </message>
    <message>
        <source>Added the interview on {when} — Undo with Ctrl+Z</source>
        <translation>Se añadió la entrevista del {when} — Deshacer con Ctrl+Z</translation>
    </message>
    <message>
        <source>Drop the invitation on the application it is for.</source>
        <translation>Suelte la invitación sobre la solicitud a la que corresponde.</translation>
    </message>
</context>
<context>
    <name>CalendarAutosave</name>
    <message>
        <source>The calendar file could not be updated: {reason}</source>
        <translation>No se pudo actualizar el archivo de calendario: {reason}</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>New from &amp;Posting…</source>
        <translation>Nueva desde &amp;anuncio…</translation>
    </message>
    <message>
        <source>Add an application from a job posting&apos;s link or saved page</source>
        <translation>Añadir una solicitud a partir del enlace o la página guardada de un anuncio de empleo</translation>
    </message>
    <message>
        <source>Added {name} from the posting</source>
        <translation>Se añadió {name} desde el anuncio</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>New from Posting</source>
        <translation>Nueva desde anuncio</translation>
    </message>
    <message>
        <source>Paste the posting&apos;s link, or the page&apos;s HTML or text, or drop a saved page (.html, .mhtml, .txt) here.</source>
        <translation>Pegue aquí el enlace del anuncio, o el HTML o el texto de la página, o suelte una página guardada (.html, .mhtml, .txt).</translation>
    </message>
    <message>
        <source>Posting link, HTML or text</source>
        <translation>Enlace, HTML o texto del anuncio</translation>
    </message>
    <message>
        <source>&amp;Read Posting</source>
        <translation>&amp;Leer anuncio</translation>
    </message>
    <message>
        <source>Read the posting</source>
        <translation>Leer el anuncio</translation>
    </message>
    <message>
        <source>Read the posting (Ctrl+Enter)</source>
        <translation>Leer el anuncio (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop reading the posting</source>
        <translation>Dejar de leer el anuncio</translation>
    </message>
    <message>
        <source>Reading the posting</source>
        <translation>Leyendo el anuncio</translation>
    </message>
    <message>
        <source>Reading status</source>
        <translation>Estado de la lectura</translation>
    </message>
    <message>
        <source>Which posting</source>
        <translation>Qué anuncio</translation>
    </message>
    <message>
        <source>&amp;Show It</source>
        <translation>&amp;Verla</translation>
    </message>
    <message>
        <source>Show the application already tracked</source>
        <translation>Mostrar la solicitud que ya sigue</translation>
    </message>
    <message>
        <source>Paste a link to the posting, or the page&apos;s HTML or text.</source>
        <translation>Pegue un enlace al anuncio, o el HTML o el texto de la página.</translation>
    </message>
    <message>
        <source>Reading the posting…</source>
        <translation>Leyendo el anuncio…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was read.</source>
        <translation>Detenido. No se leyó nada.</translation>
    </message>
    <message>
        <source>This could not be read ({kind}).</source>
        <translation>No se pudo leer ({kind}).</translation>
    </message>
    <message>
        <source>Posting {n} of {total}: {role}</source>
        <translation>Anuncio {n} de {total}: {role}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>This page has {count} postings; pick one. </source>
        <translation>Esta página tiene {count} anuncios; elija uno. </translation>
    </message>
    <message>
        <source>Read from {where}. Check the fields, then Save.</source>
        <translation>Leído de {where}. Revise los campos y luego pulse Guardar.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Already in your tracker: {company} – {role}.</source>
        <translation>Ya está en su lista: {company} – {role}.</translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation>&amp;Añadir de todos modos</translation>
    </message>
    <message>
        <source>Discard this posting?</source>
        <translation>¿Descartar este anuncio?</translation>
    </message>
    <message>
        <source>The posting has not been added to your applications.</source>
        <translation>El anuncio no se ha añadido a sus solicitudes.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>In this stage since today</source>
        <translation>En esta etapa desde hoy</translation>
    </message>
    <message>
        <source>1 day in this stage</source>
        <translation>1 día en esta etapa</translation>
    </message>
    <message>
        <source>{days} days in this stage</source>
        <translation>{days} días en esta etapa</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>Siguiente: {what}</translation>
    </message>
    <message>
        <source>Overdue {day}</source>
        <translation>Vencido: {day}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Guardar gráfico como PNG…</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save {title} as PNG</source>
        <translation>Guardar {title} como PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Guardar este gráfico como imagen PNG</translation>
    </message>
</context>
<context>
    <name>ChooseApplicationDialog</name>
    <message>
        <source>Which Application?</source>
        <translation>¿Qué solicitud?</translation>
    </message>
    <message>
        <source>Which application is this email about</source>
        <translation>A qué solicitud se refiere este correo</translation>
    </message>
    <message>
        <source>Which application is “{subject}” about?</source>
        <translation>¿A qué solicitud se refiere “{subject}”?</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Add your name: it shows who the email is from and fills {your_name}.</source>
        <translation>Añada su nombre: indica quién envía el correo y rellena {your_name}.</translation>
    </message>
    <message>
        <source>Write a message before sending.</source>
        <translation>Escriba un mensaje antes de enviar.</translation>
    </message>
    <message>
        <source>Type your name above to fill {your_name}.</source>
        <translation>Escriba su nombre arriba para rellenar {your_name}.</translation>
    </message>
    <message>
        <source>Replace {names} with your own words: there is nothing to fill it with here.</source>
        <translation>Sustituya {names} por sus propias palabras: aquí no hay nada con qué rellenarlo.</translation>
    </message>
    <message>
        <source>Compose email</source>
        <translation>Redactar correo</translation>
    </message>
    <message>
        <source>Edit Email</source>
        <translation>Editar correo</translation>
    </message>
    <message>
        <source>Compose Email</source>
        <translation>Redactar correo</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Enviar desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>name@example.com, another@example.com</source>
        <translation>nombre@ejemplo.com, otro@ejemplo.com</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Copies, if any</source>
        <translation>Copias, si las hay</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>CCO</translation>
    </message>
    <message>
        <source>Hidden copies: no one sees these</source>
        <translation>Copias ocultas: nadie las ve</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>How you sign your emails; kept in Preferences › Your details</source>
        <translation>Cómo firma sus correos; se guarda en Preferencias › Sus datos</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send Later</source>
        <translation>Enviar más tarde</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Enviar más tarde</translation>
    </message>
    <message>
        <source>Keep it in the outbox until you send it</source>
        <translation>Guardarlo en la bandeja de salida hasta que lo envíe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>CCO:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>No mail account yet: Send Later keeps this in the outbox until you add one (Mail › Mail Accounts…).</source>
        <translation>Aún no hay ninguna cuenta de correo: Enviar más tarde lo guarda en la bandeja de salida hasta que añada una (Correo › Cuentas de correo…).</translation>
    </message>
    <message>
        <source>About: {role} at {company}</source>
        <translation>Sobre: {role} en {company}</translation>
    </message>
    <message>
        <source>Save and Send</source>
        <translation>Guardar y enviar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard this email?</source>
        <translation>¿Descartar este correo?</translation>
    </message>
    <message>
        <source>It has not been sent or saved in the outbox.</source>
        <translation>No se ha enviado ni guardado en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Add a mail account first, or Send Later.</source>
        <translation>Añada primero una cuenta de correo, o use Enviar más tarde.</translation>
    </message>
    <message>
        <source>This email has already left; it cannot be changed.</source>
        <translation>Este correo ya salió; no se puede cambiar.</translation>
    </message>
</context>
<context>
    <name>ComposePreview</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>(no account yet)</source>
        <translation>(aún no hay cuenta)</translation>
    </message>
    <message>
        <source>(hidden from the others)</source>
        <translation>(oculto para los demás)</translation>
    </message>
    <message>
        <source>Preview — {names} must be filled in before this can be sent:</source>
        <translation>Vista previa: hay que rellenar {names} antes de poder enviarlo:</translation>
    </message>
    <message>
        <source>Preview — exactly what will be sent:</source>
        <translation>Vista previa: exactamente lo que se enviará:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Enlace al perfil</translation>
    </message>
    <message>
        <source>linkedin.com/in/name</source>
        <translation>linkedin.com/in/nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Remind me to keep in touch on</source>
        <translation>Recordarme mantener el contacto el</translation>
    </message>
    <message>
        <source>Keep in touch on</source>
        <translation>Mantener el contacto el</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Pro&amp;file link:</source>
        <translation>Enlace al &amp;perfil:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>P&amp;uesto:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>ContactLinkDialog</name>
    <message>
        <source>Link a contact</source>
        <translation>Vincular un contacto</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Search by name, email or company</source>
        <translation>Buscar por nombre, correo o empresa</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>No one matches. Close this and use “Add…” to create the contact.</source>
        <translation>Nadie coincide. Cierre esto y use “Añadir…” para crear el contacto.</translation>
    </message>
    <message>
        <source>Your address book is empty. Use “Add…” to create a contact.</source>
        <translation>Su libreta de direcciones está vacía. Use “Añadir…” para crear un contacto.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Añadir &amp;contacto…</translation>
    </message>
    <message>
        <source>Add a new contact</source>
        <translation>Añadir un contacto nuevo</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>&amp;Vincular…</translation>
    </message>
    <message>
        <source>Link someone you already know</source>
        <translation>Vincular a alguien que ya conoce</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Editar el contacto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>Take the contact off this application</source>
        <translation>Quitar el contacto de esta solicitud</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>Open the contact&apos;s profile link</source>
        <translation>Abrir el enlace al perfil del contacto</translation>
    </message>
    <message>
        <source>No one yet: add the recruiter or interviewer.</source>
        <translation>Aún no hay nadie: añada a la persona de selección o a quien le entrevistó.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Next Move ran into an unexpected error. Your data is safe and the app keeps running; if something looks wrong, restart it.</source>
        <translation>Next Move encontró un error inesperado. Sus datos están a salvo y la aplicación sigue funcionando; si algo no se ve bien, reiníciela.</translation>
    </message>
    <message>
        <source>The details are in the log:
{path}</source>
        <translation>Los detalles están en el registro:
{path}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>Import applications from CSV</source>
        <translation>Importar solicitudes desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export applications to CSV</source>
        <translation>Exportar solicitudes a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>This file can&apos;t be imported</source>
        <translation>Este archivo no se puede importar</translation>
    </message>
    <message>
        <source>{name} has no column Next Move recognises, such as Company, Role, Status or Date Applied. Its columns are: {columns}.</source>
        <translation>{name} no tiene ninguna columna que Next Move reconozca, como Company, Role, Status o Date Applied. Sus columnas son: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln applications</source>
        <translation>
            <numerusform>Se importó %Ln solicitud</numerusform>
            <numerusform>Se importaron %Ln solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported 1 application and %Ln new contacts</source>
        <translation>
            <numerusform>Se importó 1 solicitud y %Ln contacto nuevo</numerusform>
            <numerusform>Se importó 1 solicitud y %Ln contactos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln applications and {contacts}</source>
        <translation>
            <numerusform>Se importaron %Ln solicitudes y {contacts}</numerusform>
            <numerusform>Se importaron %Ln solicitudes y {contacts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contacts</source>
        <translation>
            <numerusform>%Ln contacto nuevo</numerusform>
            <numerusform>%Ln contactos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln applications to {name}</source>
        <translation>
            <numerusform>Se exportó %Ln solicitud a {name}</numerusform>
            <numerusform>Se exportaron %Ln solicitudes a {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be saved</source>
        <translation>No se pudo guardar la exportación</translation>
    </message>
</context>
<context>
    <name>CvRates</name>
    <message>
        <source>Response rate per CV version</source>
        <translation>Tasa de respuesta por versión del CV</translation>
    </message>
    <message>
        <source>{answered} of {sent} answered ({percent:.0f}%)</source>
        <translation>{answered} de {sent} respondidas ({percent:.0f}%)</translation>
    </message>
    <message>
        <source>Mark the CV you sent on each application (its Documents, “Sent”) to compare how each version does.</source>
        <translation>Marque el CV que envió en cada solicitud (en sus Documentos, “Enviado”) para comparar cómo funciona cada versión.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>That date is in the future.</source>
        <translation>Esa fecha está en el futuro.</translation>
    </message>
    <message>
        <source>e.g. 20 Nov 2026, today, +3d</source>
        <translation>p. ej., 20 nov 2026, today, +3d</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Escriba una fecha.</translation>
    </message>
    <message>
        <source>That date is too far in the past.</source>
        <translation>Esa fecha está demasiado lejos en el pasado.</translation>
    </message>
    <message>
        <source>Reads as {date}</source>
        <translation>Se interpreta como {date}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Selected application</source>
        <translation>Solicitud seleccionada</translation>
    </message>
    <message>
        <source>Open job &amp;posting</source>
        <translation>A&amp;brir el anuncio</translation>
    </message>
    <message>
        <source>Open the job posting in your browser</source>
        <translation>Abrir el anuncio de empleo en su navegador</translation>
    </message>
    <message>
        <source>Select an application to see its timeline and the people you met.

Use the arrow keys in the list, or click a row.</source>
        <translation>Seleccione una solicitud para ver su cronología y las personas que conoció.

Use las flechas del teclado en la lista, o haga clic en una fila.</translation>
    </message>
    <message>
        <source>Added “{what}” to the timeline</source>
        <translation>Se añadió “{what}” a la cronología</translation>
    </message>
    <message>
        <source>Saved “{what}”</source>
        <translation>«{what}» guardado</translation>
    </message>
    <message>
        <source>Delete “{what}” from the timeline?</source>
        <translation>¿Eliminar “{what}” de la cronología?</translation>
    </message>
    <message>
        <source>The status will go back from {now} to {after}, as the timeline then says. Anything else you recorded, such as a reflection, is kept.</source>
        <translation>El estado volverá de {now} a {after}, según indique entonces la cronología. Todo lo demás que haya registrado, como una reflexión, se conserva.</translation>
    </message>
    <message>
        <source>Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>Editar › Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <source>Deleted “{what}” from the timeline</source>
        <translation>Se eliminó “{what}” de la cronología</translation>
    </message>
    <message>
        <source>; the status is {status} again</source>
        <translation>; el estado vuelve a ser {status}</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Se añadió a {name}</translation>
    </message>
    <message>
        <source>Linked {name}</source>
        <translation>Se vinculó a {name}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Se guardó a {name}</translation>
    </message>
    <message>
        <source>{name} is no longer linked (still in your contacts)</source>
        <translation>{name} ya no está vinculado (sigue en sus contactos)</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Añadir {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>Add Documents</source>
        <translation>Añadir documentos</translation>
    </message>
    <message>
        <source>Add &amp;Document…</source>
        <translation>Añadir &amp;documento…</translation>
    </message>
    <message>
        <source>Keep a CV, cover letter or other file with the selected application</source>
        <translation>Guardar un CV, una carta de presentación u otro archivo con la solicitud seleccionada</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Added {names}</source>
        <translation>Se añadió {names}</translation>
    </message>
    <message>
        <source>Removed {name} — Undo with Ctrl+Z</source>
        <translation>Se quitó {name} — Deshacer con Ctrl+Z</translation>
    </message>
    <message>
        <source>The file of {name} is missing.</source>
        <translation>Falta el archivo de {name}.</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Add &amp;document…</source>
        <translation>Añadir &amp;documento…</translation>
    </message>
    <message>
        <source>Add a CV, letter or other file</source>
        <translation>Añadir un CV, una carta u otro archivo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the document in its usual app</source>
        <translation>Abrir el documento con su aplicación habitual</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Take the document off this application</source>
        <translation>Quitar el documento de esta solicitud</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Sent with this application</source>
        <translation>Enviado con esta solicitud</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No applications yet</source>
        <translation>Aún no hay solicitudes</translation>
    </message>
    <message>
        <source>Every application you track here gets a timeline, reminders for the next step, and a guided way through a rejection when one comes.</source>
        <translation>Cada solicitud que siga aquí tiene una cronología, recordatorios para el siguiente paso y una guía para afrontar un rechazo cuando llegue.</translation>
    </message>
    <message>
        <source>Add your first one with Ctrl+N, or bring in the spreadsheet you kept so far with File › Import CSV.</source>
        <translation>Añada la primera con Ctrl+N, o traiga la hoja de cálculo que ha usado hasta ahora con Archivo › Importar CSV.</translation>
    </message>
    <message>
        <source>Add an application</source>
        <translation>Añadir una solicitud</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>Importar un CSV…</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Add to the timeline</source>
        <translation>Añadir a la cronología</translation>
    </message>
    <message>
        <source>Edit the timeline entry</source>
        <translation>Editar la entrada de la cronología</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Interview round</source>
        <translation>Ronda de entrevistas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Who you met, what went well, what to remember</source>
        <translation>A quién conoció, qué salió bien, qué recordar</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message>
        <source>Talk to the experts</source>
        <translation>Hable con personas expertas</translation>
    </message>
    <message>
        <source>Optional: a recruiter, mentor or career adviser can see what you can&apos;t. Skip this step if you&apos;d rather not.</source>
        <translation>Opcional: una persona de selección, un mentor o un orientador profesional puede ver lo que usted no ve. Omita este paso si lo prefiere.</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Sus contactos</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add someone ne&amp;w</source>
        <translation>Añadir a alguien &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Queue this message to each person above</source>
        <translation>&amp;Poner en cola este mensaje para cada persona de arriba</translation>
    </message>
    <message>
        <source>Send &amp;one email to everyone together, instead of one each</source>
        <translation>Enviar &amp;un solo correo a todos juntos, en lugar de uno a cada uno</translation>
    </message>
    <message>
        <source>One email to everyone</source>
        <translation>Un solo correo para todos</translation>
    </message>
    <message>
        <source>People to contact</source>
        <translation>Personas a las que contactar</translation>
    </message>
    <message>
        <source>No saved contacts outside this application</source>
        <translation>No hay contactos guardados fuera de esta solicitud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Quitar a esta persona</translation>
    </message>
    <message>
        <source>everyone above, in one email</source>
        <translation>todas las personas de arriba, en un solo correo</translation>
    </message>
    <message>
        <source>&amp;Queue this message to everyone above</source>
        <translation>&amp;Poner en cola este mensaje para todas las personas de arriba</translation>
    </message>
    <message>
        <source>{first_name} becomes everyone&apos;s first names (“Ana and Ben”).</source>
        <translation>{first_name} se convierte en los nombres de todos (“Ana y Ben”).</translation>
    </message>
    <message>
        <source>each person above</source>
        <translation>cada persona de arriba</translation>
    </message>
    <message>
        <source>{first_name} becomes each person&apos;s first name when it is queued.</source>
        <translation>{first_name} se convierte en el nombre de cada persona al ponerlo en cola.</translation>
    </message>
</context>
<context>
    <name>FeedbackArrived</name>
    <message>
        <source>Their feedback arrived</source>
        <translation>Llegaron sus comentarios</translation>
    </message>
    <message>
        <source>Record feedback that arrived</source>
        <translation>Registrar los comentarios recibidos</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijeron</translation>
    </message>
    <message>
        <source>Feedback cannot arrive in the future.</source>
        <translation>Los comentarios no pueden llegar en el futuro.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibidos el</translation>
    </message>
    <message>
        <source>Save Feedback</source>
        <translation>Guardar comentarios</translation>
    </message>
    <message>
        <source>What they said:</source>
        <translation>Lo que dijeron:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Recibidos el:</translation>
    </message>
    <message>
        <source>Write down what they said, even in a few words.</source>
        <translation>Anote lo que dijeron, aunque sea en pocas palabras.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Ask for detailed feedback</source>
        <translation>Pida comentarios detallados</translation>
    </message>
    <message>
        <source>The people who decided know best what would make the difference next time.</source>
        <translation>Quienes tomaron la decisión saben mejor que nadie qué marcaría la diferencia la próxima vez.</translation>
    </message>
    <message>
        <source>I &amp;received feedback</source>
        <translation>&amp;Recibí comentarios</translation>
    </message>
    <message>
        <source>I received feedback, but it was too &amp;general</source>
        <translation>Recibí comentarios, pero eran demasiado &amp;generales</translation>
    </message>
    <message>
        <source>No feedback &amp;yet</source>
        <translation>Aún no hay &amp;comentarios</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Comentarios recibidos</translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation>¿Qué le dijeron?</translation>
    </message>
    <message>
        <source>Feedback received on</source>
        <translation>Comentarios recibidos el</translation>
    </message>
    <message>
        <source>Feedback asked for on</source>
        <translation>Comentarios pedidos el</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>&amp;Lo que dijeron:</translation>
    </message>
    <message>
        <source>Rece&amp;ived on:</source>
        <translation>Rec&amp;ibidos el:</translation>
    </message>
    <message>
        <source>You h&amp;ad asked on:</source>
        <translation>Los h&amp;abía pedido el:</translation>
    </message>
    <message>
        <source>&amp;Queue this email</source>
        <translation>&amp;Poner en cola este correo</translation>
    </message>
    <message>
        <source>&amp;Queue a thank-you for their feedback, even if you disagree</source>
        <translation>&amp;Poner en cola un agradecimiento por sus comentarios, aunque no esté de acuerdo</translation>
    </message>
    <message>
        <source>Ask for specifics, saying you want to learn and grow</source>
        <translation>Pida detalles concretos y diga que quiere aprender y mejorar</translation>
    </message>
    <message>
        <source>Draft a request for feedback</source>
        <translation>Redactar una solicitud de comentarios</translation>
    </message>
</context>
<context>
    <name>FinishCommand</name>
    <message numerus="yes">
        <source>%n emails from the wizard were taken out of the outbox.</source>
        <translation>
            <numerusform>%n correo del asistente se ha retirado de la bandeja de salida.</numerusform>
            <numerusform>%n correos del asistente se han retirado de la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had already been sent and cannot be taken back.</source>
        <translation>
            <numerusform>%n ya se había enviado y no se puede recuperar.</numerusform>
            <numerusform>%n ya se habían enviado y no se pueden recuperar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wizard&apos;s %n emails had already been sent and cannot be taken back.</source>
        <translation>
            <numerusform>El correo del asistente ya se había enviado y no se puede recuperar.</numerusform>
            <numerusform>Los %n correos del asistente ya se habían enviado y no se pueden recuperar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {name} as rejected (rejection wizard)</source>
        <translation>Marcar {name} como rechazada (asistente de rechazo)</translation>
    </message>
    <message>
        <source>Queue the rejection wizard&apos;s emails for {name}</source>
        <translation>Poner en cola los correos del asistente de rechazo para {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n emails from the wizard are back in the outbox.</source>
        <translation>
            <numerusform>%n correo del asistente vuelve a estar en la bandeja de salida.</numerusform>
            <numerusform>%n correos del asistente vuelven a estar en la bandeja de salida.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>Applied</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún abierta</translation>
    </message>
    <message>
        <source>How applications move through the stages</source>
        <translation>Cómo avanzan las solicitudes por las etapas</translation>
    </message>
    <message>
        <source>Once you apply, this shows the path each application takes, from applied through screening, interviews and offers to how it ended.</source>
        <translation>Una vez que envíe solicitudes, aquí verá el camino de cada una: desde el envío, pasando por la preselección, las entrevistas y las ofertas, hasta cómo terminó.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Applied</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Once you apply, this shows how many applications reach screening, an interview and an offer, and the share that moves on at each step.</source>
        <translation>Una vez que envíe solicitudes, aquí verá cuántas llegan a la preselección, a una entrevista y a una oferta, y qué proporción avanza en cada paso.</translation>
    </message>
    <message>
        <source>all applications</source>
        <translation>todas las solicitudes</translation>
    </message>
    <message>
        <source>{rate} of {stage}</source>
        <translation>{rate} de {stage}</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Skill to build</source>
        <translation>Habilidad que desarrollar</translation>
    </message>
    <message>
        <source>Course or certification</source>
        <translation>Curso o certificación</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>Quitar este objetivo</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>Habilidad:</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Curso:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Enlace:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fecha límite:</translation>
    </message>
</context>
<context>
    <name>GoalsDock</name>
    <message>
        <source>Goals and Reminders</source>
        <translation>Objetivos y recordatorios</translation>
    </message>
    <message>
        <source>Goals and reminders</source>
        <translation>Objetivos y recordatorios</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Recordatorios pendientes</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Objetivos de aprendizaje</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Pendientes esta semana</translation>
    </message>
    <message>
        <source>Learning goals (tick when done)</source>
        <translation>Objetivos de aprendizaje (márquelos al cumplirlos)</translation>
    </message>
    <message>
        <source>1 unfinished reflection — resume…</source>
        <translation>1 reflexión sin terminar: retomar…</translation>
    </message>
    <message>
        <source>{count} unfinished reflections — resume…</source>
        <translation>{count} reflexiones sin terminar: retomar…</translation>
    </message>
    <message>
        <source>Your weekly goal: {count} applications</source>
        <translation>Su objetivo semanal: {count} solicitudes</translation>
    </message>
    <message>
        <source>{day}  {text}</source>
        <translation>{day}  {text}</translation>
    </message>
    <message>
        <source>Nothing due. Enjoy the breathing room.</source>
        <translation>Nada pendiente. Disfrute del respiro.</translation>
    </message>
    <message>
        <source> (by {day})</source>
        <translation> (antes del {day})</translation>
    </message>
    <message>
        <source>No learning goals yet. Finishing a reflection suggests some.</source>
        <translation>Aún no hay objetivos de aprendizaje. Al terminar una reflexión se le sugerirán algunos.</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Vencido hace 1 día</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>Vencido hace {days} días</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importar solicitudes</translation>
    </message>
    <message>
        <source>{file}: {rows}, {delimiter}-separated, {encoding}</source>
        <translation>{file}: {rows}, separado por {delimiter}, {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Check how each column will be read. Pick “Ignore” for columns you don&apos;t need.</source>
        <translation>Compruebe cómo se leerá cada columna. Elija “Ignorar” para las columnas que no necesite.</translation>
    </message>
    <message>
        <source>Statuses Next Move doesn&apos;t recognise</source>
        <translation>Estados que Next Move no reconoce</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>Problems in your file</source>
        <translation>Problemas en su archivo</translation>
    </message>
    <message>
        <source>A row with no status becomes Applied when it has an applied date, otherwise Wishlist. A row with no history gets its entries from the file&apos;s dates, noted “imported from {file}”: the status on its status or stage date, else the last activity, else the latest date the row gives. Nothing is dated today.</source>
        <translation>Una fila sin estado pasa a Enviada si tiene fecha de envío; si no, a Lista de deseos. Una fila sin historial recibe sus entradas a partir de las fechas del archivo, con la nota “importado de {file}”: el estado en su fecha de estado o de etapa; si no, en la última actividad; si no, en la fecha más reciente que indique la fila. Nada queda con la fecha de hoy.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Stop now: nothing of this file is imported, your applications stay as they were</source>
        <translation>Detener ahora: no se importa nada de este archivo y sus solicitudes quedan como estaban</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln applications</source>
        <translation>
            <numerusform>&amp;Importar %Ln solicitud</numerusform>
            <numerusform>&amp;Importar %Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready. Every row is checked again when you import; if any row has a problem, nothing is imported.</source>
        <translation>Listo. Cada fila se vuelve a comprobar al importar; si alguna fila tiene un problema, no se importa nada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these rows have the same company and role as applications you already track; importing adds them again.</source>
        <translation>
            <numerusform>%Ln de estas filas tiene la misma empresa y el mismo puesto que una solicitud que ya sigue; al importar se añade otra vez.</numerusform>
            <numerusform>%Ln de estas filas tienen la misma empresa y el mismo puesto que solicitudes que ya sigue; al importar se añaden otra vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status for “{value}”</source>
        <translation>Estado para “{value}”</translation>
    </message>
    <message>
        <source>“{value}” ({rows}) becomes</source>
        <translation>“{value}” ({rows}) pasa a</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problema</numerusform>
            <numerusform>%Ln problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems} in {rows}, listed below.</source>
        <translation>{problems} en {rows}, indicados abajo.</translation>
    </message>
    <message numerus="yes">
        <source>the first %Ln of {total} rows</source>
        <translation>
            <numerusform>las primeras %Ln de {total} filas</numerusform>
            <numerusform>las primeras %Ln de {total} filas</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems} in {rows}, listed below; the rest are checked when you import.</source>
        <translation>{problems} en {rows}, indicados abajo; el resto se comprueba al importar.</translation>
    </message>
    <message numerus="yes">
        <source>Fix them in your file, or change how a column is read.</source>
        <translation>
            <numerusform>Corríjalo en su archivo, o cambie cómo se lee una columna.</numerusform>
            <numerusform>Corríjalos en su archivo, o cambie cómo se lee una columna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: your file has %Ln problems, listed below. Fix them and try again.</source>
        <translation>
            <numerusform>No se importó nada: su archivo tiene un problema, indicado abajo. Corríjalo e inténtelo de nuevo.</numerusform>
            <numerusform>No se importó nada: su archivo tiene %Ln problemas, indicados abajo. Corríjalos e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more problems</source>
        <translation>
            <numerusform>…y %Ln problema más</numerusform>
            <numerusform>…y %Ln problemas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported, your applications are as they were.</source>
        <translation>Importación cancelada: no se importó nada y sus solicitudes están como estaban.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>InboxAccountBlock</name>
    <message>
        <source>Reading replies</source>
        <translation>Lectura de respuestas</translation>
    </message>
    <message>
        <source>&amp;Watch the inbox for replies</source>
        <translation>&amp;Vigilar la bandeja de entrada para detectar respuestas</translation>
    </message>
    <message>
        <source>Watch the inbox for replies</source>
        <translation>Vigilar la bandeja de entrada para detectar respuestas</translation>
    </message>
    <message>
        <source>Incoming (IMAP) server</source>
        <translation>Servidor de entrada (IMAP)</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Puerto IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Seguridad IMAP</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (puerto 143)</translation>
    </message>
    <message>
        <source>Read-only, with the same password or sign-in as sending: new mail in INBOX is read to spot replies about your applications; nothing is marked read, moved, deleted or sent.</source>
        <translation>Solo lectura, con la misma contraseña o inicio de sesión que para enviar: se lee el correo nuevo de INBOX para detectar respuestas sobre sus solicitudes; nada se marca como leído, se mueve, se elimina ni se envía.</translation>
    </message>
    <message>
        <source>Test &amp;Reading</source>
        <translation>Probar &amp;lectura</translation>
    </message>
    <message>
        <source>Test reading the inbox</source>
        <translation>Probar la lectura de la bandeja de entrada</translation>
    </message>
    <message>
        <source>Reading test result</source>
        <translation>Resultado de la prueba de lectura</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>&amp;Incoming server:</source>
        <translation>Servidor de &amp;entrada:</translation>
    </message>
    <message>
        <source>Reading {host}…</source>
        <translation>Leyendo {host}…</translation>
    </message>
    <message>
        <source>Read the inbox ({count} messages); nothing was changed.</source>
        <translation>Se leyó la bandeja de entrada ({count} mensajes); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Bandeja de entrada</translation>
    </message>
    <message>
        <source>Check for &amp;Replies</source>
        <translation>Buscar &amp;respuestas</translation>
    </message>
    <message>
        <source>Read new mail in the watched inboxes now (nothing is changed there)</source>
        <translation>Leer ahora el correo nuevo de las bandejas vigiladas (no se cambia nada en ellas)</translation>
    </message>
    <message>
        <source>Already checking for replies…</source>
        <translation>Ya se están buscando respuestas…</translation>
    </message>
    <message>
        <source>No account watches its inbox yet: turn on “Watch the inbox for replies” in Mail › Mail Accounts…</source>
        <translation>Ninguna cuenta vigila aún su bandeja de entrada: active “Vigilar la bandeja de entrada para detectar respuestas” en Correo › Cuentas de correo…</translation>
    </message>
    <message>
        <source>Checking for replies…</source>
        <translation>Buscando respuestas…</translation>
    </message>
    <message>
        <source>Reading new mail: {read} of {total}…</source>
        <translation>Leyendo correo nuevo: {read} de {total}…</translation>
    </message>
    <message>
        <source>Checked at {when}: {count} new.</source>
        <translation>Comprobado a las {when}: {count} nuevas.</translation>
    </message>
    <message>
        <source>{count} new replies about your applications — see the Inbox panel.</source>
        <translation>{count} respuestas nuevas sobre sus solicitudes: consulte el panel Bandeja de entrada.</translation>
    </message>
    <message>
        <source>A new reply about one of your applications — see the Inbox panel.</source>
        <translation>Una nueva respuesta sobre una de sus solicitudes: consulte el panel Bandeja de entrada.</translation>
    </message>
    <message>
        <source>Checked at {when}: nothing new.</source>
        <translation>Comprobado a las {when}: nada nuevo.</translation>
    </message>
    <message>
        <source>Checking for replies failed ({what}); nothing was changed.</source>
        <translation>Falló la búsqueda de respuestas ({what}); no se cambió nada.</translation>
    </message>
    <message>
        <source>Ignore the email “{subject}”</source>
        <translation>Ignorar el correo “{subject}”</translation>
    </message>
    <message>
        <source>Mark {company} — {role} rejected</source>
        <translation>Marcar {company} — {role} como rechazada</translation>
    </message>
    <message>
        <source>Add the email “{subject}” to the timeline</source>
        <translation>Añadir el correo “{subject}” a la cronología</translation>
    </message>
    <message>
        <source>Application acknowledged by email</source>
        <translation>Solicitud confirmada por correo</translation>
    </message>
    <message>
        <source>Rejection email</source>
        <translation>Correo de rechazo</translation>
    </message>
    <message>
        <source>Feedback by email</source>
        <translation>Comentarios por correo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>{head} from {sender}{quote}</source>
        <translation>{head} de {sender}{quote}</translation>
    </message>
    <message>
        <source>Record the feedback from {sender}</source>
        <translation>Registrar los comentarios de {sender}</translation>
    </message>
    <message>
        <source>Added to the timeline. There is no reflection on this rejection yet: the wizard will offer the feedback when you start it.</source>
        <translation>Añadido a la cronología. Aún no hay una reflexión sobre este rechazo: el asistente le ofrecerá los comentarios cuando lo inicie.</translation>
    </message>
    <message>
        <source>Open the wizard for {company} — {role}</source>
        <translation>Abrir el asistente para {company} — {role}</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>this looks like a rejection</source>
        <translation>parece un rechazo</translation>
    </message>
    <message>
        <source>this looks like an interview invitation</source>
        <translation>parece una invitación a una entrevista</translation>
    </message>
    <message>
        <source>this looks like an offer</source>
        <translation>parece una oferta</translation>
    </message>
    <message>
        <source>this looks like an assessment</source>
        <translation>parece una prueba de evaluación</translation>
    </message>
    <message>
        <source>this looks like an acknowledgement of your application</source>
        <translation>parece un acuse de recibo de su candidatura</translation>
    </message>
    <message>
        <source>this looks like a reply to your feedback request</source>
        <translation>parece una respuesta a su petición de opinión</translation>
    </message>
    <message>
        <source>a reply about this application</source>
        <translation>una respuesta sobre esta candidatura</translation>
    </message>
    <message>
        <source>Add &amp;Interview</source>
        <translation>Añadir &amp;entrevista</translation>
    </message>
    <message>
        <source>Add O&amp;ffer</source>
        <translation>Añadir o&amp;ferta</translation>
    </message>
    <message>
        <source>Add &amp;Assessment</source>
        <translation>Añadir &amp;prueba</translation>
    </message>
    <message>
        <source>Record &amp;Feedback</source>
        <translation>Anotar &amp;opinión</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Replies found in your inbox</source>
        <translation>Respuestas encontradas en su bandeja de entrada</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Estado de la bandeja de entrada</translation>
    </message>
    <message>
        <source>Replies found</source>
        <translation>Respuestas encontradas</translation>
    </message>
    <message>
        <source>The sentence that decided it</source>
        <translation>La frase decisiva</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <source>No replies to look at. Turn on “Watch the inbox for replies” for an account in Mail › Mail Accounts…, then Mail › Check for Replies (F5).</source>
        <translation>No hay respuestas que revisar. Active “Vigilar la bandeja de entrada para detectar respuestas” para una cuenta en Correo › Cuentas de correo… y luego use Correo › Buscar respuestas (F5).</translation>
    </message>
    <message>
        <source>Open the &amp;Wizard…</source>
        <translation>Abrir el &amp;asistente…</translation>
    </message>
    <message>
        <source>Mark &amp;Rejected</source>
        <translation>Marcar como &amp;rechazada</translation>
    </message>
    <message>
        <source>Add to &amp;Timeline</source>
        <translation>Añadir a la &amp;cronología</translation>
    </message>
    <message>
        <source>&amp;Not This Application…</source>
        <translation>&amp;No es esta solicitud…</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>I&amp;gnorar</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>Comprobar a&amp;hora</translation>
    </message>
    <message>
        <source>{company} — {role}</source>
        <translation>{company} — {role}</translation>
    </message>
    <message>
        <source>Not matched to an application</source>
        <translation>Sin asignar a una solicitud</translation>
    </message>
    <message>
        <source>{when}, from {sender}</source>
        <translation>{when}, de {sender}</translation>
    </message>
    <message>
        <source>from {sender}</source>
        <translation>de {sender}</translation>
    </message>
    <message>
        <source>Choose &amp;Application…</source>
        <translation>Elegir &amp;solicitud…</translation>
    </message>
    <message>
        <source>(no deciding sentence)</source>
        <translation>(sin frase decisiva)</translation>
    </message>
    <message>
        <source>{quote}
Subject: {subject}</source>
        <translation>{quote}
Asunto: {subject}</translation>
    </message>
</context>
<context>
    <name>InsightCharts</name>
    <message>
        <source>Where rejections happen</source>
        <translation>Dónde ocurren los rechazos</translation>
    </message>
    <message>
        <source>Every rejected application will be counted here once, at the furthest stage it reached, whether or not you reflected on it.</source>
        <translation>Cada solicitud rechazada se contará aquí una vez, en la etapa más avanzada que alcanzó, haya reflexionado o no sobre ella.</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Answers by source</source>
        <translation>Respuestas por fuente</translation>
    </message>
    <message>
        <source>For each place you find jobs (the Source column), this will show how often employers answer and how many days the first answer takes.</source>
        <translation>Para cada lugar donde encuentra empleos (la columna Fuente), aquí se mostrará con qué frecuencia responden los empleadores y cuántos días tarda la primera respuesta.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Average score per stage</source>
        <translation>Puntuación media por etapa</translation>
    </message>
    <message>
        <source>When you finish a reflection, the scores you give each stage (1 to 5) will be averaged here; rejections beyond your control get their own bars.</source>
        <translation>Cuando termine una reflexión, aquí se promediarán las puntuaciones que dé a cada etapa (de 1 a 5); los rechazos ajenos a usted tienen sus propias barras.</translation>
    </message>
    <message>
        <source>Within your control</source>
        <translation>Dentro de su control</translation>
    </message>
    <message>
        <source>Beyond your control</source>
        <translation>Fuera de su control</translation>
    </message>
    <message>
        <source>Most frequent areas to improve</source>
        <translation>Aspectos a mejorar más frecuentes</translation>
    </message>
    <message>
        <source>Stages you rate 1 or 2 in a reflection will be listed here, the most frequent first.</source>
        <translation>Aquí se listarán las etapas que puntúe con 1 o 2 en una reflexión, las más frecuentes primero.</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Sin fuente</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>Tras enviar la solicitud</translation>
    </message>
    <message>
        <source>After screening</source>
        <translation>Tras la preselección</translation>
    </message>
    <message>
        <source>After an interview</source>
        <translation>Tras una entrevista</translation>
    </message>
    <message>
        <source>After an offer</source>
        <translation>Tras una oferta</translation>
    </message>
    <message>
        <source>{rate} · {answered} of {sent} answered</source>
        <translation>{rate} · {answered} de {sent} respondidas</translation>
    </message>
    <message>
        <source>median {days} days</source>
        <translation>mediana de {days} días</translation>
    </message>
</context>
<context>
    <name>InsightsDialog</name>
    <message>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Learning goals done</source>
        <translation>Objetivos de aprendizaje cumplidos</translation>
    </message>
    <message>
        <source>Feedback and learning</source>
        <translation>Comentarios y aprendizaje</translation>
    </message>
    <message>
        <source>Feedback requests:</source>
        <translation>Solicitudes de comentarios:</translation>
    </message>
    <message>
        <source>Learning goals done:</source>
        <translation>Objetivos de aprendizaje cumplidos:</translation>
    </message>
    <message>
        <source>Response rate per CV version</source>
        <translation>Tasa de respuesta por versión del CV</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Reading your applications…</source>
        <translation>Leyendo sus solicitudes…</translation>
    </message>
    <message>
        <source>Add your applications and their steps (screening calls, interviews, offers): your patterns will start to show here.</source>
        <translation>Añada sus solicitudes y sus pasos (llamadas de preselección, entrevistas, ofertas): aquí empezarán a verse sus patrones.</translation>
    </message>
    <message>
        <source>From {sent} applications sent and {finished} finished reflections.</source>
        <translation>A partir de {sent} solicitudes enviadas y {finished} reflexiones terminadas.</translation>
    </message>
    <message>
        <source>{beyond} of the reflections came down to things beyond your control; their scores have their own bars.</source>
        <translation>{beyond} de las reflexiones se debieron a cosas fuera de su control; sus puntuaciones tienen sus propias barras.</translation>
    </message>
    <message>
        <source>Read from each application&apos;s timeline; one that went straight to an interview counts as screened too.</source>
        <translation>Se lee de la cronología de cada solicitud; una que pasó directamente a entrevista también cuenta como preseleccionada.</translation>
    </message>
    <message>
        <source>Each band is as wide as the applications that took that path.</source>
        <translation>Cada banda es tan ancha como el número de solicitudes que siguieron ese camino.</translation>
    </message>
    <message>
        <source>Average out of 5; how many ratings in brackets.</source>
        <translation>Media sobre 5; entre paréntesis, cuántas valoraciones.</translation>
    </message>
    <message>
        <source>An answer is any step the employer took: a call, an assessment, an interview, an offer or a rejection.</source>
        <translation>Una respuesta es cualquier paso que dio el empleador: una llamada, una prueba, una entrevista, una oferta o un rechazo.</translation>
    </message>
    <message>
        <source>{average} a week on average over the last {weeks} weeks.</source>
        <translation>{average} por semana de media en las últimas {weeks} semanas.</translation>
    </message>
    <message>
        <source>Goal met in {met} of them.</source>
        <translation>Objetivo cumplido en {met} de ellas.</translation>
    </message>
    <message>
        <source>{queued} queued in the outbox, not sent yet</source>
        <translation>{queued} en cola en la bandeja de salida, aún sin enviar</translation>
    </message>
    <message>
        <source>None asked for yet</source>
        <translation>Aún no ha pedido ninguno</translation>
    </message>
    <message>
        <source>{answered} of {asked} answered ({rate})</source>
        <translation>{answered} de {asked} respondidas ({rate})</translation>
    </message>
    <message>
        <source>, after {days} days on average</source>
        <translation>, tras {days} días de media</translation>
    </message>
    <message>
        <source>; {queued} more queued in the outbox</source>
        <translation>; {queued} más en cola en la bandeja de salida</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>Saved {title} to {file}</source>
        <translation>Se guardó {title} en {file}</translation>
    </message>
</context>
<context>
    <name>InterviewFields</name>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>The interview has a start time</source>
        <translation>La entrevista tiene hora de inicio</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length not known</source>
        <translation>Duración desconocida</translation>
    </message>
    <message>
        <source>Place or video link</source>
        <translation>Lugar o enlace de vídeo</translation>
    </message>
    <message>
        <source>Address, room or video link</source>
        <translation>Dirección, sala o enlace de vídeo</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Entrevistadores</translation>
    </message>
    <message>
        <source>Other people met</source>
        <translation>Otras personas</translation>
    </message>
    <message>
        <source>Anyone else, one a line: Dana Scully &lt;dana@example.com&gt;</source>
        <translation>Otras personas, una por línea: Dana Scully &lt;dana@example.com&gt;</translation>
    </message>
    <message>
        <source>Add the people you meet to the application&apos;s contacts to pick them here</source>
        <translation>Añade a las personas a los contactos de la candidatura para elegirlas aquí</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Interviewers:</source>
        <translation>&amp;Entrevistadores:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Otros:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Wishlist</source>
        <translation>Lista de deseos</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>En entrevistas</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Llamada de preselección</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Correo enviado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Reclutador</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable de contratación</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Carta de presentación</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <source>Offer letter</source>
        <translation>Carta de oferta</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date Applied</source>
        <translation>Fecha de candidatura</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Next Action On</source>
        <translation>Próxima acción el</translation>
    </message>
    <message>
        <source>Next Action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Job Description</source>
        <translation>Descripción del puesto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact Email</source>
        <translation>Correo del contacto</translation>
    </message>
    <message>
        <source>Contact Phone</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <source>Contact Profile</source>
        <translation>Perfil del contacto</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Status Date</source>
        <translation>Fecha del estado</translation>
    </message>
    <message>
        <source>Last Activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Screening Date</source>
        <translation>Fecha de preselección</translation>
    </message>
    <message>
        <source>Interview Date</source>
        <translation>Fecha de entrevista</translation>
    </message>
    <message>
        <source>Offer Date</source>
        <translation>Fecha de la oferta</translation>
    </message>
    <message>
        <source>Rejection Date</source>
        <translation>Fecha del rechazo</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Job portal</source>
        <translation>Portal de empleo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>An internal candidate got the role</source>
        <translation>Una persona de dentro consiguió el puesto</translation>
    </message>
    <message>
        <source>The role was closed or lost its budget</source>
        <translation>El puesto se cerró o se quedó sin presupuesto</translation>
    </message>
    <message>
        <source>A stronger or more experienced field</source>
        <translation>Candidatos más fuertes o con más experiencia</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>El momento</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>the contact&apos;s first name</source>
        <translation>el nombre del contacto</translation>
    </message>
    <message>
        <source>the contact&apos;s full name</source>
        <translation>el nombre completo del contacto</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>la empresa</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>el puesto</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>your signature</source>
        <translation>su firma</translation>
    </message>
    <message>
        <source>the role after “a” or “an”</source>
        <translation>el puesto tras «a» o «an» (plantillas en inglés)</translation>
    </message>
    <message>
        <source>the same, starting a sentence</source>
        <translation>lo mismo, al principio de una frase</translation>
    </message>
    <message>
        <source>Ask for more specific feedback</source>
        <translation>Pedir una opinión más concreta</translation>
    </message>
    <message>
        <source>Talk to an expert</source>
        <translation>Hablar con una persona experta</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Pedir opinión</translation>
    </message>
    <message>
        <source>Follow-up on my application</source>
        <translation>Seguimiento de mi candidatura</translation>
    </message>
    <message>
        <source>Thank you after an interview</source>
        <translation>Agradecimiento tras una entrevista</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Seguir en contacto</translation>
    </message>
    <message>
        <source>Thank you for the offer</source>
        <translation>Gracias por la oferta</translation>
    </message>
    <message>
        <source>Thank you, and let&apos;s stay in touch</source>
        <translation>Gracias, y sigamos en contacto</translation>
    </message>
    <message>
        <source>Thank them for their feedback</source>
        <translation>Agradecer la opinión</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Choose Sign in with Google, or use an app password: turn on 2-Step Verification in your Google Account, then create an app password (Security › App passwords) and paste it here. Your usual Google password will not work.</source>
        <translation>Elija «Iniciar sesión con Google» o use una contraseña de aplicación: active la verificación en dos pasos en su cuenta de Google, cree una contraseña de aplicación (Seguridad › Contraseñas de aplicaciones) y péguela aquí. Su contraseña habitual de Google no funcionará.</translation>
    </message>
    <message>
        <source>Outlook / Microsoft 365</source>
        <translation>Outlook / Microsoft 365</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live personal accounts no longer accept a password from apps like this one, and Microsoft 365 is turning password sign-in off for work accounts too: choose Sign in with Microsoft, and your browser opens to sign in.</source>
        <translation>Las cuentas personales de Outlook.com, Hotmail y Live ya no aceptan contraseñas de aplicaciones como esta, y Microsoft 365 también está desactivando el inicio de sesión con contraseña en las cuentas de trabajo: elija «Iniciar sesión con Microsoft» y su navegador se abrirá para iniciar sesión.</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>iCloud Mail</translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password: turn on two-factor authentication for your Apple Account, then create one at account.apple.com (Sign-In and Security › App-Specific Passwords). The user name is your full iCloud address.</source>
        <translation>iCloud necesita una contraseña específica de app: active la autenticación de doble factor en su cuenta de Apple y cree una en account.apple.com (Inicio de sesión y seguridad › Contraseñas específicas de apps). El nombre de usuario es su dirección de iCloud completa.</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo Mail</translation>
    </message>
    <message>
        <source>Yahoo needs an app password: create one in Account Security › Generate app password, and use it here.</source>
        <translation>Yahoo necesita una contraseña de aplicación: cree una en Seguridad de la cuenta › Generar contraseña de aplicación y úsela aquí.</translation>
    </message>
    <message>
        <source>Fastmail</source>
        <translation>Fastmail</translation>
    </message>
    <message>
        <source>Fastmail needs an app password: create one in Settings › Privacy &amp; Security › App passwords, with access to SMTP.</source>
        <translation>Fastmail necesita una contraseña de aplicación: cree una en Ajustes › Privacidad y seguridad › Contraseñas de aplicación, con acceso a SMTP.</translation>
    </message>
    <message>
        <source>Proton Mail Bridge</source>
        <translation>Proton Mail Bridge</translation>
    </message>
    <message>
        <source>Proton Mail works through Proton Mail Bridge running on this computer. Use the user name and password that Bridge shows (not your Proton password), and choose the certificate Bridge exports (Settings › Export TLS certificates) so the connection can be verified.</source>
        <translation>Proton Mail funciona a través de Proton Mail Bridge en este ordenador. Use el nombre de usuario y la contraseña que muestra Bridge (no su contraseña de Proton) y elija el certificado que exporta Bridge (Ajustes › Exportar certificados TLS) para que se pueda verificar la conexión.</translation>
    </message>
    <message>
        <source>Other (any SMTP server)</source>
        <translation>Otro (cualquier servidor SMTP)</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server your provider gives. Port 465 uses TLS from the start; port 587 uses STARTTLS. If the server uses its own certificate, choose it below.</source>
        <translation>Escriba el servidor de salida (SMTP) que indica su proveedor. El puerto 465 usa TLS desde el principio; el 587 usa STARTTLS. Si el servidor tiene su propio certificado, elíjalo abajo.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Iniciar sesión con Microsoft</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Iniciar sesión con Google</translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message>
        <source>Outbox status</source>
        <translation>Estado de la bandeja de salida</translation>
    </message>
    <message>
        <source>Open the Outbox</source>
        <translation>Abrir la bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Compose Email…</source>
        <translation>Re&amp;dactar correo…</translation>
    </message>
    <message>
        <source>Write an email about the selected application</source>
        <translation>Escribir un correo sobre la solicitud seleccionada</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Bandeja de &amp;salida</translation>
    </message>
    <message>
        <source>See the emails waiting, sent and failed</source>
        <translation>Ver los correos en espera, enviados y fallidos</translation>
    </message>
    <message>
        <source>&amp;Send Waiting Emails</source>
        <translation>&amp;Enviar correos en espera</translation>
    </message>
    <message>
        <source>Send every email waiting in the outbox now</source>
        <translation>Enviar ahora todos los correos en espera de la bandeja de salida</translation>
    </message>
    <message>
        <source>Mail &amp;Accounts…</source>
        <translation>&amp;Cuentas de correo…</translation>
    </message>
    <message>
        <source>Add or change the account your emails are sent from</source>
        <translation>Añadir o cambiar la cuenta desde la que se envían sus correos</translation>
    </message>
    <message>
        <source>Saved in the outbox.</source>
        <translation>Guardado en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Already sending…</source>
        <translation>Ya se está enviando…</translation>
    </message>
    <message numerus="yes">
        <source>%n emails sent.</source>
        <translation>
            <numerusform>%n correo enviado.</numerusform>
            <numerusform>%n correos enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails could not be sent: see the Outbox.</source>
        <translation>
            <numerusform>No se pudo enviar %n correo: consulte la bandeja de salida.</numerusform>
            <numerusform>No se pudieron enviar %n correos: consulte la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent yet; it will be tried again later.</source>
        <translation>Aún no enviado; se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Nothing could be sent: add a mail account first (Mail › Mail Accounts).</source>
        <translation>No se pudo enviar nada: añada primero una cuenta de correo (Correo › Cuentas de correo).</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent.</source>
        <translation>No había nada esperando para enviarse.</translation>
    </message>
    <message>
        <source>Sign in again to send from “{name}” (Mail › Mail Accounts)</source>
        <translation>Vuelva a iniciar sesión para enviar desde “{name}” (Correo › Cuentas de correo)</translation>
    </message>
    <message>
        <source> · {n} held in the Outbox</source>
        <translation> · {n} retenidos en la bandeja de salida</translation>
    </message>
    <message numerus="yes">
        <source>%n emails need your attention — see the Outbox</source>
        <translation>
            <numerusform>%n correo requiere su atención: consulte la bandeja de salida</numerusform>
            <numerusform>%n correos requieren su atención: consulte la bandeja de salida</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} waiting</source>
        <translation> · {n} en espera</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message numerus="yes">
        <source>%n emails may have been sent — check the Outbox</source>
        <translation>
            <numerusform>Puede que se haya enviado %n correo: revise la bandeja de salida</numerusform>
            <numerusform>Puede que se hayan enviado %n correos: revise la bandeja de salida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails waiting in the outbox</source>
        <translation>
            <numerusform>%n correo en espera en la bandeja de salida</numerusform>
            <numerusform>%n correos en espera en la bandeja de salida</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Candidatura</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>C&amp;orreo</translation>
    </message>
    <message>
        <source>&amp;Reflect</source>
        <translation>&amp;Reflexión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Application…</source>
        <translation>&amp;Nueva candidatura…</translation>
    </message>
    <message>
        <source>Add an application</source>
        <translation>Añadir una solicitud</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Import applications from a spreadsheet&apos;s CSV export</source>
        <translation>Importar candidaturas desde la exportación CSV de una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export every application and its history to CSV</source>
        <translation>Exportar todas las candidaturas y su historial a CSV</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <source>Write interviews, next actions and reminders to an iCalendar (.ics) file</source>
        <translation>Guardar entrevistas, próximas acciones y recordatorios en un archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Import Interview &amp;Invitation…</source>
        <translation>Importar &amp;invitación a entrevista…</translation>
    </message>
    <message>
        <source>Add an interview to the selected application from a calendar invitation (.ics)</source>
        <translation>Añadir una entrevista a la candidatura seleccionada desde una invitación de calendario (.ics)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <source>Save a copy of your data in the backups folder</source>
        <translation>Guardar una copia de sus datos en la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>Replace your data with an earlier backup</source>
        <translation>Sustituir sus datos por una copia anterior</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Buscar solicitudes</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>Show applications as a table</source>
        <translation>Mostrar las candidaturas como tabla</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>T&amp;ablero</translation>
    </message>
    <message>
        <source>Show applications as cards in one column per stage</source>
        <translation>Mostrar las candidaturas como tarjetas, una columna por etapa</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>Panel de &amp;detalles</translation>
    </message>
    <message>
        <source>Show or hide the selected application&apos;s timeline and people</source>
        <translation>Mostrar u ocultar la cronología y las personas de la candidatura seleccionada</translation>
    </message>
    <message>
        <source>&amp;Edit Application…</source>
        <translation>&amp;Editar candidatura…</translation>
    </message>
    <message>
        <source>Edit the selected application</source>
        <translation>Editar la candidatura seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete Application</source>
        <translation>E&amp;liminar candidatura</translation>
    </message>
    <message>
        <source>Delete the selected application</source>
        <translation>Eliminar la candidatura seleccionada</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>Mover a la etapa &amp;anterior</translation>
    </message>
    <message>
        <source>Move the selected card one column to the left on the board</source>
        <translation>Mover la tarjeta seleccionada una columna a la izquierda en el tablero</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>Mover a la etapa &amp;siguiente</translation>
    </message>
    <message>
        <source>Move the selected card one column to the right on the board</source>
        <translation>Mover la tarjeta seleccionada una columna a la derecha en el tablero</translation>
    </message>
    <message>
        <source>Handle &amp;Rejection…</source>
        <translation>Afrontar un &amp;rechazo…</translation>
    </message>
    <message>
        <source>Work through a rejection step by step</source>
        <translation>Afrontar un rechazo paso a paso</translation>
    </message>
    <message>
        <source>&amp;About Next Move</source>
        <translation>&amp;Acerca de Next Move</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Search company, role, location, notes…</source>
        <translation>Buscar empresa, puesto, ubicación, notas…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Selected application</source>
        <translation>Solicitud seleccionada</translation>
    </message>
    <message>
        <source>Number of applications shown</source>
        <translation>Número de solicitudes mostradas</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Next Move</source>
        <translation>Next Move</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Show the folder with the log and crash reports</source>
        <translation>Mostrar la carpeta con el registro y los informes de errores</translation>
    </message>
    <message>
        <source>Could not open {folder}</source>
        <translation>No se pudo abrir {folder}</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Colours, language, date format, your details, goals and backups</source>
        <translation>Colores, idioma, formato de fecha, sus datos, objetivos y copias de seguridad</translation>
    </message>
    <message>
        <source>Add to &amp;Timeline…</source>
        <translation>Añadir a la &amp;cronología…</translation>
    </message>
    <message>
        <source>Add an entry to the selected application&apos;s timeline</source>
        <translation>Añadir una entrada a la cronología de la solicitud seleccionada</translation>
    </message>
    <message>
        <source>Add &amp;Contact…</source>
        <translation>Añadir con&amp;tacto…</translation>
    </message>
    <message>
        <source>Add a person to the selected application</source>
        <translation>Añadir una persona a la solicitud seleccionada</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>Abiertas (no cerradas)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Columns in your file</source>
        <translation>Columnas de su archivo</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Columna de su archivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Import column {name} as</source>
        <translation>Importar la columna {name} como</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Use the &amp;template again</source>
        <translation>Usar la &amp;plantilla de nuevo</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>(no email address yet — add one on the first page)</source>
        <translation>(aún no hay dirección de correo: añada una en la primera página)</translation>
    </message>
</context>
<context>
    <name>NextMovePage</name>
    <message>
        <source>Your next move</source>
        <translation>Su siguiente paso</translation>
    </message>
    <message>
        <source>Here is what you take away, and what you&apos;ll do next.</source>
        <translation>Esto es lo que se lleva y lo que hará a continuación.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Add an application to pursue</source>
        <translation>&amp;Añadir una solicitud por la que apostar</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source> applications a week</source>
        <translation> solicitudes por semana</translation>
    </message>
    <message>
        <source>Applications to pursue</source>
        <translation>Solicitudes por las que apostar</translation>
    </message>
    <message>
        <source>&amp;Weekly goal:</source>
        <translation>&amp;Objetivo semanal:</translation>
    </message>
    <message>
        <source>Your other open applications will show up here once you add some.</source>
        <translation>Sus otras solicitudes abiertas aparecerán aquí cuando añada alguna.</translation>
    </message>
    <message>
        <source>Application to pursue</source>
        <translation>Solicitud por la que apostar</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>e.g. Follow up with the recruiter</source>
        <translation>p. ej., Hacer seguimiento con la persona de selección</translation>
    </message>
    <message>
        <source>Next action date</source>
        <translation>Fecha de la próxima acción</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Quitar esta acción</translation>
    </message>
</context>
<context>
    <name>NoMatches</name>
    <message>
        <source>No matching applications</source>
        <translation>No hay solicitudes que coincidan</translation>
    </message>
    <message>
        <source>Show all applications</source>
        <translation>Mostrar todas las solicitudes</translation>
    </message>
    <message>
        <source>Clear the search and the status filter</source>
        <translation>Borrar la búsqueda y el filtro de estado</translation>
    </message>
    <message>
        <source>No applications in “{status}” match “{search}”.</source>
        <translation>Ninguna solicitud en “{status}” coincide con “{search}”.</translation>
    </message>
    <message>
        <source>No applications match “{search}”.</source>
        <translation>Ninguna solicitud coincide con “{search}”.</translation>
    </message>
    <message>
        <source>No applications in “{status}”.</source>
        <translation>No hay solicitudes en “{status}”.</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Next Move</source>
        <translation>Next Move</translation>
    </message>
    <message>
        <source>Show Next Move</source>
        <translation>Mostrar Next Move</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n things to do</source>
        <translation>
            <numerusform>%n tarea pendiente</numerusform>
            <numerusform>%n tareas pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Next Move — {what}</source>
        <translation>Next Move — {what}</translation>
    </message>
    <message numerus="yes">
        <source>Next Move: %n things to do</source>
        <translation>
            <numerusform>Next Move: %n tarea pendiente</numerusform>
            <numerusform>Next Move: %n tareas pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…y {n} más</translation>
    </message>
</context>
<context>
    <name>OAuthFields</name>
    <message>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <source>Show advanced sign-in settings</source>
        <translation>Mostrar la configuración avanzada de inicio de sesión</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Registered with the provider (see README)</source>
        <translation>Registrado con el proveedor (consulte el README)</translation>
    </message>
    <message>
        <source>Authorization address</source>
        <translation>Dirección de autorización</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Dirección del token</translation>
    </message>
    <message>
        <source>Revocation address</source>
        <translation>Dirección de revocación</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Authorization address:</source>
        <translation>Dirección de autorización:</translation>
    </message>
    <message>
        <source>Token address:</source>
        <translation>Dirección del token:</translation>
    </message>
    <message>
        <source>Revocation address:</source>
        <translation>Dirección de revocación:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Ámbitos:</translation>
    </message>
    <message>
        <source>Password (if your organisation allows it)</source>
        <translation>Contraseña (si su organización lo permite)</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in through the provider (OAuth2)</source>
        <translation>Iniciar sesión a través del proveedor (OAuth2)</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>May have been sent — check your Sent folder</source>
        <translation>Puede que se haya enviado: revise su carpeta de enviados</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En espera de reintento</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>No mail account yet</source>
        <translation>Aún no hay cuenta de correo</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Emails in the outbox</source>
        <translation>Correos en la bandeja de salida</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Preview of the selected email</source>
        <translation>Vista previa del correo seleccionado</translation>
    </message>
    <message>
        <source>Select an email to read it here.</source>
        <translation>Seleccione un correo para leerlo aquí.</translation>
    </message>
    <message>
        <source>Nothing here yet. Emails you write or queue from the rejection wizard wait here until they are sent.</source>
        <translation>Aún no hay nada aquí. Los correos que escriba o ponga en cola desde el asistente de rechazo esperan aquí hasta que se envían.</translation>
    </message>
    <message>
        <source>No mail account</source>
        <translation>No hay cuenta de correo</translation>
    </message>
    <message>
        <source>Send Waiting Now</source>
        <translation>Enviar en espera ahora</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <source>To: {to}</source>
        <translation>Para: {to}</translation>
    </message>
    <message>
        <source>About: {application}</source>
        <translation>Sobre: {application}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <source>Sent to {to}.</source>
        <translation>Enviado a {to}.</translation>
    </message>
    <message>
        <source>Next try at {time}. Last time: {reason}</source>
        <translation>Próximo intento: {time}. Última vez: {reason}</translation>
    </message>
    <message>
        <source>{state}: {reason} Sign in again in Mail › Mail Accounts; the email then leaves with Send Waiting Now.</source>
        <translation>{state}: {reason} Vuelva a iniciar sesión en Correo › Cuentas de correo; después el correo saldrá con Enviar en espera ahora.</translation>
    </message>
    <message>
        <source>{state}: {reason} Fix the account in Mail › Mail Accounts (Test Connection helps), then choose Send Waiting Now.</source>
        <translation>{state}: {reason} Corrija la cuenta en Correo › Cuentas de correo (Probar conexión ayuda) y luego elija Enviar en espera ahora.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>¿Reenviar?</translation>
    </message>
    <message>
        <source>Next Move cannot tell whether this email left before it was interrupted. Send it again only if it is not in your Sent folder.</source>
        <translation>Next Move no puede saber si este correo salió antes de que se interrumpiera. Vuelva a enviarlo solo si no está en su carpeta de enviados.</translation>
    </message>
    <message>
        <source>Delete email</source>
        <translation>Eliminar correo</translation>
    </message>
    <message>
        <source>Delete the email to {to}? It has not been sent.</source>
        <translation>¿Eliminar el correo para {to}? No se ha enviado.</translation>
    </message>
</context>
<context>
    <name>PostingForm</name>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salario</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Publicado el</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Cierra el</translation>
    </message>
    <message>
        <source>Job link</source>
        <translation>Enlace del empleo</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Descripción del puesto</translation>
    </message>
    <message>
        <source>The posting&apos;s text, kept as it is today</source>
        <translation>El texto del anuncio, guardado tal como está hoy</translation>
    </message>
    <message>
        <source>&amp;Company *</source>
        <translation>&amp;Empresa *</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>&amp;Puesto *</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>Sa&amp;lary</source>
        <translation>&amp;Salario</translation>
    </message>
    <message>
        <source>&amp;Posted on</source>
        <translation>Pu&amp;blicado el</translation>
    </message>
    <message>
        <source>Closes o&amp;n</source>
        <translation>Cie&amp;rra el</translation>
    </message>
    <message>
        <source>Job &amp;link</source>
        <translation>E&amp;nlace del empleo</translation>
    </message>
    <message>
        <source>Job &amp;description</source>
        <translation>&amp;Descripción del puesto</translation>
    </message>
    <message>
        <source>Where this came from</source>
        <translation>De dónde salió esto</translation>
    </message>
    <message>
        <source>edited by you</source>
        <translation>editado por usted</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>As your system writes dates</source>
        <translation>Como su sistema escribe las fechas</translation>
    </message>
    <message>
        <source>Day, abbreviated month, year</source>
        <translation>Día, mes abreviado, año</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Día/mes/año</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Mes/día/año</translation>
    </message>
    <message>
        <source>Day.month.year</source>
        <translation>Día.mes.año</translation>
    </message>
    <message>
        <source>Year-month-day (ISO 8601)</source>
        <translation>Año-mes-día (ISO 8601)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>System default ({example})</source>
        <translation>Predeterminado del sistema ({example})</translation>
    </message>
    <message>
        <source>Typing a date accepts every format, as well as today, +3d or a weekday.</source>
        <translation>Al escribir una fecha se acepta cualquier formato, además de today, +3d o un día de la semana.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light or dark, as your desktop is</source>
        <translation>Claro u oscuro, según su escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Siempre claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Siempre oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language shows the next time Next Move starts.</source>
        <translation>Un idioma nuevo se muestra la próxima vez que se inicie Next Move.</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source> applications a week</source>
        <translation> solicitudes por semana</translation>
    </message>
    <message>
        <source>You set a weekly goal at the end of your first reflection.</source>
        <translation>El objetivo semanal se fija al final de su primera reflexión.</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Copias conservadas</translation>
    </message>
    <message>
        <source>Daily backups beyond this many are deleted, the oldest first.</source>
        <translation>Las copias diarias que superen este número se eliminan, empezando por las más antiguas.</translation>
    </message>
    <message>
        <source>Goals and backups</source>
        <translation>Objetivos y copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Weekly goal:</source>
        <translation>&amp;Objetivo semanal:</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Copias conservadas:</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Idioma de las plantillas</translation>
    </message>
    <message>
        <source>The language of the emails Next Move drafts for you.</source>
        <translation>El idioma de los correos que Next Move redacta por usted.</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Plantillas de correo</translation>
    </message>
    <message>
        <source>&amp;Write emails in:</source>
        <translation>&amp;Escribir correos en:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>e.g. Alex Morgan</source>
        <translation>p. ej., Alex Morgan</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Best regards,
Alex Morgan
+44 7700 900123</source>
        <translation>Saludos cordiales,
Alex Morgan
+44 7700 900123</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Show &amp;dates as:</source>
        <translation>Mostrar las &amp;fechas como:</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>Fir&amp;ma:</translation>
    </message>
    <message>
        <source>Used to sign the emails Next Move writes for you.</source>
        <translation>Se usa para firmar los correos que Next Move escribe por usted.</translation>
    </message>
</context>
<context>
    <name>ReflectPage</name>
    <message>
        <source>Reflect on each stage</source>
        <translation>Reflexione sobre cada etapa</translation>
    </message>
    <message>
        <source>Go through the process one stage at a time and score yourself honestly: 1 is rough, 5 is your best. Add or remove stages so the list matches what really happened.</source>
        <translation>Repase el proceso etapa por etapa y puntúese con honestidad: 1 es flojo, 5 es lo mejor de usted. Añada o quite etapas para que la lista refleje lo que realmente ocurrió.</translation>
    </message>
    <message>
        <source>Celebrate and repeat</source>
        <translation>Celebrar y repetir</translation>
    </message>
    <message>
        <source>Worth improving</source>
        <translation>Vale la pena mejorar</translation>
    </message>
    <message>
        <source>Score a stage 4 or 5 to see it here.</source>
        <translation>Puntúe una etapa con 4 o 5 para verla aquí.</translation>
    </message>
    <message>
        <source>Nothing stands out. Well done.</source>
        <translation>Nada destaca. Bien hecho.</translation>
    </message>
    <message>
        <source>Score a stage to see what is worth working on.</source>
        <translation>Puntúe una etapa para ver qué vale la pena trabajar.</translation>
    </message>
</context>
<context>
    <name>ReflectionsDialog</name>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>Unfinished reflections</source>
        <translation>Reflexiones sin terminar</translation>
    </message>
    <message>
        <source>Finished reflections</source>
        <translation>Reflexiones terminadas</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>Unfinished — pick up where you left off</source>
        <translation>Sin terminar: continúe donde lo dejó</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>Nothing left half-way.</source>
        <translation>No ha quedado nada a medias.</translation>
    </message>
    <message>
        <source>Reflections you finish are kept here, to reread and export.</source>
        <translation>Las reflexiones que termine se guardan aquí para releerlas y exportarlas.</translation>
    </message>
    <message>
        <source>{company} — {role}
Step {step} of 9 · {when}</source>
        <translation>{company} — {role}
Paso {step} de 9 · {when}</translation>
    </message>
    <message>
        <source>{company} — {role}
Finished {when}</source>
        <translation>{company} — {role}
Terminada el {when}</translation>
    </message>
    <message>
        <source>Discard this reflection?</source>
        <translation>¿Descartar esta reflexión?</translation>
    </message>
    <message>
        <source>Your answers in this unfinished reflection will be deleted.</source>
        <translation>Se eliminarán sus respuestas de esta reflexión sin terminar.</translation>
    </message>
</context>
<context>
    <name>RejectionNotice</name>
    <message>
        <source>Rejection</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>Reflect now…</source>
        <translation>Reflexionar ahora…</translation>
    </message>
    <message>
        <source>Reflect on this rejection now</source>
        <translation>Reflexionar ahora sobre este rechazo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Sorry about {what}. Reflecting on it now helps the next application. Want to go through it?</source>
        <translation>Sentimos lo ocurrido con {what}. Reflexionar ahora le ayudará en la próxima solicitud. ¿Quiere repasarlo?</translation>
    </message>
</context>
<context>
    <name>RejectionWizard</name>
    <message>
        <source>Handle a rejection</source>
        <translation>Afrontar un rechazo</translation>
    </message>
    <message>
        <source>Handle rejection — {role} at {company}</source>
        <translation>Afrontar el rechazo — {role} en {company}</translation>
    </message>
    <message>
        <source>&amp;Save and Close</source>
        <translation>&amp;Guardar y cerrar</translation>
    </message>
    <message>
        <source>Page {page} needs an answer first: {detail}</source>
        <translation>Primero hay que responder en la página {page}: {detail}</translation>
    </message>
    <message>
        <source>This application was deleted, so the reflection cannot be saved.</source>
        <translation>Esta solicitud se eliminó, así que la reflexión no se puede guardar.</translation>
    </message>
    <message>
        <source>Your answers are saved as a draft. Resume it any time from Reflect ▸ Reflections…

Press Escape again to close.</source>
        <translation>Sus respuestas se guardan como borrador. Retómelo cuando quiera desde Reflexionar ▸ Reflexiones…

Pulse Escape de nuevo para cerrar.</translation>
    </message>
</context>
<context>
    <name>RemindersPreferences</name>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Tray</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Suggest a follow-up after</source>
        <translation>Sugerir un seguimiento tras</translation>
    </message>
    <message>
        <source>Days with no answer before a follow-up</source>
        <translation>Días sin respuesta antes de un seguimiento</translation>
    </message>
    <message>
        <source>Suggest marking as ghosted after</source>
        <translation>Sugerir «sin respuesta» tras</translation>
    </message>
    <message>
        <source>Days with no activity before marking as ghosted</source>
        <translation>Días sin actividad antes de «sin respuesta»</translation>
    </message>
    <message>
        <source>A thank-you after an interview (the same or next day)</source>
        <translation>Un agradecimiento tras una entrevista (el mismo día o el siguiente)</translation>
    </message>
    <message>
        <source>A hello when a keep-in-touch date comes</source>
        <translation>Un saludo cuando llega una fecha para seguir en contacto</translation>
    </message>
    <message>
        <source>A learning goal that is due</source>
        <translation>Un objetivo de aprendizaje que vence</translation>
    </message>
    <message>
        <source>with no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>with no activity</source>
        <translation>sin actividad</translation>
    </message>
    <message>
        <source>Shown under Suggested in the Goals and Reminders panel.</source>
        <translation>Se muestran en «Sugerencias» del panel Objetivos y recordatorios.</translation>
    </message>
    <message>
        <source>Show the icon in the system tray</source>
        <translation>Mostrar el icono en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Seguir en la bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <source>The tray icon tells you when something is due; while the window is closed, Show Next Move brings it back and Quit ends the app.</source>
        <translation>El icono de la bandeja avisa cuando algo vence; con la ventana cerrada, «Mostrar Next Move» la recupera y «Salir» cierra la aplicación.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: what is due shows in the window.</source>
        <translation>Este escritorio no tiene bandeja del sistema: lo pendiente se muestra en la ventana.</translation>
    </message>
    <message>
        <source>Keep a calendar file up to date in this folder:</source>
        <translation>Mantener un archivo de calendario actualizado en esta carpeta:</translation>
    </message>
    <message>
        <source>Calendar folder</source>
        <translation>Carpeta del calendario</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>{name} there is rewritten after every change, for a calendar app that subscribes to it.</source>
        <translation>{name} se reescribe allí tras cada cambio, para una aplicación de calendario que se suscriba a él.</translation>
    </message>
    <message>
        <source>Keep the calendar file in</source>
        <translation>Guardar el archivo de calendario en</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>The insights could not be read; see the log for details.</source>
        <translation>No se pudieron leer los análisis; consulte el registro para más detalles.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Reflection report</source>
        <translation>Informe de la reflexión</translation>
    </message>
    <message>
        <source>Reflection — {title}</source>
        <translation>Reflexión — {title}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Feedback &amp;Arrived…</source>
        <translation>Llegaron los &amp;comentarios…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar &amp;Markdown…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export reflection</source>
        <translation>Exportar reflexión</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}</source>
        <translation>No se pudo guardar en {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved to {name}</source>
        <translation>Guardado en {name}</translation>
    </message>
    <message>
        <source>Feedback saved. Thank them when you can.</source>
        <translation>Comentarios guardados. Deles las gracias cuando pueda.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose a Backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Next Move backups (*.sqlite3);;All files (*)</source>
        <translation>Copias de seguridad de Next Move (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. Your data as it is now is backed up first, so you can undo this by restoring that backup.</source>
        <translation>Elija la copia de seguridad que quiere recuperar. Antes se hace una copia de sus datos tal como están ahora, así que puede deshacer esto restaurando esa copia.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Creada el</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>No backups yet. Use Choose File… to restore another copy.</source>
        <translation>Aún no hay copias de seguridad. Use Elegir archivo… para restaurar otra copia.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Elegir archivo…</translation>
    </message>
</context>
<context>
    <name>RowLoading</name>
    <message>
        <source>Loading applications…</source>
        <translation>Cargando solicitudes…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>1 application</source>
        <translation>1 solicitud</translation>
    </message>
    <message>
        <source>{total} applications</source>
        <translation>{total} solicitudes</translation>
    </message>
    <message>
        <source>{shown} of {total} applications</source>
        <translation>{shown} de {total} solicitudes</translation>
    </message>
</context>
<context>
    <name>ScoreButtons</name>
    <message>
        <source>Went badly</source>
        <translation>Fue mal</translation>
    </message>
    <message>
        <source>Below what I can do</source>
        <translation>Por debajo de lo que puedo hacer</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Fue bien</translation>
    </message>
    <message>
        <source>Went very well</source>
        <translation>Fue muy bien</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>Bastante</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Mucho</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Muchísimo</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Signed in. This account is ready to send.</source>
        <translation>Sesión iniciada. Esta cuenta está lista para enviar.</translation>
    </message>
    <message>
        <source>Signing in was cancelled. Nothing was changed.</source>
        <translation>Se canceló el inicio de sesión. No se cambió nada.</translation>
    </message>
    <message>
        <source>No sign-in arrived within 5 minutes. Click the button to try again.</source>
        <translation>No se completó ningún inicio de sesión en 5 minutos. Haga clic en el botón para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <source>Research and preparation</source>
        <translation>Investigación y preparación</translation>
    </message>
    <message>
        <source>Application materials</source>
        <translation>Documentos de la candidatura</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Llamada de preselección</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Interview round {number}</source>
        <translation>Entrevista, ronda {number}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>How it went (1-5)</source>
        <translation>Cómo fue (1-5)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Add a stage</source>
        <translation>&amp;Añadir una etapa</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nombre de la etapa</translation>
    </message>
    <message>
        <source>Score for {stage}</source>
        <translation>Puntuación de {stage}</translation>
    </message>
    <message>
        <source>Note for {stage}</source>
        <translation>Nota de {stage}</translation>
    </message>
    <message>
        <source>What happened, how you felt</source>
        <translation>Qué pasó, cómo se sintió</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this stage</source>
        <translation>Quitar esta etapa</translation>
    </message>
</context>
<context>
    <name>StepBackPage</name>
    <message>
        <source>Take a step back</source>
        <translation>Tome distancia</translation>
    </message>
    <message>
        <source>Was this role really right for you? Your answer shapes where you look next.</source>
        <translation>¿Era este puesto realmente adecuado para usted? Su respuesta determina dónde buscará a continuación.</translation>
    </message>
    <message>
        <source>Applied for the right reasons</source>
        <translation>Se presentó por los motivos correctos</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Aún no lo sé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>How much it excited you</source>
        <translation>Cuánto le entusiasmó</translation>
    </message>
    <message>
        <source>Values and skills</source>
        <translation>Valores y habilidades</translation>
    </message>
    <message>
        <source>Which of your values and skills matched the job description, and which not?</source>
        <translation>¿Cuáles de sus valores y habilidades coincidían con la descripción del puesto, y cuáles no?</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Qué salió bien</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Qué podría mejorar</translation>
    </message>
    <message>
        <source>Saved job description</source>
        <translation>Descripción del puesto guardada</translation>
    </message>
    <message>
        <source>No job description was saved with this application.</source>
        <translation>No se guardó ninguna descripción del puesto con esta solicitud.</translation>
    </message>
    <message>
        <source>It was right for me: keep looking for si&amp;milar roles</source>
        <translation>Era adecuado para mí: seguir buscando puestos &amp;similares</translation>
    </message>
    <message>
        <source>&amp;Adjust my direction</source>
        <translation>&amp;Ajustar mi rumbo</translation>
    </message>
    <message>
        <source>Did you apply for the &amp;right reasons?</source>
        <translation>¿Se presentó por los motivos &amp;correctos?</translation>
    </message>
    <message>
        <source>How much did it e&amp;xcite you?</source>
        <translation>¿Cuánto le e&amp;ntusiasmó?</translation>
    </message>
    <message>
        <source>The &amp;job description you saved:</source>
        <translation>La descripción del &amp;puesto que guardó:</translation>
    </message>
    <message>
        <source>&amp;Values and skills:</source>
        <translation>&amp;Valores y habilidades:</translation>
    </message>
    <message>
        <source>What went &amp;well:</source>
        <translation>Qué salió &amp;bien:</translation>
    </message>
    <message>
        <source>What &amp;could be better:</source>
        <translation>Qué po&amp;dría mejorar:</translation>
    </message>
    <message>
        <source>How do you want to go on?</source>
        <translation>¿Cómo quiere continuar?</translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <source>The email had already been sent; it cannot be taken back.</source>
        <translation>El correo ya se había enviado; no se puede recuperar.</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Suggested</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Snooze “{what}” for a day</source>
        <translation>Posponer “{what}” un día</translation>
    </message>
    <message>
        <source>Snooze “{what}” for a week</source>
        <translation>Posponer “{what}” una semana</translation>
    </message>
    <message>
        <source>Snoozed — it comes back on {day:%d %b}</source>
        <translation>Pospuesto: volverá el {day:%d %b}</translation>
    </message>
    <message>
        <source>Dismiss “{what}”</source>
        <translation>Descartar “{what}”</translation>
    </message>
    <message>
        <source>Dismissed — Undo with Ctrl+Z</source>
        <translation>Descartado — Deshacer con Ctrl+Z</translation>
    </message>
    <message>
        <source>Mark “{skill}” done</source>
        <translation>Marcar “{skill}” como hecho</translation>
    </message>
    <message>
        <source>Learning goal done — well done</source>
        <translation>Objetivo de aprendizaje cumplido: ¡bien hecho!</translation>
    </message>
    <message>
        <source>Queue the email for “{what}”</source>
        <translation>Poner en cola el correo para “{what}”</translation>
    </message>
    <message>
        <source>Queued for {to} — it waits in the outbox</source>
        <translation>En cola para {to}: espera en la bandeja de salida</translation>
    </message>
    <message>
        <source>No email address known yet: the draft waits in the outbox</source>
        <translation>Aún no se conoce ninguna dirección de correo: el borrador espera en la bandeja de salida</translation>
    </message>
    <message>
        <source>Marked as ghosted — Undo with Ctrl+Z</source>
        <translation>Marcada como sin respuesta — Deshacer con Ctrl+Z</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>there</source>
        <translation>equipo</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggested</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Suggested next steps</source>
        <translation>Próximos pasos sugeridos</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Hacerlo</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>Durante 1 día</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Durante 1 semana</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Nothing to suggest right now.</source>
        <translation>No hay nada que sugerir por ahora.</translation>
    </message>
    <message>
        <source>Follow up on {where}: no answer for {days} days</source>
        <translation>Hacer seguimiento de {where}: sin respuesta desde hace {days} días</translation>
    </message>
    <message>
        <source>Thank {company} for the interview</source>
        <translation>Agradecer a {company} la entrevista</translation>
    </message>
    <message>
        <source>No news from {where} for {days} days: mark as ghosted?</source>
        <translation>Sin noticias de {where} desde hace {days} días: ¿marcar como sin respuesta?</translation>
    </message>
    <message>
        <source>your contact</source>
        <translation>su contacto</translation>
    </message>
    <message>
        <source>Say hello to {who}{at}</source>
        <translation>Saludar a {who}{at}</translation>
    </message>
    <message>
        <source>Learning goal due: {skill}</source>
        <translation>Objetivo de aprendizaje pendiente: {skill}</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a drafted email (no address known yet)</source>
        <translation>Abrir un borrador de correo (aún no se conoce la dirección)</translation>
    </message>
    <message>
        <source>Queue a drafted email to {who}</source>
        <translation>Poner en cola un borrador de correo para {who}</translation>
    </message>
    <message>
        <source>Mark the application as ghosted</source>
        <translation>Marcar la solicitud como sin respuesta</translation>
    </message>
    <message>
        <source>Mark the learning goal as done</source>
        <translation>Marcar el objetivo de aprendizaje como cumplido</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <source>Replace your message?</source>
        <translation>¿Reemplazar su mensaje?</translation>
    </message>
    <message>
        <source>Start again from the “{name}” template? What you wrote will be replaced (Undo in the message brings it back).</source>
        <translation>¿Empezar de nuevo desde la plantilla “{name}”? Lo que escribió se reemplazará (Deshacer en el mensaje lo recupera).</translation>
    </message>
</context>
<context>
    <name>TemplateCombo</name>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Ask for feedback</source>
        <translation>Pedir opinión</translation>
    </message>
    <message>
        <source>Ask for more specific feedback</source>
        <translation>Pedir una opinión más concreta</translation>
    </message>
    <message>
        <source>Thanks for the feedback</source>
        <translation>Gracias por la opinión</translation>
    </message>
    <message>
        <source>Thank-you (don&apos;t burn your bridges)</source>
        <translation>Agradecimiento (no quemar puentes)</translation>
    </message>
    <message>
        <source>Talk to the experts</source>
        <translation>Hable con personas expertas</translation>
    </message>
    <message>
        <source>Follow-up on an application</source>
        <translation>Seguimiento de una candidatura</translation>
    </message>
    <message>
        <source>Thank you after an interview</source>
        <translation>Agradecimiento tras una entrevista</translation>
    </message>
    <message>
        <source>Thank you for an offer</source>
        <translation>Gracias por una oferta</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Seguir en contacto</translation>
    </message>
    <message>
        <source>Email Templates</source>
        <translation>Plantillas de correo</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Plantillas de correo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Placeholders: </source>
        <translation>Marcadores: </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Restore the Original</source>
        <translation>&amp;Restaurar el original</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Cuerpo:</translation>
    </message>
    <message>
        <source>Preview (with example names)</source>
        <translation>Vista previa (con nombres de ejemplo)</translation>
    </message>
    <message>
        <source>Placeholders you can use: {names}.</source>
        <translation>Marcadores que puede usar: {names}.</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <source>Give the email a subject.</source>
        <translation>Ponga un asunto al correo.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>Guardar &amp;de todos modos</translation>
    </message>
    <message>
        <source>Not saved: check the placeholders marked above. To keep the braces as written, press Save Anyway.</source>
        <translation>No guardado: revise los marcadores señalados arriba. Para mantener las llaves tal como están escritas, pulse Guardar de todos modos.</translation>
    </message>
    <message>
        <source>Saved. New emails will use this text.</source>
        <translation>Guardado. Los correos nuevos usarán este texto.</translation>
    </message>
    <message>
        <source>The original text is back.</source>
        <translation>Se ha recuperado el texto original.</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add an entry to the timeline</source>
        <translation>Añadir una entrada a la cronología</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Editar la entrada seleccionada</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Eliminar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Interview (round {round})</source>
        <translation>Entrevista (ronda {round})</translation>
    </message>
    <message>
        <source>{time} ({minutes} min)</source>
        <translation>{time} ({minutes} min)</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>con {names}</translation>
    </message>
</context>
<context>
    <name>TrackerColumns</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>TrackerCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Añadir {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <source>Mark {name} as {status}</source>
        <translation>Marcar {name} como {status}</translation>
    </message>
    <message>
        <source>Add “{what}” to {name}</source>
        <translation>Añadir “{what}” a {name}</translation>
    </message>
    <message>
        <source>Delete “{what}”</source>
        <translation>Eliminar “{what}”</translation>
    </message>
    <message>
        <source>Edit “{what}”</source>
        <translation>Editar “{what}”</translation>
    </message>
</context>
<context>
    <name>TrackerDelegate</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>TrackerEditing</name>
    <message>
        <source>Saved {name}</source>
        <translation>Se guardó a {name}</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Se añadió a {name}</translation>
    </message>
    <message>
        <source>Deleted {name} — Undo with Ctrl+Z</source>
        <translation>Se eliminó {name} — Deshacer con Ctrl+Z</translation>
    </message>
    <message>
        <source>{name} is now {status}</source>
        <translation>{name} ahora está en {status}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Vencido hace 1 día</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>Vencido hace {days} días</translation>
    </message>
</context>
<context>
    <name>TrackerTable</name>
    <message>
        <source>Applications</source>
        <translation>Solicitudes</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Undone: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Rehecho: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Deshacer {what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Rehacer {what}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>UpskillPage</name>
    <message>
        <source>Upskill</source>
        <translation>Mejore sus habilidades</translation>
    </message>
    <message>
        <source>Every rejection points at something you can grow. Pick a skill, a course or a certification, and give yourself a date.</source>
        <translation>Cada rechazo señala algo en lo que puede crecer. Elija una habilidad, un curso o una certificación, y póngase una fecha.</translation>
    </message>
    <message>
        <source>&amp;Add a learning goal</source>
        <translation>&amp;Añadir un objetivo de aprendizaje</translation>
    </message>
    <message>
        <source>Add the su&amp;ggestion</source>
        <translation>Añadir la &amp;sugerencia</translation>
    </message>
    <message>
        <source>Suggested from your lowest-rated stage: {names}</source>
        <translation>Sugerido a partir de su etapa peor valorada: {names}</translation>
    </message>
    <message>
        <source>Add any skill you would like to strengthen.</source>
        <translation>Añada cualquier habilidad que quiera reforzar.</translation>
    </message>
    <message>
        <source>Score a stage on the Reflect page to get a suggestion.</source>
        <translation>Puntúe una etapa en la página “Reflexione sobre cada etapa” para recibir una sugerencia.</translation>
    </message>
    <message>
        <source>The suggestion is already in your list.</source>
        <translation>La sugerencia ya está en su lista.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Applications per week</source>
        <translation>Solicitudes por semana</translation>
    </message>
    <message>
        <source>Applications you send in the last twelve weeks will be counted here week by week, next to the weekly goal you set at the end of a reflection.</source>
        <translation>Aquí se contarán, semana a semana, las solicitudes que envíe en las últimas doce semanas, junto al objetivo semanal que fije al final de una reflexión.</translation>
    </message>
    <message>
        <source>week of {day}: {count}</source>
        <translation>semana del {day}: {count}</translation>
    </message>
    <message>
        <source>goal: {goal} a week</source>
        <translation>objetivo: {goal} por semana</translation>
    </message>
    <message>
        <source>Week of {day}: {count} sent</source>
        <translation>Semana del {day}: {count} enviadas</translation>
    </message>
</context>
<context>
    <name>WhatHappenedPage</name>
    <message>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Llamada de preselección</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Interview round 1</source>
        <translation>Entrevista, ronda 1</translation>
    </message>
    <message>
        <source>Interview round 2</source>
        <translation>Entrevista, ronda 2</translation>
    </message>
    <message>
        <source>Interview round 3</source>
        <translation>Entrevista, ronda 3</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Start with the facts. It helps to put them down while they are fresh.</source>
        <translation>Empiece por los hechos. Ayuda anotarlos mientras están frescos.</translation>
    </message>
    <message>
        <source>{role} at {company}</source>
        <translation>{role} en {company}</translation>
    </message>
    <message>
        <source>You cannot have heard back in the future.</source>
        <translation>No puede haber recibido respuesta en el futuro.</translation>
    </message>
    <message>
        <source>When you heard back</source>
        <translation>Cuándo recibió respuesta</translation>
    </message>
    <message>
        <source>How the news came</source>
        <translation>Cómo le llegó la noticia</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Etapa alcanzada</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motivo indicado</translation>
    </message>
    <message>
        <source>Their words, if they gave a reason (optional)</source>
        <translation>Sus palabras, si dieron un motivo (opcional)</translation>
    </message>
    <message>
        <source>Who told you</source>
        <translation>Quién se lo comunicó</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo del contacto</translation>
    </message>
    <message>
        <source>name@company.com (for the emails)</source>
        <translation>nombre@empresa.com (para los correos)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>How you sign your emails</source>
        <translation>Cómo firma sus correos</translation>
    </message>
    <message>
        <source>When did you &amp;hear back?</source>
        <translation>¿Cuándo recibió &amp;respuesta?</translation>
    </message>
    <message>
        <source>How did the news &amp;come?</source>
        <translation>¿Cómo le &amp;llegó la noticia?</translation>
    </message>
    <message>
        <source>How &amp;far did you get?</source>
        <translation>¿Hasta &amp;dónde llegó?</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>Mo&amp;tivo indicado:</translation>
    </message>
    <message>
        <source>&amp;Who told you?</source>
        <translation>¿&amp;Quién se lo comunicó?</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>&amp;Goals and Reminders</source>
        <translation>&amp;Objetivos y recordatorios</translation>
    </message>
    <message>
        <source>&amp;Reflections…</source>
        <translation>&amp;Reflexiones…</translation>
    </message>
    <message>
        <source>&amp;Insights…</source>
        <translation>&amp;Análisis…</translation>
    </message>
    <message>
        <source>Email &amp;Templates…</source>
        <translation>&amp;Plantillas de correo…</translation>
    </message>
    <message>
        <source>That application no longer exists.</source>
        <translation>Esa solicitud ya no existe.</translation>
    </message>
    <message>
        <source>Select an application first, or resume one from Reflect ▸ Reflections.</source>
        <translation>Seleccione primero una solicitud, o retome una desde Reflexionar ▸ Reflexiones.</translation>
    </message>
    <message>
        <source>Reflection saved. Any emails you queued are waiting in the outbox.</source>
        <translation>Reflexión guardada. Los correos que puso en cola esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Draft saved — resume it from Reflect ▸ Reflections…</source>
        <translation>Borrador guardado: retómelo desde Reflexionar ▸ Reflexiones…</translation>
    </message>
    <message>
        <source>{role} at {company}</source>
        <translation>{role} en {company}</translation>
    </message>
</context>
<context>
    <name>WizardSteps</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por usted</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
</context>
<context>
    <name>inbox</name>
    <message>
        <source>Match the email to another application</source>
        <translation>Asignar el correo a otra solicitud</translation>
    </message>
    <message>
        <source>Record the feedback that arrived</source>
        <translation>Registrar los comentarios recibidos</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Could not write {file}: check that the folder is writable.</source>
        <translation>No se pudo escribir {file}: compruebe que se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Next Move cannot open your data</source>
        <translation>Next Move no puede abrir sus datos</translation>
    </message>
    <message>
        <source>Another Next Move command ({command}) is using this data folder:
{folder}

Wait for it to finish, then start Next Move again.</source>
        <translation>Otro comando de Next Move ({command}) está usando esta carpeta de datos:
{folder}

Espere a que termine y luego inicie Next Move de nuevo.</translation>
    </message>
    <message>
        <source>Next Move is busy</source>
        <translation>Next Move está ocupado</translation>
    </message>
    <message>
        <source>Next Move is already open with this data folder:
{folder}

Switch to its window, or quit it and start Next Move again.</source>
        <translation>Next Move ya está abierto con esta carpeta de datos:
{folder}

Cambie a su ventana, o ciérrelo e inicie Next Move de nuevo.</translation>
    </message>
    <message>
        <source>Next Move is already running</source>
        <translation>Next Move ya se está ejecutando</translation>
    </message>
    <message>
        <source>Next Move could not lock its data folder:
{folder}

Check that you may write to it.</source>
        <translation>Next Move no pudo bloquear su carpeta de datos:
{folder}

Compruebe que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>This data needs a newer Next Move</source>
        <translation>Estos datos necesitan una versión más reciente de Next Move</translation>
    </message>
    <message>
        <source>Next Move could not open its data in
{folder}

The file has not been changed. ({reason})</source>
        <translation>Next Move no pudo abrir sus datos en
{folder}

El archivo no se ha modificado. ({reason})</translation>
    </message>
    <message>
        <source>Next Move could not read its data file: it is damaged or is not a Next Move database.</source>
        <translation>Next Move no pudo leer su archivo de datos: está dañado o no es una base de datos de Next Move.</translation>
    </message>
    <message>
        <source>The most recent good backup is from {when}.</source>
        <translation>La copia de seguridad válida más reciente es del {when}.</translation>
    </message>
    <message>
        <source>Restore Backup from {when}</source>
        <translation>Restaurar la copia del {when}</translation>
    </message>
    <message>
        <source>There is no backup to restore from.</source>
        <translation>No hay ninguna copia de seguridad desde la que restaurar.</translation>
    </message>
    <message>
        <source>If you restore the backup or start with an empty database, the damaged file</source>
        <translation>Si restaura la copia de seguridad o empieza con una base de datos vacía, el archivo dañado</translation>
    </message>
    <message>
        <source>If you start with an empty database, the damaged file</source>
        <translation>Si empieza con una base de datos vacía, el archivo dañado</translation>
    </message>
    <message>
        <source>{kept} is kept: it is renamed, with “damaged” and today’s date added to its name, in
{folder}</source>
        <translation>{kept} se conserva: se le cambia el nombre, añadiendo “dañado” y la fecha de hoy, en
{folder}</translation>
    </message>
    <message>
        <source>Quit leaves the file untouched; Next Move asks again when it next starts.</source>
        <translation>Salir deja el archivo intacto; Next Move volverá a preguntar la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Start with an Empty Database</source>
        <translation>Empezar con una base de datos vacía</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Su archivo de datos está dañado</translation>
    </message>
    <message>
        <source>Next Move keeps its data in a folder, but this is a file:
{file}

Start Next Move with a folder instead.</source>
        <translation>Next Move guarda sus datos en una carpeta, pero esto es un archivo:
{file}

Inicie Next Move con una carpeta.</translation>
    </message>
    <message>
        <source>Next Move could not use its data folder:
{folder}

{reason}</source>
        <translation>Next Move no pudo usar su carpeta de datos:
{folder}

{reason}</translation>
    </message>
</context>
</TS>
