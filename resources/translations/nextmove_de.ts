<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Next Move</source>
        <translation>Über Next Move</translation>
    </message>
    <message>
        <source>Next Move {version}

Track your applications, learn from every rejection, and plan your next move.</source>
        <translation>Next Move {version}

Behalten Sie Ihre Bewerbungen im Blick, lernen Sie aus jeder Absage und planen Sie Ihren nächsten Schritt.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail accounts</source>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <source>Mail Accounts</source>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Remove Account…</source>
        <translation>Konto entfernen…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Add a new account…</source>
        <translation>Neues Konto hinzufügen…</translation>
    </message>
    <message>
        <source>The provider no longer accepts this account&apos;s sign-in: sign in again. Its emails wait in the outbox until you do.</source>
        <translation>Der Anbieter akzeptiert die Anmeldung dieses Kontos nicht mehr: Melden Sie sich erneut an. Bis dahin warten seine E-Mails im Postausgang.</translation>
    </message>
    <message>
        <source>Sign in first: then the test can sign in too.</source>
        <translation>Melden Sie sich zuerst an: Dann kann sich auch der Test anmelden.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Verbindung zu {host} wird hergestellt…</translation>
    </message>
    <message>
        <source>Signed in. This account is ready to send.</source>
        <translation>Angemeldet. Dieses Konto ist bereit zum Senden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>nur für diese Sitzung</translation>
    </message>
    <message>
        <source>in your system keyring</source>
        <translation>im Schlüsselbund Ihres Systems</translation>
    </message>
    <message>
        <source>Saved. Now click “{button}” to sign in.</source>
        <translation>Gespeichert. Klicken Sie jetzt auf „{button}“, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Saved. The password is kept {where}.</source>
        <translation>Gespeichert. Das Passwort wird {where} aufbewahrt.</translation>
    </message>
    <message>
        <source>Remove “{name}” and forget its password? Emails already sent stay in the outbox&apos;s history.</source>
        <translation>„{name}“ entfernen und sein Passwort vergessen? Bereits gesendete E-Mails bleiben im Verlauf des Postausgangs.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Konto entfernt.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser (up to 5 minutes)…</source>
        <translation>Warten auf Ihre Anmeldung im Browser (bis zu 5 Minuten)…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address to sign in:</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse, um sich anzumelden:</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Work, Personal…</source>
        <translation>Arbeit, Privat…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Shown to the people you write to</source>
        <translation>Wird den Empfängern Ihrer E-Mails angezeigt</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>TLS (from the start, usually port 465)</source>
        <translation>TLS (von Anfang an, meist Port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Nur für Server mit eigenem Zertifikat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose certificate file</source>
        <translation>Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Send waiting emails by themselves when the server can be reached</source>
        <translation>Wartende E-Mails selbstständig senden, sobald der Server erreichbar ist</translation>
    </message>
    <message>
        <source>Send automatically</source>
        <translation>Automatisch senden</translation>
    </message>
    <message>
        <source>Keyring notice</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Remember the password for this session only</source>
        <translation>Passwort nur für diese Sitzung merken</translation>
    </message>
    <message>
        <source>Remember for this session only</source>
        <translation>Nur für diese Sitzung merken</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Kontoname:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Outgoing server:</source>
        <translation>Postausgangsserver:</translation>
    </message>
    <message>
        <source>Port and security:</source>
        <translation>Port und Sicherheit:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Saved — type a new one to change it</source>
        <translation>Gespeichert – zum Ändern ein neues eingeben</translation>
    </message>
    <message>
        <source>Not saved — enter it to send from this account</source>
        <translation>Nicht gespeichert – eingeben, um von diesem Konto zu senden</translation>
    </message>
    <message>
        <source>Choose the server&apos;s certificate</source>
        <translation>Zertifikat des Servers wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This certificate file does not exist.</source>
        <translation>Diese Zertifikatsdatei existiert nicht.</translation>
    </message>
    <message>
        <source>Enter the password (or app password).</source>
        <translation>Geben Sie das Passwort (oder App-Passwort) ein.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Edit Application</source>
        <translation>Bewerbung bearbeiten</translation>
    </message>
    <message>
        <source>New Application</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>e.g. Northwind Health</source>
        <translation>z. B. Northwind Health</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>e.g. Senior Data Analyst</source>
        <translation>z. B. Senior Data Analyst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>Next action on</source>
        <translation>Nächster Schritt am</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>e.g. Follow up with the recruiter</source>
        <translation>z. B. beim Recruiter nachfassen</translation>
    </message>
    <message>
        <source>Job link</source>
        <translation>Link zur Stelle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>City or “Remote”</source>
        <translation>Stadt oder „Remote“</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>LinkedIn, referral…</source>
        <translation>LinkedIn, Empfehlung…</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>e.g. £55–60k</source>
        <translation>z. B. 55–60 T€</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Stellenbeschreibung</translation>
    </message>
    <message>
        <source>Paste the full posting: adverts disappear, and you will want it later.</source>
        <translation>Fügen Sie die vollständige Anzeige ein: Anzeigen verschwinden, und Sie werden sie später brauchen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation>Alles, was Sie sich merken möchten</translation>
    </message>
    <message>
        <source>&amp;Company *</source>
        <translation>&amp;Firma *</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>&amp;Position *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Applied on</source>
        <translation>&amp;Beworben am</translation>
    </message>
    <message>
        <source>Ne&amp;xt action on</source>
        <translation>Nächster Schritt &amp;am</translation>
    </message>
    <message>
        <source>Next ac&amp;tion</source>
        <translation>Nächs&amp;ter Schritt</translation>
    </message>
    <message>
        <source>Job &amp;link</source>
        <translation>Lin&amp;k zur Stelle</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>Arbeits&amp;modell</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Sa&amp;lary</source>
        <translation>Ge&amp;halt</translation>
    </message>
    <message>
        <source>Job &amp;description</source>
        <translation>Stellenbeschreib&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>What you typed in this application has not been saved.</source>
        <translation>Ihre Eingaben in dieser Bewerbung wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Anzuhängende Dateien</translation>
    </message>
    <message>
        <source>Attach &amp;File…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Eine Datei anhängen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Ausgewählten Anhang entfernen</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{size} in all: above 20 MB, many mail servers refuse the email.</source>
        <translation>Insgesamt {size}: Über 20 MB lehnen viele Mailserver die E-Mail ab.</translation>
    </message>
    <message>
        <source>{count} file(s), {size} in all</source>
        <translation>{count} Datei(en), insgesamt {size}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backing up your data…</source>
        <translation>Ihre Daten werden gesichert…</translation>
    </message>
    <message>
        <source>Restoring your data…</source>
        <translation>Ihre Daten werden wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored the backup from {when}. To undo, restore the “Before a restore” backup.</source>
        <translation>Die Sicherung vom {when} wurde wiederhergestellt. Zum Rückgängigmachen stellen Sie die Sicherung „Vor einer Wiederherstellung“ wieder her.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The backup could not be restored.

{reason}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden.

{reason}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Backed up your data to {name} in {folder}</source>
        <translation>Ihre Daten wurden als {name} in {folder} gesichert</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>Sicherung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Your data could not be backed up.

{reason}</source>
        <translation>Ihre Daten konnten nicht gesichert werden.

{reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your data will be replaced by the backup from {when}.

Your data as it is now is saved first, as a “Before a restore” backup: restore that one to undo this.</source>
        <translation>Ihre Daten werden durch die Sicherung vom {when} ersetzt.

Ihr aktueller Datenstand wird zuvor als Sicherung „Vor einer Wiederherstellung“ gespeichert: Stellen Sie diese wieder her, um den Vorgang rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>BarsChart</name>
    <message>
        <source>no ratings</source>
        <translation>keine Bewertungen</translation>
    </message>
</context>
<context>
    <name>BeyondControlPage</name>
    <message>
        <source>Sometimes it&apos;s beyond your control</source>
        <translation>Manchmal liegt es nicht in Ihrer Hand</translation>
    </message>
    <message>
        <source>Tick anything that played a part and was not yours to change.</source>
        <translation>Haken Sie alles an, was eine Rolle gespielt hat und nicht von Ihnen zu ändern war.</translation>
    </message>
    <message>
        <source>Anything else outside your control</source>
        <translation>Sonstiges außerhalb Ihres Einflusses</translation>
    </message>
    <message>
        <source>Anything else that was outside your hands</source>
        <translation>Sonstiges, das nicht in Ihrer Hand lag</translation>
    </message>
    <message>
        <source>A rejection is a decision about one role, on one day, among the people who happened to apply. It says nothing final about your worth or what you can do. Let this one go, and put your energy where you have a say: your next move.</source>
        <translation>Eine Absage ist eine Entscheidung über eine Stelle, an einem Tag, unter den Menschen, die sich gerade beworben haben. Sie sagt nichts Endgültiges über Ihren Wert oder Ihr Können aus. Lassen Sie diese los und stecken Sie Ihre Energie dorthin, wo Sie mitbestimmen: in Ihren nächsten Schritt.</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>{stage}: {count} applications</source>
        <translation>{stage}: {count} Bewerbungen</translation>
    </message>
    <message>
        <source>Hide these cards</source>
        <translation>Diese Karten ausblenden</translation>
    </message>
    <message>
        <source>Show these cards</source>
        <translation>Diese Karten einblenden</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
</context>
<context>
    <name>BridgesPage</name>
    <message>
        <source>Don&apos;t burn your bridges</source>
        <translation>Brechen Sie keine Brücken ab</translation>
    </message>
    <message>
        <source>A warm, professional thank-you keeps the door open: people remember who handled a no with grace when the next role comes up.</source>
        <translation>Ein herzliches, professionelles Dankeschön hält die Tür offen: Man erinnert sich an Menschen, die mit einer Absage souverän umgegangen sind, wenn die nächste Stelle frei wird.</translation>
    </message>
    <message>
        <source>&amp;Queue this thank-you</source>
        <translation>Dieses Dankeschön &amp;einreihen</translation>
    </message>
    <message>
        <source>Also thank in the same email</source>
        <translation>In derselben E-Mail auch danken</translation>
    </message>
    <message>
        <source>The panel&apos;s addresses, like ana@company.com, ben@company.com</source>
        <translation>Die Adressen der Interviewenden, z. B. ana@firma.de, ben@firma.de</translation>
    </message>
    <message>
        <source>Keep in touch on</source>
        <translation>Kontakt pflegen am</translation>
    </message>
    <message>
        <source>Consider reapplying after</source>
        <translation>Erneute Bewerbung erwägen nach</translation>
    </message>
    <message>
        <source>Also t&amp;hank (same email):</source>
        <translation>Auch &amp;danken (selbe E-Mail):</translation>
    </message>
    <message>
        <source>Remind me to &amp;keep in touch on:</source>
        <translation>Erinnern, den &amp;Kontakt zu pflegen am:</translation>
    </message>
    <message>
        <source>Consider {company} &amp;again after:</source>
        <translation>{company} &amp;wieder erwägen nach:</translation>
    </message>
    <message>
        <source>Your feedback email to {name} already thanks them. One email is kinder to their inbox; tick this only if you also want to send this thank-you.</source>
        <translation>Ihre Feedback-E-Mail an {name} bedankt sich bereits. Eine E-Mail schont das Postfach; haken Sie dies nur an, wenn Sie dieses Dankeschön zusätzlich senden möchten.</translation>
    </message>
    <message>
        <source>your contact</source>
        <translation>Ihren Kontakt</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Set &amp;Status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <source>Add Timeline Entry to Se&amp;lected…</source>
        <translation>Verlaufseintrag zu Aus&amp;gewählten hinzufügen…</translation>
    </message>
    <message>
        <source>Add the same entry to the timeline of every selected application</source>
        <translation>Denselben Eintrag zum Verlauf jeder ausgewählten Bewerbung hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport Selected to CSV…</source>
        <translation>Auswahl als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the selected applications and their history to CSV</source>
        <translation>Ausgewählte Bewerbungen samt Verlauf als CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n applications as {status}</source>
        <translation>
            <numerusform>%n Bewerbung als {status} markieren</numerusform>
            <numerusform>%n Bewerbungen als {status} markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add “{what}” to %n applications</source>
        <translation>
            <numerusform>„{what}“ zu %n Bewerbung hinzufügen</numerusform>
            <numerusform>„{what}“ zu %n Bewerbungen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n applications</source>
        <translation>
            <numerusform>%n Bewerbung löschen</numerusform>
            <numerusform>%n Bewerbungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n applications — Undo with Ctrl+Z</source>
        <translation>
            <numerusform>%n Bewerbung gelöscht – Rückgängig mit Ctrl+Z</numerusform>
            <numerusform>%n Bewerbungen gelöscht – Rückgängig mit Ctrl+Z</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications selected: Application › Set Status, Delete and more act on them all</source>
        <translation>
            <numerusform>%n Bewerbung ausgewählt: Bewerbung › Status setzen, Löschen und mehr wirken auf alle</numerusform>
            <numerusform>%n Bewerbungen ausgewählt: Bewerbung › Status setzen, Löschen und mehr wirken auf alle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add to %n timelines</source>
        <translation>
            <numerusform>Zu %n Verlauf hinzufügen</numerusform>
            <numerusform>Zu %n Verläufen hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Kalender wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote 1 event to {name}</source>
        <translation>1 Termin in {name} geschrieben</translation>
    </message>
    <message>
        <source>Wrote {count} events to {name}</source>
        <translation>{count} Termine in {name} geschrieben</translation>
    </message>
    <message>
        <source>The calendar could not be saved: {reason}</source>
        <translation>Der Kalender konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Import interview invitation</source>
        <translation>Interview-Einladung importieren</translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics);;All files (*)</source>
        <translation>Kalendereinladungen (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Select the application the invitation is for, then import it.</source>
        <translation>Wählen Sie die Bewerbung aus, zu der die Einladung gehört, und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>Nothing was added: {reason}</source>
        <translation>Nichts hinzugefügt: {reason}</translation>
    </message>
    <message>
        <source>The invitation could not be read: {reason}</source>
        <translation>Die Einladung konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Add the interview from an invitation to {company}</source>
        <translation>Interview aus einer Einladung zu {company} hinzufügen</translation>
    </message>
    <message>
        <source>Added the interview on {when} — Undo with Ctrl+Z</source>
        <translation>Interview am {when} hinzugefügt – Rückgängig mit Ctrl+Z</translation>
    </message>
    <message>
        <source>Drop the invitation on the application it is for.</source>
        <translation>Ziehen Sie die Einladung auf die Bewerbung, zu der sie gehört.</translation>
    </message>
</context>
<context>
    <name>CalendarAutosave</name>
    <message>
        <source>The calendar file could not be updated: {reason}</source>
        <translation>Die Kalenderdatei konnte nicht aktualisiert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>New from &amp;Posting…</source>
        <translation>Neu aus &amp;Stellenanzeige…</translation>
    </message>
    <message>
        <source>Add an application from a job posting&apos;s link or saved page</source>
        <translation>Bewerbung aus dem Link oder der gespeicherten Seite einer Stellenanzeige hinzufügen</translation>
    </message>
    <message>
        <source>Added {name} from the posting</source>
        <translation>{name} aus der Stellenanzeige hinzugefügt</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>New from Posting</source>
        <translation>Neu aus Stellenanzeige</translation>
    </message>
    <message>
        <source>Paste the posting&apos;s link, or the page&apos;s HTML or text, or drop a saved page (.html, .mhtml, .txt) here.</source>
        <translation>Fügen Sie den Link zur Stellenanzeige oder den HTML-Code bzw. Text der Seite ein, oder ziehen Sie eine gespeicherte Seite (.html, .mhtml, .txt) hierher.</translation>
    </message>
    <message>
        <source>Posting link, HTML or text</source>
        <translation>Link, HTML oder Text der Anzeige</translation>
    </message>
    <message>
        <source>&amp;Read Posting</source>
        <translation>Anzeige &amp;lesen</translation>
    </message>
    <message>
        <source>Read the posting</source>
        <translation>Stellenanzeige lesen</translation>
    </message>
    <message>
        <source>Read the posting (Ctrl+Enter)</source>
        <translation>Stellenanzeige lesen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop reading the posting</source>
        <translation>Lesen der Stellenanzeige stoppen</translation>
    </message>
    <message>
        <source>Reading the posting</source>
        <translation>Stellenanzeige wird gelesen</translation>
    </message>
    <message>
        <source>Reading status</source>
        <translation>Lesestatus</translation>
    </message>
    <message>
        <source>Which posting</source>
        <translation>Welche Anzeige</translation>
    </message>
    <message>
        <source>&amp;Show It</source>
        <translation>A&amp;nzeigen</translation>
    </message>
    <message>
        <source>Show the application already tracked</source>
        <translation>Die bereits erfasste Bewerbung anzeigen</translation>
    </message>
    <message>
        <source>Paste a link to the posting, or the page&apos;s HTML or text.</source>
        <translation>Fügen Sie einen Link zur Stellenanzeige oder den HTML-Code bzw. Text der Seite ein.</translation>
    </message>
    <message>
        <source>Reading the posting…</source>
        <translation>Stellenanzeige wird gelesen…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was read.</source>
        <translation>Gestoppt. Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>This could not be read ({kind}).</source>
        <translation>Dies konnte nicht gelesen werden ({kind}).</translation>
    </message>
    <message>
        <source>Posting {n} of {total}: {role}</source>
        <translation>Anzeige {n} von {total}: {role}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>This page has {count} postings; pick one. </source>
        <translation>Diese Seite enthält {count} Stellenanzeigen; wählen Sie eine aus. </translation>
    </message>
    <message>
        <source>Read from {where}. Check the fields, then Save.</source>
        <translation>Gelesen aus {where}. Prüfen Sie die Felder und klicken Sie dann auf Speichern.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Already in your tracker: {company} – {role}.</source>
        <translation>Bereits erfasst: {company} – {role}.</translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation>&amp;Trotzdem hinzufügen</translation>
    </message>
    <message>
        <source>Discard this posting?</source>
        <translation>Diese Stellenanzeige verwerfen?</translation>
    </message>
    <message>
        <source>The posting has not been added to your applications.</source>
        <translation>Die Stellenanzeige wurde nicht zu Ihren Bewerbungen hinzugefügt.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>In this stage since today</source>
        <translation>Seit heute in dieser Phase</translation>
    </message>
    <message>
        <source>1 day in this stage</source>
        <translation>1 Tag in dieser Phase</translation>
    </message>
    <message>
        <source>{days} days in this stage</source>
        <translation>{days} Tage in dieser Phase</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>Nächster Schritt: {what}</translation>
    </message>
    <message>
        <source>Overdue {day}</source>
        <translation>Überfällig seit {day}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save {title} as PNG</source>
        <translation>{title} als PNG speichern</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
</context>
<context>
    <name>ChooseApplicationDialog</name>
    <message>
        <source>Which Application?</source>
        <translation>Welche Bewerbung?</translation>
    </message>
    <message>
        <source>Which application is this email about</source>
        <translation>Auf welche Bewerbung sich diese E-Mail bezieht</translation>
    </message>
    <message>
        <source>Which application is “{subject}” about?</source>
        <translation>Auf welche Bewerbung bezieht sich „{subject}“?</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Add your name: it shows who the email is from and fills {your_name}.</source>
        <translation>Geben Sie Ihren Namen an: Er zeigt, von wem die E-Mail stammt, und füllt {your_name} aus.</translation>
    </message>
    <message>
        <source>Write a message before sending.</source>
        <translation>Schreiben Sie vor dem Senden eine Nachricht.</translation>
    </message>
    <message>
        <source>Type your name above to fill {your_name}.</source>
        <translation>Geben Sie oben Ihren Namen ein, um {your_name} auszufüllen.</translation>
    </message>
    <message>
        <source>Replace {names} with your own words: there is nothing to fill it with here.</source>
        <translation>Ersetzen Sie {names} durch eigene Worte: Hier gibt es nichts, womit es ausgefüllt werden kann.</translation>
    </message>
    <message>
        <source>Compose email</source>
        <translation>E-Mail verfassen</translation>
    </message>
    <message>
        <source>Edit Email</source>
        <translation>E-Mail bearbeiten</translation>
    </message>
    <message>
        <source>Compose Email</source>
        <translation>E-Mail verfassen</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Senden von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>name@example.com, another@example.com</source>
        <translation>name@example.com, weitere@example.com</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Copies, if any</source>
        <translation>Kopien, falls gewünscht</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>Hidden copies: no one sees these</source>
        <translation>Blindkopien: Niemand sieht diese</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>How you sign your emails; kept in Preferences › Your details</source>
        <translation>Wie Sie Ihre E-Mails unterschreiben; festgelegt unter Einstellungen › Ihre Angaben</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send Later</source>
        <translation>Später senden</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Später senden</translation>
    </message>
    <message>
        <source>Keep it in the outbox until you send it</source>
        <translation>Im Postausgang behalten, bis Sie sie senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>Bcc:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>No mail account yet: Send Later keeps this in the outbox until you add one (Mail › Mail Accounts…).</source>
        <translation>Noch kein E-Mail-Konto: „Später senden“ behält dies im Postausgang, bis Sie eines hinzufügen (E-Mail › E-Mail-Konten…).</translation>
    </message>
    <message>
        <source>About: {role} at {company}</source>
        <translation>Betrifft: {role} bei {company}</translation>
    </message>
    <message>
        <source>Save and Send</source>
        <translation>Speichern und senden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard this email?</source>
        <translation>Diese E-Mail verwerfen?</translation>
    </message>
    <message>
        <source>It has not been sent or saved in the outbox.</source>
        <translation>Sie wurde weder gesendet noch im Postausgang gespeichert.</translation>
    </message>
    <message>
        <source>Add a mail account first, or Send Later.</source>
        <translation>Fügen Sie zuerst ein E-Mail-Konto hinzu oder wählen Sie „Später senden“.</translation>
    </message>
    <message>
        <source>This email has already left; it cannot be changed.</source>
        <translation>Diese E-Mail wurde bereits versendet; sie kann nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>ComposePreview</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>(no account yet)</source>
        <translation>(noch kein Konto)</translation>
    </message>
    <message>
        <source>(hidden from the others)</source>
        <translation>(für die anderen verborgen)</translation>
    </message>
    <message>
        <source>Preview — {names} must be filled in before this can be sent:</source>
        <translation>Vorschau – {names} muss ausgefüllt werden, bevor dies gesendet werden kann:</translation>
    </message>
    <message>
        <source>Preview — exactly what will be sent:</source>
        <translation>Vorschau – genau das wird gesendet:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Profil-Link</translation>
    </message>
    <message>
        <source>linkedin.com/in/name</source>
        <translation>linkedin.com/in/name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Remind me to keep in touch on</source>
        <translation>Erinnern, den Kontakt zu pflegen am</translation>
    </message>
    <message>
        <source>Keep in touch on</source>
        <translation>Kontakt pflegen am</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Pro&amp;file link:</source>
        <translation>Profil-&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>ContactLinkDialog</name>
    <message>
        <source>Link a contact</source>
        <translation>Kontakt verknüpfen</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Search by name, email or company</source>
        <translation>Nach Name, E-Mail oder Firma suchen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>No one matches. Close this and use “Add…” to create the contact.</source>
        <translation>Keine Treffer. Schließen Sie dies und legen Sie den Kontakt mit „Hinzufügen…“ an.</translation>
    </message>
    <message>
        <source>Your address book is empty. Use “Add…” to create a contact.</source>
        <translation>Ihr Adressbuch ist leer. Legen Sie mit „Hinzufügen…“ einen Kontakt an.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>&amp;Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Add a new contact</source>
        <translation>Neuen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>Ver&amp;knüpfen…</translation>
    </message>
    <message>
        <source>Link someone you already know</source>
        <translation>Jemanden verknüpfen, den Sie bereits kennen</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Ausgewählten Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Take the contact off this application</source>
        <translation>Kontakt von dieser Bewerbung trennen</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Open the contact&apos;s profile link</source>
        <translation>Profil-Link des Kontakts öffnen</translation>
    </message>
    <message>
        <source>No one yet: add the recruiter or interviewer.</source>
        <translation>Noch niemand: Fügen Sie den Recruiter oder die Interviewerin bzw. den Interviewer hinzu.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Next Move ran into an unexpected error. Your data is safe and the app keeps running; if something looks wrong, restart it.</source>
        <translation>In Next Move ist ein unerwarteter Fehler aufgetreten. Ihre Daten sind sicher, und die App läuft weiter; falls etwas nicht stimmt, starten Sie sie neu.</translation>
    </message>
    <message>
        <source>The details are in the log:
{path}</source>
        <translation>Die Details stehen im Protokoll:
{path}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>Import applications from CSV</source>
        <translation>Bewerbungen aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export applications to CSV</source>
        <translation>Bewerbungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>This file can&apos;t be imported</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>{name} has no column Next Move recognises, such as Company, Role, Status or Date Applied. Its columns are: {columns}.</source>
        <translation>{name} hat keine Spalte, die Next Move erkennt, etwa Company, Role, Status oder Date Applied. Die Spalten sind: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln applications</source>
        <translation>
            <numerusform>%Ln Bewerbung importiert</numerusform>
            <numerusform>%Ln Bewerbungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported 1 application and %Ln new contacts</source>
        <translation>
            <numerusform>1 Bewerbung und %Ln neuen Kontakt importiert</numerusform>
            <numerusform>1 Bewerbung und %Ln neue Kontakte importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln applications and {contacts}</source>
        <translation>
            <numerusform>%Ln Bewerbungen und {contacts} importiert</numerusform>
            <numerusform>%Ln Bewerbungen und {contacts} importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contacts</source>
        <translation>
            <numerusform>%Ln neuen Kontakt</numerusform>
            <numerusform>%Ln neue Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln applications to {name}</source>
        <translation>
            <numerusform>%Ln Bewerbung nach {name} exportiert</numerusform>
            <numerusform>%Ln Bewerbungen nach {name} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be saved</source>
        <translation>Der Export konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>CvRates</name>
    <message>
        <source>Response rate per CV version</source>
        <translation>Antwortquote je Lebenslauf-Version</translation>
    </message>
    <message>
        <source>{answered} of {sent} answered ({percent:.0f}%)</source>
        <translation>{answered} von {sent} beantwortet ({percent:.0f} %)</translation>
    </message>
    <message>
        <source>Mark the CV you sent on each application (its Documents, “Sent”) to compare how each version does.</source>
        <translation>Markieren Sie bei jeder Bewerbung den gesendeten Lebenslauf (unter Dokumente, „Gesendet“), um zu vergleichen, wie jede Version abschneidet.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>That date is in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>e.g. 20 Nov 2026, today, +3d</source>
        <translation>z. B. 20 Nov 2026, today, +3d</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Datum löschen</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>That date is too far in the past.</source>
        <translation>Dieses Datum liegt zu weit in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Reads as {date}</source>
        <translation>Gelesen als {date}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Selected application</source>
        <translation>Ausgewählte Bewerbung</translation>
    </message>
    <message>
        <source>Open job &amp;posting</source>
        <translation>Stellen&amp;anzeige öffnen</translation>
    </message>
    <message>
        <source>Open the job posting in your browser</source>
        <translation>Stellenanzeige im Browser öffnen</translation>
    </message>
    <message>
        <source>Select an application to see its timeline and the people you met.

Use the arrow keys in the list, or click a row.</source>
        <translation>Wählen Sie eine Bewerbung aus, um ihren Verlauf und die Personen zu sehen, die Sie getroffen haben.

Verwenden Sie die Pfeiltasten in der Liste oder klicken Sie auf eine Zeile.</translation>
    </message>
    <message>
        <source>Added “{what}” to the timeline</source>
        <translation>„{what}“ zum Verlauf hinzugefügt</translation>
    </message>
    <message>
        <source>Saved “{what}”</source>
        <translation>„{what}“ gespeichert</translation>
    </message>
    <message>
        <source>Delete “{what}” from the timeline?</source>
        <translation>„{what}“ aus dem Verlauf löschen?</translation>
    </message>
    <message>
        <source>The status will go back from {now} to {after}, as the timeline then says. Anything else you recorded, such as a reflection, is kept.</source>
        <translation>Der Status geht von {now} zurück auf {after}, wie es der Verlauf dann angibt. Alles andere, was Sie festgehalten haben, etwa eine Reflexion, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>Bearbeiten › Rückgängig (Ctrl+Z) stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>Deleted “{what}” from the timeline</source>
        <translation>„{what}“ aus dem Verlauf gelöscht</translation>
    </message>
    <message>
        <source>; the status is {status} again</source>
        <translation>; der Status ist wieder {status}</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <source>Linked {name}</source>
        <translation>{name} verknüpft</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>{name} is no longer linked (still in your contacts)</source>
        <translation>{name} ist nicht mehr verknüpft (weiterhin in Ihren Kontakten)</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>Add Documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Document…</source>
        <translation>&amp;Dokument hinzufügen…</translation>
    </message>
    <message>
        <source>Keep a CV, cover letter or other file with the selected application</source>
        <translation>Lebenslauf, Anschreiben oder andere Datei zur ausgewählten Bewerbung ablegen</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Added {names}</source>
        <translation>{names} hinzugefügt</translation>
    </message>
    <message>
        <source>Removed {name} — Undo with Ctrl+Z</source>
        <translation>{name} entfernt – Rückgängig mit Ctrl+Z</translation>
    </message>
    <message>
        <source>The file of {name} is missing.</source>
        <translation>Die Datei von {name} fehlt.</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Add &amp;document…</source>
        <translation>&amp;Dokument hinzufügen…</translation>
    </message>
    <message>
        <source>Add a CV, letter or other file</source>
        <translation>Lebenslauf, Anschreiben oder andere Datei hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the document in its usual app</source>
        <translation>Dokument mit der zugehörigen App öffnen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Take the document off this application</source>
        <translation>Dokument von dieser Bewerbung entfernen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Sent with this application</source>
        <translation>Mit dieser Bewerbung gesendet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No applications yet</source>
        <translation>Noch keine Bewerbungen</translation>
    </message>
    <message>
        <source>Every application you track here gets a timeline, reminders for the next step, and a guided way through a rejection when one comes.</source>
        <translation>Jede Bewerbung, die Sie hier erfassen, erhält einen Verlauf, Erinnerungen an den nächsten Schritt und eine begleitete Hilfe, falls eine Absage kommt.</translation>
    </message>
    <message>
        <source>Add your first one with Ctrl+N, or bring in the spreadsheet you kept so far with File › Import CSV.</source>
        <translation>Fügen Sie Ihre erste mit Ctrl+N hinzu, oder übernehmen Sie Ihre bisherige Tabelle mit Datei › CSV importieren.</translation>
    </message>
    <message>
        <source>Add an application</source>
        <translation>Bewerbung hinzufügen</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Add to the timeline</source>
        <translation>Zum Verlauf hinzufügen</translation>
    </message>
    <message>
        <source>Edit the timeline entry</source>
        <translation>Eintrag im Verlauf bearbeiten</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Interview round</source>
        <translation>Interviewrunde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Who you met, what went well, what to remember</source>
        <translation>Wen Sie getroffen haben, was gut lief, was Sie sich merken möchten</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Was geschah:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message>
        <source>Talk to the experts</source>
        <translation>Mit Fachleuten sprechen</translation>
    </message>
    <message>
        <source>Optional: a recruiter, mentor or career adviser can see what you can&apos;t. Skip this step if you&apos;d rather not.</source>
        <translation>Optional: Recruiter, Mentorinnen, Mentoren oder Karriereberater sehen, was Ihnen selbst entgeht. Überspringen Sie diesen Schritt, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Ihre Kontakte</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add someone ne&amp;w</source>
        <translation>&amp;Neue Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Queue this message to each person above</source>
        <translation>Diese Nachricht an jede der obigen Personen &amp;einreihen</translation>
    </message>
    <message>
        <source>Send &amp;one email to everyone together, instead of one each</source>
        <translation>&amp;Eine E-Mail an alle gemeinsam senden statt je einer</translation>
    </message>
    <message>
        <source>One email to everyone</source>
        <translation>Eine E-Mail an alle</translation>
    </message>
    <message>
        <source>People to contact</source>
        <translation>Zu kontaktierende Personen</translation>
    </message>
    <message>
        <source>No saved contacts outside this application</source>
        <translation>Keine gespeicherten Kontakte außerhalb dieser Bewerbung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Diese Person entfernen</translation>
    </message>
    <message>
        <source>everyone above, in one email</source>
        <translation>alle oben, in einer E-Mail</translation>
    </message>
    <message>
        <source>&amp;Queue this message to everyone above</source>
        <translation>Diese Nachricht an alle oben &amp;einreihen</translation>
    </message>
    <message>
        <source>{first_name} becomes everyone&apos;s first names (“Ana and Ben”).</source>
        <translation>{first_name} wird zu den Vornamen aller („Ana und Ben“).</translation>
    </message>
    <message>
        <source>each person above</source>
        <translation>jede Person oben</translation>
    </message>
    <message>
        <source>{first_name} becomes each person&apos;s first name when it is queued.</source>
        <translation>{first_name} wird beim Einreihen zum Vornamen der jeweiligen Person.</translation>
    </message>
</context>
<context>
    <name>FeedbackArrived</name>
    <message>
        <source>Their feedback arrived</source>
        <translation>Das Feedback ist eingetroffen</translation>
    </message>
    <message>
        <source>Record feedback that arrived</source>
        <translation>Eingegangenes Feedback festhalten</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Feedback cannot arrive in the future.</source>
        <translation>Feedback kann nicht in der Zukunft eingehen.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <source>Save Feedback</source>
        <translation>Feedback speichern</translation>
    </message>
    <message>
        <source>What they said:</source>
        <translation>Was gesagt wurde:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Erhalten am:</translation>
    </message>
    <message>
        <source>Write down what they said, even in a few words.</source>
        <translation>Notieren Sie, was gesagt wurde – auch in wenigen Worten.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Ask for detailed feedback</source>
        <translation>Um ausführliches Feedback bitten</translation>
    </message>
    <message>
        <source>The people who decided know best what would make the difference next time.</source>
        <translation>Wer entschieden hat, weiß am besten, was beim nächsten Mal den Unterschied machen würde.</translation>
    </message>
    <message>
        <source>I &amp;received feedback</source>
        <translation>Ich habe Feedback &amp;erhalten</translation>
    </message>
    <message>
        <source>I received feedback, but it was too &amp;general</source>
        <translation>Ich habe Feedback erhalten, aber es war zu &amp;allgemein</translation>
    </message>
    <message>
        <source>No feedback &amp;yet</source>
        <translation>Noch &amp;kein Feedback</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Feedback erhalten</translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation>Was wurde gesagt?</translation>
    </message>
    <message>
        <source>Feedback received on</source>
        <translation>Feedback erhalten am</translation>
    </message>
    <message>
        <source>Feedback asked for on</source>
        <translation>Feedback angefragt am</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>&amp;Was gesagt wurde:</translation>
    </message>
    <message>
        <source>Rece&amp;ived on:</source>
        <translation>Erhal&amp;ten am:</translation>
    </message>
    <message>
        <source>You h&amp;ad asked on:</source>
        <translation>&amp;Angefragt am:</translation>
    </message>
    <message>
        <source>&amp;Queue this email</source>
        <translation>Diese E-Mail &amp;einreihen</translation>
    </message>
    <message>
        <source>&amp;Queue a thank-you for their feedback, even if you disagree</source>
        <translation>Ein Dankeschön für das Feedback &amp;einreihen, auch wenn Sie anderer Meinung sind</translation>
    </message>
    <message>
        <source>Ask for specifics, saying you want to learn and grow</source>
        <translation>Um Konkretes bitten – mit dem Hinweis, dass Sie lernen und wachsen möchten</translation>
    </message>
    <message>
        <source>Draft a request for feedback</source>
        <translation>Feedback-Anfrage entwerfen</translation>
    </message>
</context>
<context>
    <name>FinishCommand</name>
    <message numerus="yes">
        <source>%n emails from the wizard were taken out of the outbox.</source>
        <translation>
            <numerusform>%n E-Mail aus dem Assistenten wurde aus dem Postausgang genommen.</numerusform>
            <numerusform>%n E-Mails aus dem Assistenten wurden aus dem Postausgang genommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had already been sent and cannot be taken back.</source>
        <translation>
            <numerusform>%n war bereits gesendet und kann nicht zurückgeholt werden.</numerusform>
            <numerusform>%n waren bereits gesendet und können nicht zurückgeholt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wizard&apos;s %n emails had already been sent and cannot be taken back.</source>
        <translation>
            <numerusform>Die E-Mail des Assistenten war bereits gesendet und kann nicht zurückgeholt werden.</numerusform>
            <numerusform>Die %n E-Mails des Assistenten waren bereits gesendet und können nicht zurückgeholt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {name} as rejected (rejection wizard)</source>
        <translation>{name} als abgelehnt markieren (Absage-Assistent)</translation>
    </message>
    <message>
        <source>Queue the rejection wizard&apos;s emails for {name}</source>
        <translation>E-Mails des Absage-Assistenten für {name} einreihen</translation>
    </message>
    <message numerus="yes">
        <source>%n emails from the wizard are back in the outbox.</source>
        <translation>
            <numerusform>%n E-Mail aus dem Assistenten ist wieder im Postausgang.</numerusform>
            <numerusform>%n E-Mails aus dem Assistenten sind wieder im Postausgang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>How applications move through the stages</source>
        <translation>Wie Bewerbungen durch die Phasen laufen</translation>
    </message>
    <message>
        <source>Once you apply, this shows the path each application takes, from applied through screening, interviews and offers to how it ended.</source>
        <translation>Sobald Sie sich bewerben, zeigt dies den Weg jeder Bewerbung – von der Bewerbung über Vorauswahl, Interviews und Angebote bis zum Ausgang.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Once you apply, this shows how many applications reach screening, an interview and an offer, and the share that moves on at each step.</source>
        <translation>Sobald Sie sich bewerben, zeigt dies, wie viele Bewerbungen die Vorauswahl, ein Interview und ein Angebot erreichen und welcher Anteil bei jedem Schritt weiterkommt.</translation>
    </message>
    <message>
        <source>all applications</source>
        <translation>alle Bewerbungen</translation>
    </message>
    <message>
        <source>{rate} of {stage}</source>
        <translation>{rate} von {stage}</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Skill to build</source>
        <translation>Zu entwickelnde Fähigkeit</translation>
    </message>
    <message>
        <source>Course or certification</source>
        <translation>Kurs oder Zertifizierung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>Dieses Ziel entfernen</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>Fähigkeit:</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Kurs:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
</context>
<context>
    <name>GoalsDock</name>
    <message>
        <source>Goals and Reminders</source>
        <translation>Ziele und Erinnerungen</translation>
    </message>
    <message>
        <source>Goals and reminders</source>
        <translation>Ziele und Erinnerungen</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Fällige Erinnerungen</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Lernziele</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>Learning goals (tick when done)</source>
        <translation>Lernziele (abhaken, wenn erledigt)</translation>
    </message>
    <message>
        <source>1 unfinished reflection — resume…</source>
        <translation>1 unvollendete Reflexion – fortsetzen…</translation>
    </message>
    <message>
        <source>{count} unfinished reflections — resume…</source>
        <translation>{count} unvollendete Reflexionen – fortsetzen…</translation>
    </message>
    <message>
        <source>Your weekly goal: {count} applications</source>
        <translation>Ihr Wochenziel: {count} Bewerbungen</translation>
    </message>
    <message>
        <source>{day}  {text}</source>
        <translation>{day}  {text}</translation>
    </message>
    <message>
        <source>Nothing due. Enjoy the breathing room.</source>
        <translation>Nichts fällig. Genießen Sie die Verschnaufpause.</translation>
    </message>
    <message>
        <source> (by {day})</source>
        <translation> (bis {day})</translation>
    </message>
    <message>
        <source>No learning goals yet. Finishing a reflection suggests some.</source>
        <translation>Noch keine Lernziele. Wenn Sie eine Reflexion abschließen, werden einige vorgeschlagen.</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>{days} Tage überfällig</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message>
        <source>{file}: {rows}, {delimiter}-separated, {encoding}</source>
        <translation>{file}: {rows}, getrennt durch {delimiter}, {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check how each column will be read. Pick “Ignore” for columns you don&apos;t need.</source>
        <translation>Prüfen Sie, wie jede Spalte gelesen wird. Wählen Sie „Ignorieren“ für Spalten, die Sie nicht brauchen.</translation>
    </message>
    <message>
        <source>Statuses Next Move doesn&apos;t recognise</source>
        <translation>Status, die Next Move nicht erkennt</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Problems in your file</source>
        <translation>Probleme in Ihrer Datei</translation>
    </message>
    <message>
        <source>A row with no status becomes Applied when it has an applied date, otherwise Wishlist. A row with no history gets its entries from the file&apos;s dates, noted “imported from {file}”: the status on its status or stage date, else the last activity, else the latest date the row gives. Nothing is dated today.</source>
        <translation>Eine Zeile ohne Status wird zu „Beworben“, wenn sie ein Bewerbungsdatum hat, sonst zu „Wunschliste“. Eine Zeile ohne Verlauf erhält ihre Einträge aus den Datumsangaben der Datei, vermerkt als „importiert aus {file}“: den Status am Status- oder Phasendatum, sonst an der letzten Aktivität, sonst am spätesten Datum der Zeile. Nichts erhält das heutige Datum.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Stop now: nothing of this file is imported, your applications stay as they were</source>
        <translation>Jetzt anhalten: Nichts aus dieser Datei wird importiert, Ihre Bewerbungen bleiben unverändert</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln applications</source>
        <translation>
            <numerusform>%Ln Bewerbung &amp;importieren</numerusform>
            <numerusform>%Ln Bewerbungen &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready. Every row is checked again when you import; if any row has a problem, nothing is imported.</source>
        <translation>Bereit. Beim Import wird jede Zeile erneut geprüft; hat eine Zeile ein Problem, wird nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these rows have the same company and role as applications you already track; importing adds them again.</source>
        <translation>
            <numerusform>%Ln dieser Zeilen hat dieselbe Firma und Position wie eine Bewerbung, die Sie bereits erfassen; beim Import wird sie erneut hinzugefügt.</numerusform>
            <numerusform>%Ln dieser Zeilen haben dieselbe Firma und Position wie Bewerbungen, die Sie bereits erfassen; beim Import werden sie erneut hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status for “{value}”</source>
        <translation>Status für „{value}“</translation>
    </message>
    <message>
        <source>“{value}” ({rows}) becomes</source>
        <translation>„{value}“ ({rows}) wird zu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems} in {rows}, listed below.</source>
        <translation>{problems} in {rows}, siehe unten.</translation>
    </message>
    <message numerus="yes">
        <source>the first %Ln of {total} rows</source>
        <translation>
            <numerusform>die ersten %Ln von {total} Zeilen</numerusform>
            <numerusform>die ersten %Ln von {total} Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems} in {rows}, listed below; the rest are checked when you import.</source>
        <translation>{problems} in {rows}, siehe unten; die übrigen werden beim Import geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>Fix them in your file, or change how a column is read.</source>
        <translation>
            <numerusform>Beheben Sie es in Ihrer Datei oder ändern Sie, wie eine Spalte gelesen wird.</numerusform>
            <numerusform>Beheben Sie sie in Ihrer Datei oder ändern Sie, wie eine Spalte gelesen wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: your file has %Ln problems, listed below. Fix them and try again.</source>
        <translation>
            <numerusform>Nichts wurde importiert: Ihre Datei hat ein Problem, siehe unten. Beheben Sie es und versuchen Sie es erneut.</numerusform>
            <numerusform>Nichts wurde importiert: Ihre Datei hat %Ln Probleme, siehe unten. Beheben Sie sie und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more problems</source>
        <translation>
            <numerusform>…und %Ln weiteres Problem</numerusform>
            <numerusform>…und %Ln weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported, your applications are as they were.</source>
        <translation>Import abgebrochen: Nichts wurde importiert, Ihre Bewerbungen sind unverändert.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>InboxAccountBlock</name>
    <message>
        <source>Reading replies</source>
        <translation>Antworten lesen</translation>
    </message>
    <message>
        <source>&amp;Watch the inbox for replies</source>
        <translation>Posteingang auf Ant&amp;worten überwachen</translation>
    </message>
    <message>
        <source>Watch the inbox for replies</source>
        <translation>Posteingang auf Antworten überwachen</translation>
    </message>
    <message>
        <source>Incoming (IMAP) server</source>
        <translation>Posteingangsserver (IMAP)</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP-Port</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>IMAP-Sicherheit</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <source>Read-only, with the same password or sign-in as sending: new mail in INBOX is read to spot replies about your applications; nothing is marked read, moved, deleted or sent.</source>
        <translation>Nur lesend, mit demselben Passwort bzw. derselben Anmeldung wie beim Senden: Neue Mails im INBOX werden gelesen, um Antworten zu Ihren Bewerbungen zu erkennen; nichts wird als gelesen markiert, verschoben, gelöscht oder gesendet.</translation>
    </message>
    <message>
        <source>Test &amp;Reading</source>
        <translation>&amp;Lesen testen</translation>
    </message>
    <message>
        <source>Test reading the inbox</source>
        <translation>Lesen des Posteingangs testen</translation>
    </message>
    <message>
        <source>Reading test result</source>
        <translation>Ergebnis des Lesetests</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>&amp;Incoming server:</source>
        <translation>&amp;Posteingangsserver:</translation>
    </message>
    <message>
        <source>Reading {host}…</source>
        <translation>{host} wird gelesen…</translation>
    </message>
    <message>
        <source>Read the inbox ({count} messages); nothing was changed.</source>
        <translation>Posteingang gelesen ({count} Nachrichten); nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>Check for &amp;Replies</source>
        <translation>Auf &amp;Antworten prüfen</translation>
    </message>
    <message>
        <source>Read new mail in the watched inboxes now (nothing is changed there)</source>
        <translation>Neue Mails in den überwachten Posteingängen jetzt lesen (dort wird nichts geändert)</translation>
    </message>
    <message>
        <source>Already checking for replies…</source>
        <translation>Es wird bereits nach Antworten gesucht…</translation>
    </message>
    <message>
        <source>No account watches its inbox yet: turn on “Watch the inbox for replies” in Mail › Mail Accounts…</source>
        <translation>Noch kein Konto überwacht seinen Posteingang: Aktivieren Sie „Posteingang auf Antworten überwachen“ unter E-Mail › E-Mail-Konten…</translation>
    </message>
    <message>
        <source>Checking for replies…</source>
        <translation>Suche nach Antworten…</translation>
    </message>
    <message>
        <source>Reading new mail: {read} of {total}…</source>
        <translation>Neue Mails werden gelesen: {read} von {total}…</translation>
    </message>
    <message>
        <source>Checked at {when}: {count} new.</source>
        <translation>Geprüft um {when}: {count} neu.</translation>
    </message>
    <message>
        <source>{count} new replies about your applications — see the Inbox panel.</source>
        <translation>{count} neue Antworten zu Ihren Bewerbungen – siehe Bereich Posteingang.</translation>
    </message>
    <message>
        <source>A new reply about one of your applications — see the Inbox panel.</source>
        <translation>Eine neue Antwort zu einer Ihrer Bewerbungen – siehe Bereich Posteingang.</translation>
    </message>
    <message>
        <source>Checked at {when}: nothing new.</source>
        <translation>Geprüft um {when}: nichts Neues.</translation>
    </message>
    <message>
        <source>Checking for replies failed ({what}); nothing was changed.</source>
        <translation>Suche nach Antworten fehlgeschlagen ({what}); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Ignore the email “{subject}”</source>
        <translation>E-Mail „{subject}“ ignorieren</translation>
    </message>
    <message>
        <source>Mark {company} — {role} rejected</source>
        <translation>{company} — {role} als abgelehnt markieren</translation>
    </message>
    <message>
        <source>Add the email “{subject}” to the timeline</source>
        <translation>E-Mail „{subject}“ zum Verlauf hinzufügen</translation>
    </message>
    <message>
        <source>Application acknowledged by email</source>
        <translation>Eingang der Bewerbung per E-Mail bestätigt</translation>
    </message>
    <message>
        <source>Rejection email</source>
        <translation>Absage per E-Mail</translation>
    </message>
    <message>
        <source>Feedback by email</source>
        <translation>Feedback per E-Mail</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>{head} from {sender}{quote}</source>
        <translation>{head} von {sender}{quote}</translation>
    </message>
    <message>
        <source>Record the feedback from {sender}</source>
        <translation>Feedback von {sender} festhalten</translation>
    </message>
    <message>
        <source>Added to the timeline. There is no reflection on this rejection yet: the wizard will offer the feedback when you start it.</source>
        <translation>Zum Verlauf hinzugefügt. Zu dieser Absage gibt es noch keine Reflexion: Der Assistent bietet Ihnen das Feedback an, wenn Sie ihn starten.</translation>
    </message>
    <message>
        <source>Open the wizard for {company} — {role}</source>
        <translation>Assistenten für {company} — {role} öffnen</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>this looks like a rejection</source>
        <translation>das sieht nach einer Absage aus</translation>
    </message>
    <message>
        <source>this looks like an interview invitation</source>
        <translation>das sieht nach einer Einladung zum Gespräch aus</translation>
    </message>
    <message>
        <source>this looks like an offer</source>
        <translation>das sieht nach einem Angebot aus</translation>
    </message>
    <message>
        <source>this looks like an assessment</source>
        <translation>das sieht nach einem Eignungstest aus</translation>
    </message>
    <message>
        <source>this looks like an acknowledgement of your application</source>
        <translation>das sieht nach einer Eingangsbestätigung Ihrer Bewerbung aus</translation>
    </message>
    <message>
        <source>this looks like a reply to your feedback request</source>
        <translation>das sieht nach einer Antwort auf Ihre Feedback-Anfrage aus</translation>
    </message>
    <message>
        <source>a reply about this application</source>
        <translation>eine Antwort zu dieser Bewerbung</translation>
    </message>
    <message>
        <source>Add &amp;Interview</source>
        <translation>&amp;Gespräch hinzufügen</translation>
    </message>
    <message>
        <source>Add O&amp;ffer</source>
        <translation>&amp;Angebot hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Assessment</source>
        <translation>&amp;Eignungstest hinzufügen</translation>
    </message>
    <message>
        <source>Record &amp;Feedback</source>
        <translation>&amp;Feedback festhalten</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Replies found in your inbox</source>
        <translation>In Ihrem Posteingang gefundene Antworten</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>Status des Posteingangs</translation>
    </message>
    <message>
        <source>Replies found</source>
        <translation>Gefundene Antworten</translation>
    </message>
    <message>
        <source>The sentence that decided it</source>
        <translation>Der ausschlaggebende Satz</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>No replies to look at. Turn on “Watch the inbox for replies” for an account in Mail › Mail Accounts…, then Mail › Check for Replies (F5).</source>
        <translation>Keine Antworten vorhanden. Aktivieren Sie „Posteingang auf Antworten überwachen“ für ein Konto unter E-Mail › E-Mail-Konten… und wählen Sie dann E-Mail › Auf Antworten prüfen (F5).</translation>
    </message>
    <message>
        <source>Open the &amp;Wizard…</source>
        <translation>&amp;Assistenten öffnen…</translation>
    </message>
    <message>
        <source>Mark &amp;Rejected</source>
        <translation>Als &amp;abgelehnt markieren</translation>
    </message>
    <message>
        <source>Add to &amp;Timeline</source>
        <translation>Zum &amp;Verlauf hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Not This Application…</source>
        <translation>&amp;Nicht diese Bewerbung…</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>I&amp;gnorieren</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>{company} — {role}</source>
        <translation>{company} — {role}</translation>
    </message>
    <message>
        <source>Not matched to an application</source>
        <translation>Keiner Bewerbung zugeordnet</translation>
    </message>
    <message>
        <source>{when}, from {sender}</source>
        <translation>{when}, von {sender}</translation>
    </message>
    <message>
        <source>from {sender}</source>
        <translation>von {sender}</translation>
    </message>
    <message>
        <source>Choose &amp;Application…</source>
        <translation>&amp;Bewerbung wählen…</translation>
    </message>
    <message>
        <source>(no deciding sentence)</source>
        <translation>(kein ausschlaggebender Satz)</translation>
    </message>
    <message>
        <source>{quote}
Subject: {subject}</source>
        <translation>{quote}
Betreff: {subject}</translation>
    </message>
</context>
<context>
    <name>InsightCharts</name>
    <message>
        <source>Where rejections happen</source>
        <translation>Wo Absagen passieren</translation>
    </message>
    <message>
        <source>Every rejected application will be counted here once, at the furthest stage it reached, whether or not you reflected on it.</source>
        <translation>Jede abgelehnte Bewerbung wird hier einmal gezählt, in der weitesten Phase, die sie erreicht hat – egal, ob Sie darüber reflektiert haben oder nicht.</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <source>Answers by source</source>
        <translation>Antworten nach Quelle</translation>
    </message>
    <message>
        <source>For each place you find jobs (the Source column), this will show how often employers answer and how many days the first answer takes.</source>
        <translation>Für jede Stelle, an der Sie Jobs finden (Spalte Quelle), zeigt dies, wie oft Arbeitgeber antworten und wie viele Tage die erste Antwort dauert.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Average score per stage</source>
        <translation>Durchschnittliche Bewertung je Phase</translation>
    </message>
    <message>
        <source>When you finish a reflection, the scores you give each stage (1 to 5) will be averaged here; rejections beyond your control get their own bars.</source>
        <translation>Wenn Sie eine Reflexion abschließen, werden hier die Bewertungen (1 bis 5), die Sie jeder Phase geben, gemittelt; Absagen außerhalb Ihres Einflusses erhalten eigene Balken.</translation>
    </message>
    <message>
        <source>Within your control</source>
        <translation>In Ihrem Einfluss</translation>
    </message>
    <message>
        <source>Beyond your control</source>
        <translation>Außerhalb Ihres Einflusses</translation>
    </message>
    <message>
        <source>Most frequent areas to improve</source>
        <translation>Häufigste Verbesserungsbereiche</translation>
    </message>
    <message>
        <source>Stages you rate 1 or 2 in a reflection will be listed here, the most frequent first.</source>
        <translation>Phasen, die Sie in einer Reflexion mit 1 oder 2 bewerten, werden hier aufgelistet, die häufigsten zuerst.</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Keine Quelle</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>Nach der Bewerbung</translation>
    </message>
    <message>
        <source>After screening</source>
        <translation>Nach der Vorauswahl</translation>
    </message>
    <message>
        <source>After an interview</source>
        <translation>Nach einem Interview</translation>
    </message>
    <message>
        <source>After an offer</source>
        <translation>Nach einem Angebot</translation>
    </message>
    <message>
        <source>{rate} · {answered} of {sent} answered</source>
        <translation>{rate} · {answered} von {sent} beantwortet</translation>
    </message>
    <message>
        <source>median {days} days</source>
        <translation>Median {days} Tage</translation>
    </message>
</context>
<context>
    <name>InsightsDialog</name>
    <message>
        <source>Insights</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>Learning goals done</source>
        <translation>Erreichte Lernziele</translation>
    </message>
    <message>
        <source>Feedback and learning</source>
        <translation>Feedback und Lernen</translation>
    </message>
    <message>
        <source>Feedback requests:</source>
        <translation>Feedback-Anfragen:</translation>
    </message>
    <message>
        <source>Learning goals done:</source>
        <translation>Erreichte Lernziele:</translation>
    </message>
    <message>
        <source>Response rate per CV version</source>
        <translation>Antwortquote je Lebenslauf-Version</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reading your applications…</source>
        <translation>Ihre Bewerbungen werden gelesen…</translation>
    </message>
    <message>
        <source>Add your applications and their steps (screening calls, interviews, offers): your patterns will start to show here.</source>
        <translation>Fügen Sie Ihre Bewerbungen und deren Schritte hinzu (Vorauswahlgespräche, Interviews, Angebote): Hier zeigen sich dann Ihre Muster.</translation>
    </message>
    <message>
        <source>From {sent} applications sent and {finished} finished reflections.</source>
        <translation>Aus {sent} gesendeten Bewerbungen und {finished} abgeschlossenen Reflexionen.</translation>
    </message>
    <message>
        <source>{beyond} of the reflections came down to things beyond your control; their scores have their own bars.</source>
        <translation>{beyond} der Reflexionen lagen an Dingen außerhalb Ihres Einflusses; ihre Bewertungen haben eigene Balken.</translation>
    </message>
    <message>
        <source>Read from each application&apos;s timeline; one that went straight to an interview counts as screened too.</source>
        <translation>Aus dem Verlauf jeder Bewerbung gelesen; eine, die direkt zu einem Interview führte, zählt auch als vorausgewählt.</translation>
    </message>
    <message>
        <source>Each band is as wide as the applications that took that path.</source>
        <translation>Jedes Band ist so breit wie die Zahl der Bewerbungen, die diesen Weg nahmen.</translation>
    </message>
    <message>
        <source>Average out of 5; how many ratings in brackets.</source>
        <translation>Durchschnitt von 5; Anzahl der Bewertungen in Klammern.</translation>
    </message>
    <message>
        <source>An answer is any step the employer took: a call, an assessment, an interview, an offer or a rejection.</source>
        <translation>Eine Antwort ist jeder Schritt des Arbeitgebers: ein Anruf, ein Test, ein Interview, ein Angebot oder eine Absage.</translation>
    </message>
    <message>
        <source>{average} a week on average over the last {weeks} weeks.</source>
        <translation>Durchschnittlich {average} pro Woche in den letzten {weeks} Wochen.</translation>
    </message>
    <message>
        <source>Goal met in {met} of them.</source>
        <translation>Ziel in {met} davon erreicht.</translation>
    </message>
    <message>
        <source>{queued} queued in the outbox, not sent yet</source>
        <translation>{queued} im Postausgang eingereiht, noch nicht gesendet</translation>
    </message>
    <message>
        <source>None asked for yet</source>
        <translation>Noch keine angefragt</translation>
    </message>
    <message>
        <source>{answered} of {asked} answered ({rate})</source>
        <translation>{answered} von {asked} beantwortet ({rate})</translation>
    </message>
    <message>
        <source>, after {days} days on average</source>
        <translation>, nach durchschnittlich {days} Tagen</translation>
    </message>
    <message>
        <source>; {queued} more queued in the outbox</source>
        <translation>; {queued} weitere im Postausgang eingereiht</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>Saved {title} to {file}</source>
        <translation>{title} in {file} gespeichert</translation>
    </message>
</context>
<context>
    <name>InterviewFields</name>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>The interview has a start time</source>
        <translation>Das Gespräch hat eine Anfangszeit</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Anfangszeit</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length not known</source>
        <translation>Dauer unbekannt</translation>
    </message>
    <message>
        <source>Place or video link</source>
        <translation>Ort oder Videolink</translation>
    </message>
    <message>
        <source>Address, room or video link</source>
        <translation>Adresse, Raum oder Videolink</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <source>Other people met</source>
        <translation>Weitere Personen</translation>
    </message>
    <message>
        <source>Anyone else, one a line: Dana Scully &lt;dana@example.com&gt;</source>
        <translation>Weitere Personen, eine pro Zeile: Dana Scully &lt;dana@example.com&gt;</translation>
    </message>
    <message>
        <source>Add the people you meet to the application&apos;s contacts to pick them here</source>
        <translation>Fügen Sie die Personen den Kontakten der Bewerbung hinzu, um sie hier auszuwählen</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Interviewers:</source>
        <translation>&amp;Gesprächspartner:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Weitere:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Wishlist</source>
        <translation>Wunschliste</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Vorgespräch</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Eignungstest</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruiter</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Einstellende Führungskraft</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Anschreiben</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Offer letter</source>
        <translation>Vertragsangebot</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date Applied</source>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Next Action On</source>
        <translation>Nächster Schritt am</translation>
    </message>
    <message>
        <source>Next Action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Job Description</source>
        <translation>Stellenbeschreibung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact Email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Contact Phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <source>Contact Profile</source>
        <translation>Kontaktprofil</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Status Date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <source>Last Activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Screening Date</source>
        <translation>Datum Vorauswahl</translation>
    </message>
    <message>
        <source>Interview Date</source>
        <translation>Gesprächsdatum</translation>
    </message>
    <message>
        <source>Offer Date</source>
        <translation>Angebotsdatum</translation>
    </message>
    <message>
        <source>Rejection Date</source>
        <translation>Absagedatum</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>Job portal</source>
        <translation>Jobportal</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>An internal candidate got the role</source>
        <translation>Jemand aus dem Unternehmen hat die Stelle bekommen</translation>
    </message>
    <message>
        <source>The role was closed or lost its budget</source>
        <translation>Die Stelle wurde gestrichen oder hat kein Budget mehr</translation>
    </message>
    <message>
        <source>A stronger or more experienced field</source>
        <translation>Stärkere oder erfahrenere Mitbewerber</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Der Zeitpunkt</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Ich weiß es nicht</translation>
    </message>
    <message>
        <source>the contact&apos;s first name</source>
        <translation>der Vorname des Kontakts</translation>
    </message>
    <message>
        <source>the contact&apos;s full name</source>
        <translation>der volle Name des Kontakts</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>die Firma</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>die Position</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>your signature</source>
        <translation>Ihre Signatur</translation>
    </message>
    <message>
        <source>the role after “a” or “an”</source>
        <translation>die Position nach „a“ oder „an“ (englische Vorlagen)</translation>
    </message>
    <message>
        <source>the same, starting a sentence</source>
        <translation>dasselbe am Satzanfang</translation>
    </message>
    <message>
        <source>Ask for more specific feedback</source>
        <translation>Um konkreteres Feedback bitten</translation>
    </message>
    <message>
        <source>Talk to an expert</source>
        <translation>Mit Fachleuten sprechen</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Um Feedback bitten</translation>
    </message>
    <message>
        <source>Follow-up on my application</source>
        <translation>Nachfrage zu meiner Bewerbung</translation>
    </message>
    <message>
        <source>Thank you after an interview</source>
        <translation>Dank nach einem Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Thank you for the offer</source>
        <translation>Dank für das Angebot</translation>
    </message>
    <message>
        <source>Thank you, and let&apos;s stay in touch</source>
        <translation>Danke – bleiben wir in Kontakt</translation>
    </message>
    <message>
        <source>Thank them for their feedback</source>
        <translation>Für das Feedback danken</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Choose Sign in with Google, or use an app password: turn on 2-Step Verification in your Google Account, then create an app password (Security › App passwords) and paste it here. Your usual Google password will not work.</source>
        <translation>Wählen Sie „Mit Google anmelden“ oder nutzen Sie ein App-Passwort: Schalten Sie in Ihrem Google-Konto die Bestätigung in zwei Schritten ein, erstellen Sie dann ein App-Passwort (Sicherheit › App-Passwörter) und fügen Sie es hier ein. Ihr normales Google-Passwort funktioniert nicht.</translation>
    </message>
    <message>
        <source>Outlook / Microsoft 365</source>
        <translation>Outlook / Microsoft 365</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live personal accounts no longer accept a password from apps like this one, and Microsoft 365 is turning password sign-in off for work accounts too: choose Sign in with Microsoft, and your browser opens to sign in.</source>
        <translation>Private Konten bei Outlook.com, Hotmail und Live nehmen von Apps wie dieser kein Passwort mehr an, und Microsoft 365 schaltet die Anmeldung per Passwort auch für Arbeitskonten ab: Wählen Sie „Mit Microsoft anmelden“, dann öffnet sich Ihr Browser zur Anmeldung.</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>iCloud Mail</translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password: turn on two-factor authentication for your Apple Account, then create one at account.apple.com (Sign-In and Security › App-Specific Passwords). The user name is your full iCloud address.</source>
        <translation>iCloud braucht ein app-spezifisches Passwort: Schalten Sie die Zwei-Faktor-Authentifizierung für Ihren Apple Account ein und erstellen Sie dann eines unter account.apple.com (Anmeldung und Sicherheit › App-spezifische Passwörter). Der Benutzername ist Ihre vollständige iCloud-Adresse.</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo Mail</translation>
    </message>
    <message>
        <source>Yahoo needs an app password: create one in Account Security › Generate app password, and use it here.</source>
        <translation>Yahoo braucht ein App-Passwort: Erstellen Sie eines unter Kontosicherheit › App-Passwort generieren und nutzen Sie es hier.</translation>
    </message>
    <message>
        <source>Fastmail</source>
        <translation>Fastmail</translation>
    </message>
    <message>
        <source>Fastmail needs an app password: create one in Settings › Privacy &amp; Security › App passwords, with access to SMTP.</source>
        <translation>Fastmail braucht ein App-Passwort: Erstellen Sie eines unter Einstellungen › Privatsphäre &amp; Sicherheit › App-Passwörter, mit Zugriff auf SMTP.</translation>
    </message>
    <message>
        <source>Proton Mail Bridge</source>
        <translation>Proton Mail Bridge</translation>
    </message>
    <message>
        <source>Proton Mail works through Proton Mail Bridge running on this computer. Use the user name and password that Bridge shows (not your Proton password), and choose the certificate Bridge exports (Settings › Export TLS certificates) so the connection can be verified.</source>
        <translation>Proton Mail funktioniert über Proton Mail Bridge auf diesem Computer. Nutzen Sie den Benutzernamen und das Passwort, die Bridge anzeigt (nicht Ihr Proton-Passwort), und wählen Sie das Zertifikat, das Bridge exportiert (Einstellungen › TLS-Zertifikate exportieren), damit die Verbindung geprüft werden kann.</translation>
    </message>
    <message>
        <source>Other (any SMTP server)</source>
        <translation>Anderer (beliebiger SMTP-Server)</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server your provider gives. Port 465 uses TLS from the start; port 587 uses STARTTLS. If the server uses its own certificate, choose it below.</source>
        <translation>Geben Sie den Postausgangsserver (SMTP) Ihres Anbieters ein. Port 465 nutzt TLS von Anfang an, Port 587 nutzt STARTTLS. Hat der Server ein eigenes Zertifikat, wählen Sie es unten aus.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Mit Microsoft anmelden</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Mit Google anmelden</translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message>
        <source>Outbox status</source>
        <translation>Status des Postausgangs</translation>
    </message>
    <message>
        <source>Open the Outbox</source>
        <translation>Postausgang öffnen</translation>
    </message>
    <message>
        <source>&amp;Compose Email…</source>
        <translation>E-Mail &amp;verfassen…</translation>
    </message>
    <message>
        <source>Write an email about the selected application</source>
        <translation>Eine E-Mail zur ausgewählten Bewerbung schreiben</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>P&amp;ostausgang</translation>
    </message>
    <message>
        <source>See the emails waiting, sent and failed</source>
        <translation>Wartende, gesendete und fehlgeschlagene E-Mails ansehen</translation>
    </message>
    <message>
        <source>&amp;Send Waiting Emails</source>
        <translation>Wartende E-Mails &amp;senden</translation>
    </message>
    <message>
        <source>Send every email waiting in the outbox now</source>
        <translation>Alle im Postausgang wartenden E-Mails jetzt senden</translation>
    </message>
    <message>
        <source>Mail &amp;Accounts…</source>
        <translation>E-Mail-&amp;Konten…</translation>
    </message>
    <message>
        <source>Add or change the account your emails are sent from</source>
        <translation>Konto, von dem Ihre E-Mails gesendet werden, hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>Saved in the outbox.</source>
        <translation>Im Postausgang gespeichert.</translation>
    </message>
    <message>
        <source>Already sending…</source>
        <translation>Wird bereits gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>%n emails sent.</source>
        <translation>
            <numerusform>%n E-Mail gesendet.</numerusform>
            <numerusform>%n E-Mails gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails could not be sent: see the Outbox.</source>
        <translation>
            <numerusform>%n E-Mail konnte nicht gesendet werden: siehe Postausgang.</numerusform>
            <numerusform>%n E-Mails konnten nicht gesendet werden: siehe Postausgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent yet; it will be tried again later.</source>
        <translation>Noch nicht gesendet; es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>Nothing could be sent: add a mail account first (Mail › Mail Accounts).</source>
        <translation>Nichts konnte gesendet werden: Fügen Sie zuerst ein E-Mail-Konto hinzu (E-Mail › E-Mail-Konten).</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent.</source>
        <translation>Es wartete nichts auf den Versand.</translation>
    </message>
    <message>
        <source>Sign in again to send from “{name}” (Mail › Mail Accounts)</source>
        <translation>Melden Sie sich erneut an, um von „{name}“ zu senden (E-Mail › E-Mail-Konten)</translation>
    </message>
    <message>
        <source> · {n} held in the Outbox</source>
        <translation> · {n} im Postausgang zurückgehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n emails need your attention — see the Outbox</source>
        <translation>
            <numerusform>%n E-Mail erfordert Ihre Aufmerksamkeit – siehe Postausgang</numerusform>
            <numerusform>%n E-Mails erfordern Ihre Aufmerksamkeit – siehe Postausgang</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} waiting</source>
        <translation> · {n} wartend</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>%n emails may have been sent — check the Outbox</source>
        <translation>
            <numerusform>%n E-Mail wurde möglicherweise gesendet – prüfen Sie den Postausgang</numerusform>
            <numerusform>%n E-Mails wurden möglicherweise gesendet – prüfen Sie den Postausgang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails waiting in the outbox</source>
        <translation>
            <numerusform>%n E-Mail wartet im Postausgang</numerusform>
            <numerusform>%n E-Mails warten im Postausgang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>Be&amp;werbung</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Reflect</source>
        <translation>&amp;Reflexion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Application…</source>
        <translation>&amp;Neue Bewerbung…</translation>
    </message>
    <message>
        <source>Add an application</source>
        <translation>Bewerbung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import applications from a spreadsheet&apos;s CSV export</source>
        <translation>Bewerbungen aus dem CSV-Export einer Tabelle importieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export every application and its history to CSV</source>
        <translation>Alle Bewerbungen mit ihrem Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Write interviews, next actions and reminders to an iCalendar (.ics) file</source>
        <translation>Gespräche, nächste Schritte und Erinnerungen in eine iCalendar-Datei (.ics) schreiben</translation>
    </message>
    <message>
        <source>Import Interview &amp;Invitation…</source>
        <translation>&amp;Gesprächseinladung importieren…</translation>
    </message>
    <message>
        <source>Add an interview to the selected application from a calendar invitation (.ics)</source>
        <translation>Ein Gespräch aus einer Kalendereinladung (.ics) zur ausgewählten Bewerbung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Save a copy of your data in the backups folder</source>
        <translation>Eine Kopie Ihrer Daten im Sicherungsordner speichern</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace your data with an earlier backup</source>
        <translation>Ihre Daten durch eine frühere Sicherung ersetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Bewerbungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Show applications as a table</source>
        <translation>Bewerbungen als Tabelle zeigen</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>Show applications as cards in one column per stage</source>
        <translation>Bewerbungen als Karten zeigen, eine Spalte pro Phase</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>Show or hide the selected application&apos;s timeline and people</source>
        <translation>Verlauf und Personen der ausgewählten Bewerbung zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Edit Application…</source>
        <translation>Bewerbung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected application</source>
        <translation>Die ausgewählte Bewerbung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Application</source>
        <translation>Bewerbung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected application</source>
        <translation>Die ausgewählte Bewerbung löschen</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>In &amp;vorherige Phase verschieben</translation>
    </message>
    <message>
        <source>Move the selected card one column to the left on the board</source>
        <translation>Die ausgewählte Karte auf dem Board eine Spalte nach links verschieben</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>In &amp;nächste Phase verschieben</translation>
    </message>
    <message>
        <source>Move the selected card one column to the right on the board</source>
        <translation>Die ausgewählte Karte auf dem Board eine Spalte nach rechts verschieben</translation>
    </message>
    <message>
        <source>Handle &amp;Rejection…</source>
        <translation>&amp;Absage verarbeiten…</translation>
    </message>
    <message>
        <source>Work through a rejection step by step</source>
        <translation>Eine Absage Schritt für Schritt verarbeiten</translation>
    </message>
    <message>
        <source>&amp;About Next Move</source>
        <translation>&amp;Über Next Move</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Search company, role, location, notes…</source>
        <translation>Firma, Position, Ort, Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Selected application</source>
        <translation>Ausgewählte Bewerbung</translation>
    </message>
    <message>
        <source>Number of applications shown</source>
        <translation>Anzahl der angezeigten Bewerbungen</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Next Move</source>
        <translation>Next Move</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ihre Daten werden geöffnet…</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with the log and crash reports</source>
        <translation>Ordner mit Protokoll und Absturzberichten anzeigen</translation>
    </message>
    <message>
        <source>Could not open {folder}</source>
        <translation>{folder} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Colours, language, date format, your details, goals and backups</source>
        <translation>Farben, Sprache, Datumsformat, Ihre Angaben, Ziele und Sicherungen</translation>
    </message>
    <message>
        <source>Add to &amp;Timeline…</source>
        <translation>Zum &amp;Verlauf hinzufügen…</translation>
    </message>
    <message>
        <source>Add an entry to the selected application&apos;s timeline</source>
        <translation>Eintrag zum Verlauf der ausgewählten Bewerbung hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Contact…</source>
        <translation>&amp;Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person to the selected application</source>
        <translation>Person zur ausgewählten Bewerbung hinzufügen</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>Offen (nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Columns in your file</source>
        <translation>Spalten in Ihrer Datei</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Spalte in Ihrer Datei</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Import column {name} as</source>
        <translation>Spalte {name} importieren als</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Use the &amp;template again</source>
        <translation>&amp;Vorlage erneut verwenden</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>(no email address yet — add one on the first page)</source>
        <translation>(noch keine E-Mail-Adresse – fügen Sie auf der ersten Seite eine hinzu)</translation>
    </message>
</context>
<context>
    <name>NextMovePage</name>
    <message>
        <source>Your next move</source>
        <translation>Ihr nächster Schritt</translation>
    </message>
    <message>
        <source>Here is what you take away, and what you&apos;ll do next.</source>
        <translation>Das nehmen Sie mit, und das tun Sie als Nächstes.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Add an application to pursue</source>
        <translation>Zu verfolgende Bewerbung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source> applications a week</source>
        <translation> Bewerbungen pro Woche</translation>
    </message>
    <message>
        <source>Applications to pursue</source>
        <translation>Zu verfolgende Bewerbungen</translation>
    </message>
    <message>
        <source>&amp;Weekly goal:</source>
        <translation>&amp;Wochenziel:</translation>
    </message>
    <message>
        <source>Your other open applications will show up here once you add some.</source>
        <translation>Ihre anderen offenen Bewerbungen erscheinen hier, sobald Sie welche hinzufügen.</translation>
    </message>
    <message>
        <source>Application to pursue</source>
        <translation>Zu verfolgende Bewerbung</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>e.g. Follow up with the recruiter</source>
        <translation>z. B. beim Recruiter nachfassen</translation>
    </message>
    <message>
        <source>Next action date</source>
        <translation>Datum des nächsten Schritts</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Diesen Schritt entfernen</translation>
    </message>
</context>
<context>
    <name>NoMatches</name>
    <message>
        <source>No matching applications</source>
        <translation>Keine passenden Bewerbungen</translation>
    </message>
    <message>
        <source>Show all applications</source>
        <translation>Alle Bewerbungen anzeigen</translation>
    </message>
    <message>
        <source>Clear the search and the status filter</source>
        <translation>Suche und Statusfilter zurücksetzen</translation>
    </message>
    <message>
        <source>No applications in “{status}” match “{search}”.</source>
        <translation>Keine Bewerbungen in „{status}“ passen zu „{search}“.</translation>
    </message>
    <message>
        <source>No applications match “{search}”.</source>
        <translation>Keine Bewerbungen passen zu „{search}“.</translation>
    </message>
    <message>
        <source>No applications in “{status}”.</source>
        <translation>Keine Bewerbungen in „{status}“.</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Next Move</source>
        <translation>Next Move</translation>
    </message>
    <message>
        <source>Show Next Move</source>
        <translation>Next Move anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n things to do</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Next Move — {what}</source>
        <translation>Next Move – {what}</translation>
    </message>
    <message numerus="yes">
        <source>Next Move: %n things to do</source>
        <translation>
            <numerusform>Next Move: %n Aufgabe</numerusform>
            <numerusform>Next Move: %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…und {n} weitere</translation>
    </message>
</context>
<context>
    <name>OAuthFields</name>
    <message>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>Show advanced sign-in settings</source>
        <translation>Erweiterte Anmeldeeinstellungen anzeigen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Registered with the provider (see README)</source>
        <translation>Beim Anbieter registriert (siehe README)</translation>
    </message>
    <message>
        <source>Authorization address</source>
        <translation>Autorisierungsadresse</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Token-Adresse</translation>
    </message>
    <message>
        <source>Revocation address</source>
        <translation>Widerrufsadresse</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Authorization address:</source>
        <translation>Autorisierungsadresse:</translation>
    </message>
    <message>
        <source>Token address:</source>
        <translation>Token-Adresse:</translation>
    </message>
    <message>
        <source>Revocation address:</source>
        <translation>Widerrufsadresse:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Password (if your organisation allows it)</source>
        <translation>Passwort (falls Ihre Organisation es erlaubt)</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in through the provider (OAuth2)</source>
        <translation>Über den Anbieter anmelden (OAuth2)</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>May have been sent — check your Sent folder</source>
        <translation>Evtl. gesendet – prüfen Sie Ihren Ordner „Gesendet“</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf neuen Versuch</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No mail account yet</source>
        <translation>Noch kein E-Mail-Konto</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Emails in the outbox</source>
        <translation>E-Mails im Postausgang</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Preview of the selected email</source>
        <translation>Vorschau der ausgewählten E-Mail</translation>
    </message>
    <message>
        <source>Select an email to read it here.</source>
        <translation>Wählen Sie eine E-Mail aus, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>Nothing here yet. Emails you write or queue from the rejection wizard wait here until they are sent.</source>
        <translation>Noch nichts vorhanden. E-Mails, die Sie schreiben oder aus dem Absage-Assistenten einreihen, warten hier, bis sie gesendet werden.</translation>
    </message>
    <message>
        <source>No mail account</source>
        <translation>Kein E-Mail-Konto</translation>
    </message>
    <message>
        <source>Send Waiting Now</source>
        <translation>Wartende jetzt senden</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>To: {to}</source>
        <translation>An: {to}</translation>
    </message>
    <message>
        <source>About: {application}</source>
        <translation>Betrifft: {application}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <source>Sent to {to}.</source>
        <translation>Gesendet an {to}.</translation>
    </message>
    <message>
        <source>Next try at {time}. Last time: {reason}</source>
        <translation>Nächster Versuch um {time}. Letztes Mal: {reason}</translation>
    </message>
    <message>
        <source>{state}: {reason} Sign in again in Mail › Mail Accounts; the email then leaves with Send Waiting Now.</source>
        <translation>{state}: {reason} Melden Sie sich unter E-Mail › E-Mail-Konten erneut an; die E-Mail geht dann mit „Wartende jetzt senden“ hinaus.</translation>
    </message>
    <message>
        <source>{state}: {reason} Fix the account in Mail › Mail Accounts (Test Connection helps), then choose Send Waiting Now.</source>
        <translation>{state}: {reason} Korrigieren Sie das Konto unter E-Mail › E-Mail-Konten („Verbindung testen“ hilft dabei) und wählen Sie dann „Wartende jetzt senden“.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>Next Move cannot tell whether this email left before it was interrupted. Send it again only if it is not in your Sent folder.</source>
        <translation>Next Move kann nicht feststellen, ob diese E-Mail vor der Unterbrechung versendet wurde. Senden Sie sie nur dann erneut, wenn sie nicht in Ihrem Ordner „Gesendet“ liegt.</translation>
    </message>
    <message>
        <source>Delete email</source>
        <translation>E-Mail löschen</translation>
    </message>
    <message>
        <source>Delete the email to {to}? It has not been sent.</source>
        <translation>E-Mail an {to} löschen? Sie wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>PostingForm</name>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbeitsmodell</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Bewerbungsschluss</translation>
    </message>
    <message>
        <source>Job link</source>
        <translation>Link zur Stelle</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Stellenbeschreibung</translation>
    </message>
    <message>
        <source>The posting&apos;s text, kept as it is today</source>
        <translation>Der Text der Anzeige, so wie er heute ist</translation>
    </message>
    <message>
        <source>&amp;Company *</source>
        <translation>&amp;Firma *</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>&amp;Position *</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>Arbeits&amp;modell</translation>
    </message>
    <message>
        <source>Sa&amp;lary</source>
        <translation>Ge&amp;halt</translation>
    </message>
    <message>
        <source>&amp;Posted on</source>
        <translation>&amp;Veröffentlicht am</translation>
    </message>
    <message>
        <source>Closes o&amp;n</source>
        <translation>Bewerbungss&amp;chluss</translation>
    </message>
    <message>
        <source>Job &amp;link</source>
        <translation>Lin&amp;k zur Stelle</translation>
    </message>
    <message>
        <source>Job &amp;description</source>
        <translation>Stellenbeschreib&amp;ung</translation>
    </message>
    <message>
        <source>Where this came from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>edited by you</source>
        <translation>von Ihnen bearbeitet</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>As your system writes dates</source>
        <translation>Wie Ihr System Daten schreibt</translation>
    </message>
    <message>
        <source>Day, abbreviated month, year</source>
        <translation>Tag, abgekürzter Monat, Jahr</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>Day.month.year</source>
        <translation>Tag.Monat.Jahr</translation>
    </message>
    <message>
        <source>Year-month-day (ISO 8601)</source>
        <translation>Jahr-Monat-Tag (ISO 8601)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>System default ({example})</source>
        <translation>Systemstandard ({example})</translation>
    </message>
    <message>
        <source>Typing a date accepts every format, as well as today, +3d or a weekday.</source>
        <translation>Bei der Eingabe eines Datums wird jedes Format akzeptiert, ebenso „today“, „+3d“ oder ein (englischer) Wochentag.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light or dark, as your desktop is</source>
        <translation>Hell oder dunkel, wie Ihr Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Immer hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Immer dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language shows the next time Next Move starts.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von Next Move.</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source> applications a week</source>
        <translation> Bewerbungen pro Woche</translation>
    </message>
    <message>
        <source>You set a weekly goal at the end of your first reflection.</source>
        <translation>Ein Wochenziel legen Sie am Ende Ihrer ersten Reflexion fest.</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <source>Daily backups beyond this many are deleted, the oldest first.</source>
        <translation>Tägliche Sicherungen über diese Zahl hinaus werden gelöscht, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>Goals and backups</source>
        <translation>Ziele und Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Weekly goal:</source>
        <translation>&amp;Wochenziel:</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>Aufbewahrte &amp;Sicherungen:</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Sprache der Vorlagen</translation>
    </message>
    <message>
        <source>The language of the emails Next Move drafts for you.</source>
        <translation>Die Sprache der E-Mails, die Next Move für Sie entwirft.</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>E-Mail-Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Write emails in:</source>
        <translation>E-Mails &amp;schreiben auf:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>e.g. Alex Morgan</source>
        <translation>z. B. Alex Morgan</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Best regards,
Alex Morgan
+44 7700 900123</source>
        <translation>Mit freundlichen Grüßen
Alex Morgan
+44 7700 900123</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Show &amp;dates as:</source>
        <translation>&amp;Datum anzeigen als:</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>Used to sign the emails Next Move writes for you.</source>
        <translation>Wird zum Unterschreiben der E-Mails verwendet, die Next Move für Sie schreibt.</translation>
    </message>
</context>
<context>
    <name>ReflectPage</name>
    <message>
        <source>Reflect on each stage</source>
        <translation>Über jede Phase reflektieren</translation>
    </message>
    <message>
        <source>Go through the process one stage at a time and score yourself honestly: 1 is rough, 5 is your best. Add or remove stages so the list matches what really happened.</source>
        <translation>Gehen Sie den Prozess Phase für Phase durch und bewerten Sie sich ehrlich: 1 ist holprig, 5 ist Ihr Bestes. Fügen Sie Phasen hinzu oder entfernen Sie welche, damit die Liste dem tatsächlichen Ablauf entspricht.</translation>
    </message>
    <message>
        <source>Celebrate and repeat</source>
        <translation>Feiern und wiederholen</translation>
    </message>
    <message>
        <source>Worth improving</source>
        <translation>Verbesserungswürdig</translation>
    </message>
    <message>
        <source>Score a stage 4 or 5 to see it here.</source>
        <translation>Bewerten Sie eine Phase mit 4 oder 5, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Nothing stands out. Well done.</source>
        <translation>Nichts fällt auf. Gut gemacht.</translation>
    </message>
    <message>
        <source>Score a stage to see what is worth working on.</source>
        <translation>Bewerten Sie eine Phase, um zu sehen, woran es sich zu arbeiten lohnt.</translation>
    </message>
</context>
<context>
    <name>ReflectionsDialog</name>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>Unfinished reflections</source>
        <translation>Unvollendete Reflexionen</translation>
    </message>
    <message>
        <source>Finished reflections</source>
        <translation>Abgeschlossene Reflexionen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Unfinished — pick up where you left off</source>
        <translation>Unvollendet – machen Sie dort weiter, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing left half-way.</source>
        <translation>Nichts ist halb fertig.</translation>
    </message>
    <message>
        <source>Reflections you finish are kept here, to reread and export.</source>
        <translation>Abgeschlossene Reflexionen werden hier aufbewahrt, zum erneuten Lesen und Exportieren.</translation>
    </message>
    <message>
        <source>{company} — {role}
Step {step} of 9 · {when}</source>
        <translation>{company} — {role}
Schritt {step} von 9 · {when}</translation>
    </message>
    <message>
        <source>{company} — {role}
Finished {when}</source>
        <translation>{company} — {role}
Abgeschlossen {when}</translation>
    </message>
    <message>
        <source>Discard this reflection?</source>
        <translation>Diese Reflexion verwerfen?</translation>
    </message>
    <message>
        <source>Your answers in this unfinished reflection will be deleted.</source>
        <translation>Ihre Antworten in dieser unvollendeten Reflexion werden gelöscht.</translation>
    </message>
</context>
<context>
    <name>RejectionNotice</name>
    <message>
        <source>Rejection</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>Reflect now…</source>
        <translation>Jetzt reflektieren…</translation>
    </message>
    <message>
        <source>Reflect on this rejection now</source>
        <translation>Jetzt über diese Absage reflektieren</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Sorry about {what}. Reflecting on it now helps the next application. Want to go through it?</source>
        <translation>Schade um {what}. Jetzt darüber zu reflektieren hilft bei der nächsten Bewerbung. Möchten Sie es durchgehen?</translation>
    </message>
</context>
<context>
    <name>RejectionWizard</name>
    <message>
        <source>Handle a rejection</source>
        <translation>Mit einer Absage umgehen</translation>
    </message>
    <message>
        <source>Handle rejection — {role} at {company}</source>
        <translation>Mit Absage umgehen – {role} bei {company}</translation>
    </message>
    <message>
        <source>&amp;Save and Close</source>
        <translation>&amp;Speichern und schließen</translation>
    </message>
    <message>
        <source>Page {page} needs an answer first: {detail}</source>
        <translation>Seite {page} braucht zuerst eine Antwort: {detail}</translation>
    </message>
    <message>
        <source>This application was deleted, so the reflection cannot be saved.</source>
        <translation>Diese Bewerbung wurde gelöscht, daher kann die Reflexion nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Your answers are saved as a draft. Resume it any time from Reflect ▸ Reflections…

Press Escape again to close.</source>
        <translation>Ihre Antworten sind als Entwurf gespeichert. Sie können ihn jederzeit unter Reflektieren ▸ Reflexionen… fortsetzen.

Drücken Sie erneut Escape, um zu schließen.</translation>
    </message>
</context>
<context>
    <name>RemindersPreferences</name>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Suggest a follow-up after</source>
        <translation>Nachfassen vorschlagen nach</translation>
    </message>
    <message>
        <source>Days with no answer before a follow-up</source>
        <translation>Tage ohne Antwort bis zum Nachfassen</translation>
    </message>
    <message>
        <source>Suggest marking as ghosted after</source>
        <translation>„Keine Antwort“ vorschlagen nach</translation>
    </message>
    <message>
        <source>Days with no activity before marking as ghosted</source>
        <translation>Tage ohne Aktivität bis „Keine Antwort“</translation>
    </message>
    <message>
        <source>A thank-you after an interview (the same or next day)</source>
        <translation>Ein Dankeschön nach einem Gespräch (am selben oder nächsten Tag)</translation>
    </message>
    <message>
        <source>A hello when a keep-in-touch date comes</source>
        <translation>Ein Gruß, wenn ein Termin zum In-Kontakt-Bleiben kommt</translation>
    </message>
    <message>
        <source>A learning goal that is due</source>
        <translation>Ein fälliges Lernziel</translation>
    </message>
    <message>
        <source>with no answer</source>
        <translation>ohne Antwort</translation>
    </message>
    <message>
        <source>with no activity</source>
        <translation>ohne Aktivität</translation>
    </message>
    <message>
        <source>Shown under Suggested in the Goals and Reminders panel.</source>
        <translation>Erscheinen unter „Vorgeschlagen“ im Bereich Ziele und Erinnerungen.</translation>
    </message>
    <message>
        <source>Show the icon in the system tray</source>
        <translation>Symbol im Infobereich anzeigen</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>The tray icon tells you when something is due; while the window is closed, Show Next Move brings it back and Quit ends the app.</source>
        <translation>Das Symbol im Infobereich meldet, wenn etwas fällig ist; bei geschlossenem Fenster holt „Next Move anzeigen“ es zurück, und „Beenden“ schließt die App.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: what is due shows in the window.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Fälliges erscheint im Fenster.</translation>
    </message>
    <message>
        <source>Keep a calendar file up to date in this folder:</source>
        <translation>Eine Kalenderdatei in diesem Ordner aktuell halten:</translation>
    </message>
    <message>
        <source>Calendar folder</source>
        <translation>Kalenderordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>{name} there is rewritten after every change, for a calendar app that subscribes to it.</source>
        <translation>{name} wird dort nach jeder Änderung neu geschrieben, für eine Kalender-App, die sie abonniert.</translation>
    </message>
    <message>
        <source>Keep the calendar file in</source>
        <translation>Kalenderdatei speichern in</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>The insights could not be read; see the log for details.</source>
        <translation>Die Auswertungen konnten nicht gelesen werden; Details finden Sie im Protokoll.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Reflection report</source>
        <translation>Reflexionsbericht</translation>
    </message>
    <message>
        <source>Reflection — {title}</source>
        <translation>Reflexion – {title}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Feedback &amp;Arrived…</source>
        <translation>Feedback &amp;eingetroffen…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export reflection</source>
        <translation>Reflexion exportieren</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}</source>
        <translation>Konnte nicht unter {path} speichern: {reason}</translation>
    </message>
    <message>
        <source>Saved to {name}</source>
        <translation>Gespeichert unter {name}</translation>
    </message>
    <message>
        <source>Feedback saved. Thank them when you can.</source>
        <translation>Feedback gespeichert. Bedanken Sie sich, wenn Sie können.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose a Backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>Next Move backups (*.sqlite3);;All files (*)</source>
        <translation>Sicherungen von Next Move (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. Your data as it is now is backed up first, so you can undo this by restoring that backup.</source>
        <translation>Wählen Sie die Sicherung, die zurückgeholt werden soll. Ihr aktueller Datenstand wird vorher gesichert, sodass Sie dies durch Wiederherstellen dieser Sicherung rückgängig machen können.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>No backups yet. Use Choose File… to restore another copy.</source>
        <translation>Noch keine Sicherungen. Mit „Datei wählen…“ stellen Sie eine andere Kopie wieder her.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>RowLoading</name>
    <message>
        <source>Loading applications…</source>
        <translation>Bewerbungen werden geladen…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>1 application</source>
        <translation>1 Bewerbung</translation>
    </message>
    <message>
        <source>{total} applications</source>
        <translation>{total} Bewerbungen</translation>
    </message>
    <message>
        <source>{shown} of {total} applications</source>
        <translation>{shown} von {total} Bewerbungen</translation>
    </message>
</context>
<context>
    <name>ScoreButtons</name>
    <message>
        <source>Went badly</source>
        <translation>Lief schlecht</translation>
    </message>
    <message>
        <source>Below what I can do</source>
        <translation>Unter meinen Möglichkeiten</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <source>Went very well</source>
        <translation>Lief sehr gut</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Ein wenig</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>Einigermaßen</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Sehr</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Signed in. This account is ready to send.</source>
        <translation>Angemeldet. Dieses Konto ist bereit zum Senden.</translation>
    </message>
    <message>
        <source>Signing in was cancelled. Nothing was changed.</source>
        <translation>Die Anmeldung wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No sign-in arrived within 5 minutes. Click the button to try again.</source>
        <translation>Innerhalb von 5 Minuten ist keine Anmeldung eingegangen. Klicken Sie auf die Schaltfläche, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <source>Research and preparation</source>
        <translation>Recherche und Vorbereitung</translation>
    </message>
    <message>
        <source>Application materials</source>
        <translation>Bewerbungsunterlagen</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Vorgespräch</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Eignungstest</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Interview round {number}</source>
        <translation>Gesprächsrunde {number}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>How it went (1-5)</source>
        <translation>Wie es lief (1–5)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Add a stage</source>
        <translation>Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <source>Score for {stage}</source>
        <translation>Bewertung für {stage}</translation>
    </message>
    <message>
        <source>Note for {stage}</source>
        <translation>Notiz zu {stage}</translation>
    </message>
    <message>
        <source>What happened, how you felt</source>
        <translation>Was geschah, wie Sie sich fühlten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this stage</source>
        <translation>Diese Phase entfernen</translation>
    </message>
</context>
<context>
    <name>StepBackPage</name>
    <message>
        <source>Take a step back</source>
        <translation>Einen Schritt zurücktreten</translation>
    </message>
    <message>
        <source>Was this role really right for you? Your answer shapes where you look next.</source>
        <translation>War diese Stelle wirklich die richtige für Sie? Ihre Antwort bestimmt, wo Sie als Nächstes suchen.</translation>
    </message>
    <message>
        <source>Applied for the right reasons</source>
        <translation>Aus den richtigen Gründen beworben</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Noch nicht sicher</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>How much it excited you</source>
        <translation>Wie sehr sie Sie begeistert hat</translation>
    </message>
    <message>
        <source>Values and skills</source>
        <translation>Werte und Fähigkeiten</translation>
    </message>
    <message>
        <source>Which of your values and skills matched the job description, and which not?</source>
        <translation>Welche Ihrer Werte und Fähigkeiten passten zur Stellenbeschreibung und welche nicht?</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Was besser sein könnte</translation>
    </message>
    <message>
        <source>Saved job description</source>
        <translation>Gespeicherte Stellenbeschreibung</translation>
    </message>
    <message>
        <source>No job description was saved with this application.</source>
        <translation>Zu dieser Bewerbung wurde keine Stellenbeschreibung gespeichert.</translation>
    </message>
    <message>
        <source>It was right for me: keep looking for si&amp;milar roles</source>
        <translation>Sie passte zu mir: weiter nach ä&amp;hnlichen Stellen suchen</translation>
    </message>
    <message>
        <source>&amp;Adjust my direction</source>
        <translation>Meine Richtung &amp;anpassen</translation>
    </message>
    <message>
        <source>Did you apply for the &amp;right reasons?</source>
        <translation>Haben Sie sich aus den &amp;richtigen Gründen beworben?</translation>
    </message>
    <message>
        <source>How much did it e&amp;xcite you?</source>
        <translation>Wie sehr hat sie Sie &amp;begeistert?</translation>
    </message>
    <message>
        <source>The &amp;job description you saved:</source>
        <translation>Die gespeicherte &amp;Stellenbeschreibung:</translation>
    </message>
    <message>
        <source>&amp;Values and skills:</source>
        <translation>&amp;Werte und Fähigkeiten:</translation>
    </message>
    <message>
        <source>What went &amp;well:</source>
        <translation>Was gut &amp;lief:</translation>
    </message>
    <message>
        <source>What &amp;could be better:</source>
        <translation>Was besser sein &amp;könnte:</translation>
    </message>
    <message>
        <source>How do you want to go on?</source>
        <translation>Wie möchten Sie weitermachen?</translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <source>The email had already been sent; it cannot be taken back.</source>
        <translation>Die E-Mail wurde bereits gesendet; sie kann nicht zurückgeholt werden.</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Snooze “{what}” for a day</source>
        <translation>„{what}“ um einen Tag verschieben</translation>
    </message>
    <message>
        <source>Snooze “{what}” for a week</source>
        <translation>„{what}“ um eine Woche verschieben</translation>
    </message>
    <message>
        <source>Snoozed — it comes back on {day:%d %b}</source>
        <translation>Verschoben – es erscheint wieder am {day:%d %b}</translation>
    </message>
    <message>
        <source>Dismiss “{what}”</source>
        <translation>„{what}“ verwerfen</translation>
    </message>
    <message>
        <source>Dismissed — Undo with Ctrl+Z</source>
        <translation>Verworfen – Rückgängig mit Ctrl+Z</translation>
    </message>
    <message>
        <source>Mark “{skill}” done</source>
        <translation>„{skill}“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Learning goal done — well done</source>
        <translation>Lernziel erreicht – gut gemacht</translation>
    </message>
    <message>
        <source>Queue the email for “{what}”</source>
        <translation>E-Mail für „{what}“ einreihen</translation>
    </message>
    <message>
        <source>Queued for {to} — it waits in the outbox</source>
        <translation>Für {to} eingereiht – wartet im Postausgang</translation>
    </message>
    <message>
        <source>No email address known yet: the draft waits in the outbox</source>
        <translation>Noch keine E-Mail-Adresse bekannt: Der Entwurf wartet im Postausgang</translation>
    </message>
    <message>
        <source>Marked as ghosted — Undo with Ctrl+Z</source>
        <translation>Als „Keine Antwort“ markiert – Rückgängig mit Ctrl+Z</translation>
    </message>
    <message>
        <source>all</source>
        <translation>zusammen</translation>
    </message>
    <message>
        <source>there</source>
        <translation>zusammen</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Suggested next steps</source>
        <translation>Vorgeschlagene nächste Schritte</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>Um 1 Tag</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Um 1 Woche</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing to suggest right now.</source>
        <translation>Im Moment gibt es nichts vorzuschlagen.</translation>
    </message>
    <message>
        <source>Follow up on {where}: no answer for {days} days</source>
        <translation>Bei {where} nachfassen: seit {days} Tagen keine Antwort</translation>
    </message>
    <message>
        <source>Thank {company} for the interview</source>
        <translation>{company} für das Interview danken</translation>
    </message>
    <message>
        <source>No news from {where} for {days} days: mark as ghosted?</source>
        <translation>Seit {days} Tagen nichts von {where} gehört: als „Keine Antwort“ markieren?</translation>
    </message>
    <message>
        <source>your contact</source>
        <translation>Ihren Kontakt</translation>
    </message>
    <message>
        <source>Say hello to {who}{at}</source>
        <translation>{who}{at} grüßen</translation>
    </message>
    <message>
        <source>Learning goal due: {skill}</source>
        <translation>Lernziel fällig: {skill}</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a drafted email (no address known yet)</source>
        <translation>E-Mail-Entwurf öffnen (noch keine Adresse bekannt)</translation>
    </message>
    <message>
        <source>Queue a drafted email to {who}</source>
        <translation>E-Mail-Entwurf an {who} einreihen</translation>
    </message>
    <message>
        <source>Mark the application as ghosted</source>
        <translation>Bewerbung als „Keine Antwort“ markieren</translation>
    </message>
    <message>
        <source>Mark the learning goal as done</source>
        <translation>Lernziel als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Replace your message?</source>
        <translation>Ihre Nachricht ersetzen?</translation>
    </message>
    <message>
        <source>Start again from the “{name}” template? What you wrote will be replaced (Undo in the message brings it back).</source>
        <translation>Neu mit der Vorlage „{name}“ beginnen? Ihr bisheriger Text wird ersetzt (Rückgängig in der Nachricht stellt ihn wieder her).</translation>
    </message>
</context>
<context>
    <name>TemplateCombo</name>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Ask for feedback</source>
        <translation>Um Feedback bitten</translation>
    </message>
    <message>
        <source>Ask for more specific feedback</source>
        <translation>Um konkreteres Feedback bitten</translation>
    </message>
    <message>
        <source>Thanks for the feedback</source>
        <translation>Dank für das Feedback</translation>
    </message>
    <message>
        <source>Thank-you (don&apos;t burn your bridges)</source>
        <translation>Dankeschön (keine Brücken abbrechen)</translation>
    </message>
    <message>
        <source>Talk to the experts</source>
        <translation>Mit Fachleuten sprechen</translation>
    </message>
    <message>
        <source>Follow-up on an application</source>
        <translation>Nachfrage zu einer Bewerbung</translation>
    </message>
    <message>
        <source>Thank you after an interview</source>
        <translation>Dank nach einem Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Thank you for an offer</source>
        <translation>Dank für ein Angebot</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Email Templates</source>
        <translation>E-Mail-Vorlagen</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>E-Mail-Vorlagen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Placeholders: </source>
        <translation>Platzhalter: </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Restore the Original</source>
        <translation>&amp;Original wiederherstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Preview (with example names)</source>
        <translation>Vorschau (mit Beispielnamen)</translation>
    </message>
    <message>
        <source>Placeholders you can use: {names}.</source>
        <translation>Verfügbare Platzhalter: {names}.</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <source>Give the email a subject.</source>
        <translation>Geben Sie der E-Mail einen Betreff.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>Not saved: check the placeholders marked above. To keep the braces as written, press Save Anyway.</source>
        <translation>Nicht gespeichert: Prüfen Sie die oben markierten Platzhalter. Um die geschweiften Klammern so zu behalten, klicken Sie auf „Trotzdem speichern“.</translation>
    </message>
    <message>
        <source>Saved. New emails will use this text.</source>
        <translation>Gespeichert. Neue E-Mails verwenden diesen Text.</translation>
    </message>
    <message>
        <source>The original text is back.</source>
        <translation>Der ursprüngliche Text ist wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add an entry to the timeline</source>
        <translation>Eintrag zum Verlauf hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Interview (round {round})</source>
        <translation>Gespräch (Runde {round})</translation>
    </message>
    <message>
        <source>{time} ({minutes} min)</source>
        <translation>{time} ({minutes} Min.)</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>mit {names}</translation>
    </message>
</context>
<context>
    <name>TrackerColumns</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>TrackerCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Mark {name} as {status}</source>
        <translation>{name} als {status} markieren</translation>
    </message>
    <message>
        <source>Add “{what}” to {name}</source>
        <translation>„{what}“ zu {name} hinzufügen</translation>
    </message>
    <message>
        <source>Delete “{what}”</source>
        <translation>„{what}“ löschen</translation>
    </message>
    <message>
        <source>Edit “{what}”</source>
        <translation>„{what}“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>TrackerDelegate</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TrackerEditing</name>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted {name} — Undo with Ctrl+Z</source>
        <translation>{name} gelöscht – Rückgängig mit Ctrl+Z</translation>
    </message>
    <message>
        <source>{name} is now {status}</source>
        <translation>{name} ist jetzt {status}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>{days} Tage überfällig</translation>
    </message>
</context>
<context>
    <name>TrackerTable</name>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Undone: {what}</source>
        <translation>Rückgängig gemacht: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Wiederhergestellt: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Rückgängig: {what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederholen: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Wiederholen: {what}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>UpskillPage</name>
    <message>
        <source>Upskill</source>
        <translation>Weiterbilden</translation>
    </message>
    <message>
        <source>Every rejection points at something you can grow. Pick a skill, a course or a certification, and give yourself a date.</source>
        <translation>Jede Absage zeigt auf etwas, woran Sie wachsen können. Wählen Sie eine Fähigkeit, einen Kurs oder eine Zertifizierung und setzen Sie sich ein Datum.</translation>
    </message>
    <message>
        <source>&amp;Add a learning goal</source>
        <translation>Lernziel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the su&amp;ggestion</source>
        <translation>&amp;Vorschlag hinzufügen</translation>
    </message>
    <message>
        <source>Suggested from your lowest-rated stage: {names}</source>
        <translation>Vorgeschlagen anhand Ihrer am schlechtesten bewerteten Phase: {names}</translation>
    </message>
    <message>
        <source>Add any skill you would like to strengthen.</source>
        <translation>Fügen Sie eine beliebige Fähigkeit hinzu, die Sie stärken möchten.</translation>
    </message>
    <message>
        <source>Score a stage on the Reflect page to get a suggestion.</source>
        <translation>Bewerten Sie auf der Seite „Reflektieren“ eine Phase, um einen Vorschlag zu erhalten.</translation>
    </message>
    <message>
        <source>The suggestion is already in your list.</source>
        <translation>Der Vorschlag steht bereits in Ihrer Liste.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Applications per week</source>
        <translation>Bewerbungen pro Woche</translation>
    </message>
    <message>
        <source>Applications you send in the last twelve weeks will be counted here week by week, next to the weekly goal you set at the end of a reflection.</source>
        <translation>Bewerbungen, die Sie in den letzten zwölf Wochen versenden, werden hier Woche für Woche gezählt, neben dem Wochenziel, das Sie am Ende einer Reflexion festlegen.</translation>
    </message>
    <message>
        <source>week of {day}: {count}</source>
        <translation>Woche vom {day}: {count}</translation>
    </message>
    <message>
        <source>goal: {goal} a week</source>
        <translation>Ziel: {goal} pro Woche</translation>
    </message>
    <message>
        <source>Week of {day}: {count} sent</source>
        <translation>Woche vom {day}: {count} gesendet</translation>
    </message>
</context>
<context>
    <name>WhatHappenedPage</name>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Vorgespräch</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Eignungstest</translation>
    </message>
    <message>
        <source>Interview round 1</source>
        <translation>Gesprächsrunde 1</translation>
    </message>
    <message>
        <source>Interview round 2</source>
        <translation>Gesprächsrunde 2</translation>
    </message>
    <message>
        <source>Interview round 3</source>
        <translation>Gesprächsrunde 3</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Start with the facts. It helps to put them down while they are fresh.</source>
        <translation>Beginnen Sie mit den Fakten. Es hilft, sie festzuhalten, solange sie frisch sind.</translation>
    </message>
    <message>
        <source>{role} at {company}</source>
        <translation>{role} bei {company}</translation>
    </message>
    <message>
        <source>You cannot have heard back in the future.</source>
        <translation>Sie können keine Antwort in der Zukunft erhalten haben.</translation>
    </message>
    <message>
        <source>When you heard back</source>
        <translation>Wann Sie Antwort erhielten</translation>
    </message>
    <message>
        <source>How the news came</source>
        <translation>Wie die Nachricht kam</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Erreichte Phase</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Genannter Grund</translation>
    </message>
    <message>
        <source>Their words, if they gave a reason (optional)</source>
        <translation>Ihre Worte, falls ein Grund genannt wurde (optional)</translation>
    </message>
    <message>
        <source>Who told you</source>
        <translation>Wer es Ihnen mitgeteilt hat</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-Mail des Kontakts</translation>
    </message>
    <message>
        <source>name@company.com (for the emails)</source>
        <translation>name@firma.de (für die E-Mails)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>How you sign your emails</source>
        <translation>Wie Sie Ihre E-Mails unterschreiben</translation>
    </message>
    <message>
        <source>When did you &amp;hear back?</source>
        <translation>Wann haben Sie &amp;Antwort erhalten?</translation>
    </message>
    <message>
        <source>How did the news &amp;come?</source>
        <translation>Wie &amp;kam die Nachricht?</translation>
    </message>
    <message>
        <source>How &amp;far did you get?</source>
        <translation>Wie &amp;weit sind Sie gekommen?</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>&amp;Genannter Grund:</translation>
    </message>
    <message>
        <source>&amp;Who told you?</source>
        <translation>W&amp;er hat es Ihnen mitgeteilt?</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>&amp;Goals and Reminders</source>
        <translation>&amp;Ziele und Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Reflections…</source>
        <translation>&amp;Reflexionen…</translation>
    </message>
    <message>
        <source>&amp;Insights…</source>
        <translation>&amp;Auswertungen…</translation>
    </message>
    <message>
        <source>Email &amp;Templates…</source>
        <translation>E-Mail-&amp;Vorlagen…</translation>
    </message>
    <message>
        <source>That application no longer exists.</source>
        <translation>Diese Bewerbung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Select an application first, or resume one from Reflect ▸ Reflections.</source>
        <translation>Wählen Sie zuerst eine Bewerbung aus oder setzen Sie eine unter Reflektieren ▸ Reflexionen fort.</translation>
    </message>
    <message>
        <source>Reflection saved. Any emails you queued are waiting in the outbox.</source>
        <translation>Reflexion gespeichert. Eingereihte E-Mails warten im Postausgang.</translation>
    </message>
    <message>
        <source>Draft saved — resume it from Reflect ▸ Reflections…</source>
        <translation>Entwurf gespeichert – setzen Sie ihn unter Reflektieren ▸ Reflexionen… fort</translation>
    </message>
    <message>
        <source>{role} at {company}</source>
        <translation>{role} bei {company}</translation>
    </message>
</context>
<context>
    <name>WizardSteps</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von Ihnen erstellt</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>inbox</name>
    <message>
        <source>Match the email to another application</source>
        <translation>E-Mail einer anderen Bewerbung zuordnen</translation>
    </message>
    <message>
        <source>Record the feedback that arrived</source>
        <translation>Eingegangenes Feedback festhalten</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write {file}: check that the folder is writable.</source>
        <translation>{file} konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Next Move cannot open your data</source>
        <translation>Next Move kann Ihre Daten nicht öffnen</translation>
    </message>
    <message>
        <source>Another Next Move command ({command}) is using this data folder:
{folder}

Wait for it to finish, then start Next Move again.</source>
        <translation>Ein anderer Befehl von Next Move ({command}) verwendet diesen Datenordner:
{folder}

Warten Sie, bis er fertig ist, und starten Sie Next Move dann erneut.</translation>
    </message>
    <message>
        <source>Next Move is busy</source>
        <translation>Next Move ist beschäftigt</translation>
    </message>
    <message>
        <source>Next Move is already open with this data folder:
{folder}

Switch to its window, or quit it and start Next Move again.</source>
        <translation>Next Move ist mit diesem Datenordner bereits geöffnet:
{folder}

Wechseln Sie zu dessen Fenster oder beenden Sie es und starten Sie Next Move erneut.</translation>
    </message>
    <message>
        <source>Next Move is already running</source>
        <translation>Next Move läuft bereits</translation>
    </message>
    <message>
        <source>Next Move could not lock its data folder:
{folder}

Check that you may write to it.</source>
        <translation>Next Move konnte seinen Datenordner nicht sperren:
{folder}

Prüfen Sie, ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>This data needs a newer Next Move</source>
        <translation>Für diese Daten ist eine neuere Version von Next Move nötig</translation>
    </message>
    <message>
        <source>Next Move could not open its data in
{folder}

The file has not been changed. ({reason})</source>
        <translation>Next Move konnte seine Daten nicht öffnen in
{folder}

Die Datei wurde nicht verändert. ({reason})</translation>
    </message>
    <message>
        <source>Next Move could not read its data file: it is damaged or is not a Next Move database.</source>
        <translation>Next Move konnte seine Datendatei nicht lesen: Sie ist beschädigt oder keine Datenbank von Next Move.</translation>
    </message>
    <message>
        <source>The most recent good backup is from {when}.</source>
        <translation>Die neueste intakte Sicherung stammt vom {when}.</translation>
    </message>
    <message>
        <source>Restore Backup from {when}</source>
        <translation>Sicherung vom {when} wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup to restore from.</source>
        <translation>Es gibt keine Sicherung, aus der wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>If you restore the backup or start with an empty database, the damaged file</source>
        <translation>Wenn Sie die Sicherung wiederherstellen oder mit einer leeren Datenbank beginnen, wird die beschädigte Datei</translation>
    </message>
    <message>
        <source>If you start with an empty database, the damaged file</source>
        <translation>Wenn Sie mit einer leeren Datenbank beginnen, wird die beschädigte Datei</translation>
    </message>
    <message>
        <source>{kept} is kept: it is renamed, with “damaged” and today’s date added to its name, in
{folder}</source>
        <translation>{kept} aufbewahrt: Sie wird umbenannt – ihr Name erhält den Zusatz „beschädigt“ und das heutige Datum – und liegt in
{folder}</translation>
    </message>
    <message>
        <source>Quit leaves the file untouched; Next Move asks again when it next starts.</source>
        <translation>„Beenden“ lässt die Datei unverändert; Next Move fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>Start with an Empty Database</source>
        <translation>Mit leerer Datenbank beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Ihre Datendatei ist beschädigt</translation>
    </message>
    <message>
        <source>Next Move keeps its data in a folder, but this is a file:
{file}

Start Next Move with a folder instead.</source>
        <translation>Next Move speichert seine Daten in einem Ordner, dies ist aber eine Datei:
{file}

Starten Sie Next Move stattdessen mit einem Ordner.</translation>
    </message>
    <message>
        <source>Next Move could not use its data folder:
{folder}

{reason}</source>
        <translation>Next Move konnte seinen Datenordner nicht verwenden:
{folder}

{reason}</translation>
    </message>
</context>
</TS>
