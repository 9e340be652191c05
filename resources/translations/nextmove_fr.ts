<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Next Move</source>
        <translation>À propos de Next Move</translation>
    </message>
    <message>
        <source>Next Move {version}

Track your applications, learn from every rejection, and plan your next move.</source>
        <translation>Next Move {version}

Suivez vos candidatures, tirez des leçons de chaque refus et préparez la suite.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail accounts</source>
        <translation>Comptes de messagerie</translation>
    </message>
    <message>
        <source>Mail Accounts</source>
        <translation>Comptes de messagerie</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Remove Account…</source>
        <translation>Supprimer le compte…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test en cours</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Enregistrer le compte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Add a new account…</source>
        <translation>Ajouter un nouveau compte…</translation>
    </message>
    <message>
        <source>The provider no longer accepts this account&apos;s sign-in: sign in again. Its emails wait in the outbox until you do.</source>
        <translation>Le fournisseur n&apos;accepte plus la connexion de ce compte : reconnectez-vous. Ses e-mails attendent dans la boîte d&apos;envoi jusque-là.</translation>
    </message>
    <message>
        <source>Sign in first: then the test can sign in too.</source>
        <translation>Connectez-vous d&apos;abord : le test pourra alors se connecter aussi.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Connexion à {host}…</translation>
    </message>
    <message>
        <source>Signed in. This account is ready to send.</source>
        <translation>Connecté. Ce compte est prêt à envoyer.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>pour cette session uniquement</translation>
    </message>
    <message>
        <source>in your system keyring</source>
        <translation>dans le trousseau de clés de votre système</translation>
    </message>
    <message>
        <source>Saved. Now click “{button}” to sign in.</source>
        <translation>Enregistré. Cliquez maintenant sur « {button} » pour vous connecter.</translation>
    </message>
    <message>
        <source>Saved. The password is kept {where}.</source>
        <translation>Enregistré. Le mot de passe est conservé {where}.</translation>
    </message>
    <message>
        <source>Remove “{name}” and forget its password? Emails already sent stay in the outbox&apos;s history.</source>
        <translation>Supprimer « {name} » et oublier son mot de passe ? Les e-mails déjà envoyés restent dans l&apos;historique de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Compte supprimé.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser (up to 5 minutes)…</source>
        <translation>En attente de votre connexion dans le navigateur (jusqu&apos;à 5 minutes)…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address to sign in:</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Ouvrez cette adresse pour vous connecter :</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Work, Personal…</source>
        <translation>Travail, Personnel…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Shown to the people you write to</source>
        <translation>Affiché aux personnes à qui vous écrivez</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Serveur sortant</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>TLS (from the start, usually port 465)</source>
        <translation>TLS (dès le début, généralement port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Uniquement pour un serveur avec son propre certificat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <source>Send waiting emails by themselves when the server can be reached</source>
        <translation>Envoyer les e-mails en attente automatiquement dès que le serveur est joignable</translation>
    </message>
    <message>
        <source>Send automatically</source>
        <translation>Envoyer automatiquement</translation>
    </message>
    <message>
        <source>Keyring notice</source>
        <translation>Avis sur le trousseau de clés</translation>
    </message>
    <message>
        <source>Remember the password for this session only</source>
        <translation>Mémoriser le mot de passe pour cette session uniquement</translation>
    </message>
    <message>
        <source>Remember for this session only</source>
        <translation>Mémoriser pour cette session uniquement</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Nom du compte :</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Adresse e-mail :</translation>
    </message>
    <message>
        <source>Outgoing server:</source>
        <translation>Serveur sortant :</translation>
    </message>
    <message>
        <source>Port and security:</source>
        <translation>Port et sécurité :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Saved — type a new one to change it</source>
        <translation>Enregistré — saisissez-en un nouveau pour le changer</translation>
    </message>
    <message>
        <source>Not saved — enter it to send from this account</source>
        <translation>Non enregistré — saisissez-le pour envoyer depuis ce compte</translation>
    </message>
    <message>
        <source>Choose the server&apos;s certificate</source>
        <translation>Choisir le certificat du serveur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This certificate file does not exist.</source>
        <translation>Ce fichier de certificat n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Enter the password (or app password).</source>
        <translation>Saisissez le mot de passe (ou le mot de passe d&apos;application).</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Télétravail</translation>
    </message>
    <message>
        <source>Edit Application</source>
        <translation>Modifier la candidature</translation>
    </message>
    <message>
        <source>New Application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>e.g. Northwind Health</source>
        <translation>p. ex. Northwind Santé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>e.g. Senior Data Analyst</source>
        <translation>p. ex. Analyste de données senior</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Candidature envoyée le</translation>
    </message>
    <message>
        <source>Next action on</source>
        <translation>Date de prochaine action</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>e.g. Follow up with the recruiter</source>
        <translation>p. ex. Relancer le recruteur</translation>
    </message>
    <message>
        <source>Job link</source>
        <translation>Lien de l&apos;offre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City or “Remote”</source>
        <translation>Ville ou « Télétravail »</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>LinkedIn, referral…</source>
        <translation>LinkedIn, recommandation…</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>e.g. £55–60k</source>
        <translation>p. ex. 45–50 k€</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Description du poste</translation>
    </message>
    <message>
        <source>Paste the full posting: adverts disappear, and you will want it later.</source>
        <translation>Collez l&apos;annonce complète : les offres disparaissent, et vous en aurez besoin plus tard.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation>Tout ce qui mérite d&apos;être retenu</translation>
    </message>
    <message>
        <source>&amp;Company *</source>
        <translation>&amp;Entreprise *</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>P&amp;oste *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Applied on</source>
        <translation>Candidature envo&amp;yée le</translation>
    </message>
    <message>
        <source>Ne&amp;xt action on</source>
        <translation>Date de prochaine &amp;action</translation>
    </message>
    <message>
        <source>Next ac&amp;tion</source>
        <translation>Prochaine ac&amp;tion</translation>
    </message>
    <message>
        <source>Job &amp;link</source>
        <translation>L&amp;ien de l&apos;offre</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>&amp;Mode de travail</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>Sou&amp;rce</translation>
    </message>
    <message>
        <source>Sa&amp;lary</source>
        <translation>&amp;Salaire</translation>
    </message>
    <message>
        <source>Job &amp;description</source>
        <translation>&amp;Description du poste</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>What you typed in this application has not been saved.</source>
        <translation>Ce que vous avez saisi dans cette candidature n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la modification</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Fichiers à joindre</translation>
    </message>
    <message>
        <source>Attach &amp;File…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Retirer la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{size} in all: above 20 MB, many mail servers refuse the email.</source>
        <translation>{size} au total : au-delà de 20 Mo, de nombreux serveurs de messagerie refusent l&apos;e-mail.</translation>
    </message>
    <message>
        <source>{count} file(s), {size} in all</source>
        <translation>{count} fichier(s), {size} au total</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Backing up your data…</source>
        <translation>Sauvegarde de vos données…</translation>
    </message>
    <message>
        <source>Restoring your data…</source>
        <translation>Restauration de vos données…</translation>
    </message>
    <message>
        <source>Restored the backup from {when}. To undo, restore the “Before a restore” backup.</source>
        <translation>La sauvegarde du {when} a été restaurée. Pour annuler, restaurez la sauvegarde « Avant une restauration ».</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>The backup could not be restored.

{reason}</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée.

{reason}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Backed up your data to {name} in {folder}</source>
        <translation>Vos données ont été sauvegardées dans {name}, dans le dossier {folder}</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>Échec de la sauvegarde : {reason}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Your data could not be backed up.

{reason}</source>
        <translation>Vos données n&apos;ont pas pu être sauvegardées.

{reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>Ce fichier ne peut pas être restauré</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Your data will be replaced by the backup from {when}.

Your data as it is now is saved first, as a “Before a restore” backup: restore that one to undo this.</source>
        <translation>Vos données vont être remplacées par la sauvegarde du {when}.

Vos données actuelles sont d&apos;abord enregistrées dans une sauvegarde « Avant une restauration » : restaurez-la pour annuler cette opération.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
</context>
<context>
    <name>BarsChart</name>
    <message>
        <source>no ratings</source>
        <translation>aucune note</translation>
    </message>
</context>
<context>
    <name>BeyondControlPage</name>
    <message>
        <source>Sometimes it&apos;s beyond your control</source>
        <translation>Parfois, cela ne dépend pas de vous</translation>
    </message>
    <message>
        <source>Tick anything that played a part and was not yours to change.</source>
        <translation>Cochez tout ce qui a joué un rôle et qu&apos;il ne vous appartenait pas de changer.</translation>
    </message>
    <message>
        <source>Anything else outside your control</source>
        <translation>Autre chose qui ne dépendait pas de vous</translation>
    </message>
    <message>
        <source>Anything else that was outside your hands</source>
        <translation>Autre chose qui échappait à votre contrôle</translation>
    </message>
    <message>
        <source>A rejection is a decision about one role, on one day, among the people who happened to apply. It says nothing final about your worth or what you can do. Let this one go, and put your energy where you have a say: your next move.</source>
        <translation>Un refus est une décision sur un poste, un jour donné, parmi les personnes qui ont postulé à ce moment-là. Il ne dit rien de définitif sur votre valeur ni sur ce dont vous êtes capable. Laissez celui-ci derrière vous, et mettez votre énergie là où vous avez prise : votre prochaine étape.</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>{stage}: {count} applications</source>
        <translation>{stage} : {count} candidatures</translation>
    </message>
    <message>
        <source>Hide these cards</source>
        <translation>Masquer ces cartes</translation>
    </message>
    <message>
        <source>Show these cards</source>
        <translation>Afficher ces cartes</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
</context>
<context>
    <name>BridgesPage</name>
    <message>
        <source>Don&apos;t burn your bridges</source>
        <translation>Ne coupez pas les ponts</translation>
    </message>
    <message>
        <source>A warm, professional thank-you keeps the door open: people remember who handled a no with grace when the next role comes up.</source>
        <translation>Un remerciement chaleureux et professionnel laisse la porte ouverte : on se souvient de qui a accueilli un refus avec élégance quand un nouveau poste se présente.</translation>
    </message>
    <message>
        <source>&amp;Queue this thank-you</source>
        <translation>&amp;Préparer ce remerciement dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Also thank in the same email</source>
        <translation>Remercier aussi dans le même e-mail</translation>
    </message>
    <message>
        <source>The panel&apos;s addresses, like ana@company.com, ben@company.com</source>
        <translation>Les adresses des membres du jury, par exemple ana@entreprise.com, ben@entreprise.com</translation>
    </message>
    <message>
        <source>Keep in touch on</source>
        <translation>Garder le contact le</translation>
    </message>
    <message>
        <source>Consider reapplying after</source>
        <translation>Envisager de postuler à nouveau après le</translation>
    </message>
    <message>
        <source>Also t&amp;hank (same email):</source>
        <translation>Remercier a&amp;ussi (même e-mail) :</translation>
    </message>
    <message>
        <source>Remind me to &amp;keep in touch on:</source>
        <translation>Me rappeler de &amp;garder le contact le :</translation>
    </message>
    <message>
        <source>Consider {company} &amp;again after:</source>
        <translation>Envisager {company} à &amp;nouveau après le :</translation>
    </message>
    <message>
        <source>Your feedback email to {name} already thanks them. One email is kinder to their inbox; tick this only if you also want to send this thank-you.</source>
        <translation>Votre e-mail de demande de retour à {name} les remercie déjà. Un seul e-mail est plus délicat pour leur boîte de réception ; ne cochez cette case que si vous souhaitez aussi envoyer ce remerciement.</translation>
    </message>
    <message>
        <source>your contact</source>
        <translation>votre contact</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Set &amp;Status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <source>Add Timeline Entry to Se&amp;lected…</source>
        <translation>Ajouter une entrée de chronologie à la sé&amp;lection…</translation>
    </message>
    <message>
        <source>Add the same entry to the timeline of every selected application</source>
        <translation>Ajouter la même entrée à la chronologie de chaque candidature sélectionnée</translation>
    </message>
    <message>
        <source>E&amp;xport Selected to CSV…</source>
        <translation>E&amp;xporter la sélection en CSV…</translation>
    </message>
    <message>
        <source>Export the selected applications and their history to CSV</source>
        <translation>Exporter les candidatures sélectionnées et leur historique en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n applications as {status}</source>
        <translation>
            <numerusform>Marquer %n candidature comme {status}</numerusform>
            <numerusform>Marquer %n candidatures comme {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add “{what}” to %n applications</source>
        <translation>
            <numerusform>Ajouter « {what} » à %n candidature</numerusform>
            <numerusform>Ajouter « {what} » à %n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n applications</source>
        <translation>
            <numerusform>Supprimer %n candidature</numerusform>
            <numerusform>Supprimer %n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n applications — Undo with Ctrl+Z</source>
        <translation>
            <numerusform>%n candidature supprimée — Annuler avec Ctrl+Z</numerusform>
            <numerusform>%n candidatures supprimées — Annuler avec Ctrl+Z</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications selected: Application › Set Status, Delete and more act on them all</source>
        <translation>
            <numerusform>%n candidature sélectionnée : Candidature › Changer le statut, Supprimer et d&apos;autres actions s&apos;appliquent à toutes</numerusform>
            <numerusform>%n candidatures sélectionnées : Candidature › Changer le statut, Supprimer et d&apos;autres actions s&apos;appliquent à toutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add to %n timelines</source>
        <translation>
            <numerusform>Ajouter à %n chronologie</numerusform>
            <numerusform>Ajouter à %n chronologies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Écriture du calendrier…</translation>
    </message>
    <message>
        <source>Wrote 1 event to {name}</source>
        <translation>1 événement écrit dans {name}</translation>
    </message>
    <message>
        <source>Wrote {count} events to {name}</source>
        <translation>{count} événements écrits dans {name}</translation>
    </message>
    <message>
        <source>The calendar could not be saved: {reason}</source>
        <translation>Le calendrier n&apos;a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>Import interview invitation</source>
        <translation>Importer une invitation à un entretien</translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics);;All files (*)</source>
        <translation>Invitations de calendrier (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Select the application the invitation is for, then import it.</source>
        <translation>Sélectionnez la candidature concernée par l&apos;invitation, puis importez-la.</translation>
    </message>
    <message>
        <source>Nothing was added: {reason}</source>
        <translation>Rien n&apos;a été ajouté : {reason}</translation>
    </message>
    <message>
        <source>The invitation could not be read: {reason}</source>
        <translation>L&apos;invitation n&apos;a pas pu être lue : {reason}</translation>
    </message>
    <message>
        <source>Add the interview from an invitation to {company}</source>
        <translation>Ajouter l&apos;entretien d&apos;une invitation à {company}</translation>
    </message>
    <message>
        <source>Added the interview on {when} — Undo with Ctrl+Z</source>
        <translation>Entretien du {when} ajouté — Annuler avec Ctrl+Z</translation>
    </message>
    <message>
        <source>Drop the invitation on the application it is for.</source>
        <translation>Déposez l&apos;invitation sur la candidature qu&apos;elle concerne.</translation>
    </message>
</context>
<context>
    <name>CalendarAutosave</name>
    <message>
        <source>The calendar file could not be updated: {reason}</source>
        <translation>Le fichier de calendrier n’a pas pu être mis à jour : {reason}</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <source>New from &amp;Posting…</source>
        <translation>Nouvelle depuis une &amp;annonce…</translation>
    </message>
    <message>
        <source>Add an application from a job posting&apos;s link or saved page</source>
        <translation>Ajouter une candidature à partir du lien ou de la page enregistrée d&apos;une offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Added {name} from the posting</source>
        <translation>{name} ajoutée depuis l&apos;annonce</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>New from Posting</source>
        <translation>Nouvelle depuis une annonce</translation>
    </message>
    <message>
        <source>Paste the posting&apos;s link, or the page&apos;s HTML or text, or drop a saved page (.html, .mhtml, .txt) here.</source>
        <translation>Collez ici le lien de l&apos;annonce, ou le HTML ou le texte de la page, ou déposez une page enregistrée (.html, .mhtml, .txt).</translation>
    </message>
    <message>
        <source>Posting link, HTML or text</source>
        <translation>Lien, HTML ou texte de l&apos;annonce</translation>
    </message>
    <message>
        <source>&amp;Read Posting</source>
        <translation>Li&amp;re l&apos;annonce</translation>
    </message>
    <message>
        <source>Read the posting</source>
        <translation>Lire l&apos;annonce</translation>
    </message>
    <message>
        <source>Read the posting (Ctrl+Enter)</source>
        <translation>Lire l&apos;annonce (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reading the posting</source>
        <translation>Arrêter la lecture de l&apos;annonce</translation>
    </message>
    <message>
        <source>Reading the posting</source>
        <translation>Lecture de l&apos;annonce</translation>
    </message>
    <message>
        <source>Reading status</source>
        <translation>État de la lecture</translation>
    </message>
    <message>
        <source>Which posting</source>
        <translation>Quelle annonce</translation>
    </message>
    <message>
        <source>&amp;Show It</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the application already tracked</source>
        <translation>Afficher la candidature déjà suivie</translation>
    </message>
    <message>
        <source>Paste a link to the posting, or the page&apos;s HTML or text.</source>
        <translation>Collez un lien vers l&apos;annonce, ou le HTML ou le texte de la page.</translation>
    </message>
    <message>
        <source>Reading the posting…</source>
        <translation>Lecture de l&apos;annonce…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was read.</source>
        <translation>Arrêté. Rien n&apos;a été lu.</translation>
    </message>
    <message>
        <source>This could not be read ({kind}).</source>
        <translation>Ce contenu n&apos;a pas pu être lu ({kind}).</translation>
    </message>
    <message>
        <source>Posting {n} of {total}: {role}</source>
        <translation>Annonce {n} sur {total} : {role}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>This page has {count} postings; pick one. </source>
        <translation>Cette page contient {count} annonces ; choisissez-en une. </translation>
    </message>
    <message>
        <source>Read from {where}. Check the fields, then Save.</source>
        <translation>Lu depuis {where}. Vérifiez les champs, puis enregistrez.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Already in your tracker: {company} – {role}.</source>
        <translation>Déjà dans votre suivi : {company} – {role}.</translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation>Ajouter &amp;quand même</translation>
    </message>
    <message>
        <source>Discard this posting?</source>
        <translation>Abandonner cette annonce ?</translation>
    </message>
    <message>
        <source>The posting has not been added to your applications.</source>
        <translation>L&apos;annonce n&apos;a pas été ajoutée à vos candidatures.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la modification</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>In this stage since today</source>
        <translation>À cette étape depuis aujourd&apos;hui</translation>
    </message>
    <message>
        <source>1 day in this stage</source>
        <translation>1 jour à cette étape</translation>
    </message>
    <message>
        <source>{days} days in this stage</source>
        <translation>{days} jours à cette étape</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>Ensuite : {what}</translation>
    </message>
    <message>
        <source>Overdue {day}</source>
        <translation>En retard : {day}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save {title} as PNG</source>
        <translation>Enregistrer {title} en PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Enregistrer ce graphique comme image PNG</translation>
    </message>
</context>
<context>
    <name>ChooseApplicationDialog</name>
    <message>
        <source>Which Application?</source>
        <translation>Quelle candidature ?</translation>
    </message>
    <message>
        <source>Which application is this email about</source>
        <translation>Candidature concernée par cet e-mail</translation>
    </message>
    <message>
        <source>Which application is “{subject}” about?</source>
        <translation>Quelle candidature l&apos;e-mail « {subject} » concerne-t-il ?</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Add your name: it shows who the email is from and fills {your_name}.</source>
        <translation>Ajoutez votre nom : il indique qui envoie l&apos;e-mail et remplit {your_name}.</translation>
    </message>
    <message>
        <source>Write a message before sending.</source>
        <translation>Écrivez un message avant d&apos;envoyer.</translation>
    </message>
    <message>
        <source>Type your name above to fill {your_name}.</source>
        <translation>Saisissez votre nom ci-dessus pour remplir {your_name}.</translation>
    </message>
    <message>
        <source>Replace {names} with your own words: there is nothing to fill it with here.</source>
        <translation>Remplacez {names} par vos propres mots : rien ici ne permet de le remplir.</translation>
    </message>
    <message>
        <source>Compose email</source>
        <translation>Rédiger un e-mail</translation>
    </message>
    <message>
        <source>Edit Email</source>
        <translation>Modifier l&apos;e-mail</translation>
    </message>
    <message>
        <source>Compose Email</source>
        <translation>Rédiger un e-mail</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>Envoyer depuis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>name@example.com, another@example.com</source>
        <translation>nom@exemple.com, autre@exemple.com</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Copies, if any</source>
        <translation>Copies, le cas échéant</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>Hidden copies: no one sees these</source>
        <translation>Copies cachées : personne ne les voit</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>How you sign your emails; kept in Preferences › Your details</source>
        <translation>Votre signature d&apos;e-mail ; modifiable dans Préférences › Vos coordonnées</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send Later</source>
        <translation>Envoyer plus tard</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Envoyer plus tard</translation>
    </message>
    <message>
        <source>Keep it in the outbox until you send it</source>
        <translation>Le garder dans la boîte d&apos;envoi jusqu&apos;à ce que vous l&apos;envoyiez</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc :</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>Cci :</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>No mail account yet: Send Later keeps this in the outbox until you add one (Mail › Mail Accounts…).</source>
        <translation>Pas encore de compte de messagerie : Envoyer plus tard garde cet e-mail dans la boîte d&apos;envoi jusqu&apos;à ce que vous en ajoutiez un (Messagerie › Comptes de messagerie…).</translation>
    </message>
    <message>
        <source>About: {role} at {company}</source>
        <translation>Concerne : {role} chez {company}</translation>
    </message>
    <message>
        <source>Save and Send</source>
        <translation>Enregistrer et envoyer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard this email?</source>
        <translation>Abandonner cet e-mail ?</translation>
    </message>
    <message>
        <source>It has not been sent or saved in the outbox.</source>
        <translation>Il n&apos;a été ni envoyé ni enregistré dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Add a mail account first, or Send Later.</source>
        <translation>Ajoutez d&apos;abord un compte de messagerie, ou choisissez Envoyer plus tard.</translation>
    </message>
    <message>
        <source>This email has already left; it cannot be changed.</source>
        <translation>Cet e-mail est déjà parti ; il ne peut plus être modifié.</translation>
    </message>
</context>
<context>
    <name>ComposePreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>(no account yet)</source>
        <translation>(pas encore de compte)</translation>
    </message>
    <message>
        <source>(hidden from the others)</source>
        <translation>(masqué aux autres)</translation>
    </message>
    <message>
        <source>Preview — {names} must be filled in before this can be sent:</source>
        <translation>Aperçu — {names} doit être rempli avant l&apos;envoi :</translation>
    </message>
    <message>
        <source>Preview — exactly what will be sent:</source>
        <translation>Aperçu — exactement ce qui sera envoyé :</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Lien du profil</translation>
    </message>
    <message>
        <source>linkedin.com/in/name</source>
        <translation>linkedin.com/in/nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Remind me to keep in touch on</source>
        <translation>Me rappeler de garder le contact le</translation>
    </message>
    <message>
        <source>Keep in touch on</source>
        <translation>Garder le contact le</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Adresse e-mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Pro&amp;file link:</source>
        <translation>Lien du pro&amp;fil :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>ContactLinkDialog</name>
    <message>
        <source>Link a contact</source>
        <translation>Associer un contact</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Search by name, email or company</source>
        <translation>Rechercher par nom, e-mail ou entreprise</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Associer</translation>
    </message>
    <message>
        <source>No one matches. Close this and use “Add…” to create the contact.</source>
        <translation>Personne ne correspond. Fermez cette fenêtre et utilisez « Ajouter un contact… » pour le créer.</translation>
    </message>
    <message>
        <source>Your address book is empty. Use “Add…” to create a contact.</source>
        <translation>Votre carnet d&apos;adresses est vide. Utilisez « Ajouter un contact… » pour créer un contact.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Ajouter un &amp;contact…</translation>
    </message>
    <message>
        <source>Add a new contact</source>
        <translation>Ajouter un nouveau contact</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>Ass&amp;ocier…</translation>
    </message>
    <message>
        <source>Link someone you already know</source>
        <translation>Associer une personne que vous connaissez déjà</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Modifier le contact sélectionné</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Di&amp;ssocier</translation>
    </message>
    <message>
        <source>Take the contact off this application</source>
        <translation>Retirer le contact de cette candidature</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Open the contact&apos;s profile link</source>
        <translation>Ouvrir le lien du profil du contact</translation>
    </message>
    <message>
        <source>No one yet: add the recruiter or interviewer.</source>
        <translation>Personne pour l&apos;instant : ajoutez le recruteur ou la personne qui vous a reçu en entretien.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Next Move ran into an unexpected error. Your data is safe and the app keeps running; if something looks wrong, restart it.</source>
        <translation>Next Move a rencontré une erreur inattendue. Vos données sont en sécurité et l&apos;application continue de fonctionner ; si quelque chose vous semble anormal, redémarrez-la.</translation>
    </message>
    <message>
        <source>The details are in the log:
{path}</source>
        <translation>Les détails se trouvent dans le journal :
{path}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>Import applications from CSV</source>
        <translation>Importer des candidatures depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export applications to CSV</source>
        <translation>Exporter les candidatures en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>This file can&apos;t be imported</source>
        <translation>Ce fichier ne peut pas être importé</translation>
    </message>
    <message>
        <source>{name} has no column Next Move recognises, such as Company, Role, Status or Date Applied. Its columns are: {columns}.</source>
        <translation>{name} ne contient aucune colonne reconnue par Next Move, comme Company, Role, Status ou Date Applied. Ses colonnes sont : {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln applications</source>
        <translation>
            <numerusform>%Ln candidature importée</numerusform>
            <numerusform>%Ln candidatures importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported 1 application and %Ln new contacts</source>
        <translation>
            <numerusform>1 candidature et %Ln nouveau contact importés</numerusform>
            <numerusform>1 candidature et %Ln nouveaux contacts importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln applications and {contacts}</source>
        <translation>
            <numerusform>%Ln candidatures et {contacts} importés</numerusform>
            <numerusform>%Ln candidatures et {contacts} importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contacts</source>
        <translation>
            <numerusform>%Ln nouveau contact</numerusform>
            <numerusform>%Ln nouveaux contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln applications to {name}</source>
        <translation>
            <numerusform>%Ln candidature exportée vers {name}</numerusform>
            <numerusform>%Ln candidatures exportées vers {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be saved</source>
        <translation>L&apos;export n&apos;a pas pu être enregistré</translation>
    </message>
</context>
<context>
    <name>CvRates</name>
    <message>
        <source>Response rate per CV version</source>
        <translation>Taux de réponse par version de CV</translation>
    </message>
    <message>
        <source>{answered} of {sent} answered ({percent:.0f}%)</source>
        <translation>{answered} sur {sent} avec réponse ({percent:.0f} %)</translation>
    </message>
    <message>
        <source>Mark the CV you sent on each application (its Documents, “Sent”) to compare how each version does.</source>
        <translation>Indiquez le CV envoyé pour chaque candidature (dans ses Documents, « Envoyé ») pour comparer les résultats de chaque version.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>That date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>e.g. 20 Nov 2026, today, +3d</source>
        <translation>p. ex. 20 nov. 2026, today, +3d</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Saisissez une date.</translation>
    </message>
    <message>
        <source>That date is too far in the past.</source>
        <translation>Cette date est trop loin dans le passé.</translation>
    </message>
    <message>
        <source>Reads as {date}</source>
        <translation>Interprétée comme {date}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Selected application</source>
        <translation>Candidature sélectionnée</translation>
    </message>
    <message>
        <source>Open job &amp;posting</source>
        <translation>Ouvrir l&apos;&amp;annonce</translation>
    </message>
    <message>
        <source>Open the job posting in your browser</source>
        <translation>Ouvrir l&apos;offre d&apos;emploi dans votre navigateur</translation>
    </message>
    <message>
        <source>Select an application to see its timeline and the people you met.

Use the arrow keys in the list, or click a row.</source>
        <translation>Sélectionnez une candidature pour voir sa chronologie et les personnes rencontrées.

Utilisez les flèches du clavier dans la liste, ou cliquez sur une ligne.</translation>
    </message>
    <message>
        <source>Added “{what}” to the timeline</source>
        <translation>« {what} » ajouté à la chronologie</translation>
    </message>
    <message>
        <source>Saved “{what}”</source>
        <translation>« {what} » enregistré</translation>
    </message>
    <message>
        <source>Delete “{what}” from the timeline?</source>
        <translation>Supprimer « {what} » de la chronologie ?</translation>
    </message>
    <message>
        <source>The status will go back from {now} to {after}, as the timeline then says. Anything else you recorded, such as a reflection, is kept.</source>
        <translation>Le statut repassera de {now} à {after}, comme l&apos;indiquera alors la chronologie. Tout ce que vous avez enregistré d&apos;autre, comme un bilan, est conservé.</translation>
    </message>
    <message>
        <source>Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>Édition › Annuler (Ctrl+Z) permet de la récupérer.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Supprimer cette entrée ?</translation>
    </message>
    <message>
        <source>Deleted “{what}” from the timeline</source>
        <translation>« {what} » supprimé de la chronologie</translation>
    </message>
    <message>
        <source>; the status is {status} again</source>
        <translation>; le statut est de nouveau {status}</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Contact ajouté : {name}</translation>
    </message>
    <message>
        <source>Linked {name}</source>
        <translation>Contact associé : {name}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Contact enregistré : {name}</translation>
    </message>
    <message>
        <source>{name} is no longer linked (still in your contacts)</source>
        <translation>{name} n&apos;est plus associé (toujours dans vos contacts)</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>Add Documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <source>Add &amp;Document…</source>
        <translation>Ajouter un &amp;document…</translation>
    </message>
    <message>
        <source>Keep a CV, cover letter or other file with the selected application</source>
        <translation>Joindre un CV, une lettre de motivation ou un autre fichier à la candidature sélectionnée</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Added {names}</source>
        <translation>Ajouté : {names}</translation>
    </message>
    <message>
        <source>Removed {name} — Undo with Ctrl+Z</source>
        <translation>Retiré : {name} — Annuler avec Ctrl+Z</translation>
    </message>
    <message>
        <source>The file of {name} is missing.</source>
        <translation>Le fichier de {name} est introuvable.</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Add &amp;document…</source>
        <translation>Ajouter un &amp;document…</translation>
    </message>
    <message>
        <source>Add a CV, letter or other file</source>
        <translation>Ajouter un CV, une lettre ou un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;uvrir</translation>
    </message>
    <message>
        <source>Open the document in its usual app</source>
        <translation>Ouvrir le document dans son application habituelle</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Take the document off this application</source>
        <translation>Retirer le document de cette candidature</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Sent with this application</source>
        <translation>Envoyé avec cette candidature</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No applications yet</source>
        <translation>Aucune candidature pour l&apos;instant</translation>
    </message>
    <message>
        <source>Every application you track here gets a timeline, reminders for the next step, and a guided way through a rejection when one comes.</source>
        <translation>Chaque candidature suivie ici a sa chronologie, des rappels pour l&apos;étape suivante et un accompagnement pas à pas si un refus arrive.</translation>
    </message>
    <message>
        <source>Add your first one with Ctrl+N, or bring in the spreadsheet you kept so far with File › Import CSV.</source>
        <translation>Ajoutez la première avec Ctrl+N, ou importez le tableur que vous teniez jusqu&apos;ici avec Fichier › Importer un CSV.</translation>
    </message>
    <message>
        <source>Add an application</source>
        <translation>Ajouter une candidature</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Add to the timeline</source>
        <translation>Ajouter à la chronologie</translation>
    </message>
    <message>
        <source>Edit the timeline entry</source>
        <translation>Modifier l’entrée de la chronologie</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Interview round</source>
        <translation>Tour d&apos;entretien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Who you met, what went well, what to remember</source>
        <translation>Qui vous avez rencontré, ce qui s&apos;est bien passé, ce qu&apos;il faut retenir</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Ce qui s&apos;est passé :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Tour :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message>
        <source>Talk to the experts</source>
        <translation>Parlez-en à des experts</translation>
    </message>
    <message>
        <source>Optional: a recruiter, mentor or career adviser can see what you can&apos;t. Skip this step if you&apos;d rather not.</source>
        <translation>Facultatif : un recruteur, un mentor ou un conseiller en orientation peut voir ce qui vous échappe. Passez cette étape si vous préférez.</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Vos contacts</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add someone ne&amp;w</source>
        <translation>Ajouter une &amp;nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Queue this message to each person above</source>
        <translation>&amp;Préparer ce message pour chaque personne ci-dessus</translation>
    </message>
    <message>
        <source>Send &amp;one email to everyone together, instead of one each</source>
        <translation>Envoyer &amp;un seul e-mail à tout le monde, plutôt qu&apos;un à chacun</translation>
    </message>
    <message>
        <source>One email to everyone</source>
        <translation>Un seul e-mail pour tous</translation>
    </message>
    <message>
        <source>People to contact</source>
        <translation>Personnes à contacter</translation>
    </message>
    <message>
        <source>No saved contacts outside this application</source>
        <translation>Aucun contact enregistré en dehors de cette candidature</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Retirer cette personne</translation>
    </message>
    <message>
        <source>everyone above, in one email</source>
        <translation>toutes les personnes ci-dessus, dans un seul e-mail</translation>
    </message>
    <message>
        <source>&amp;Queue this message to everyone above</source>
        <translation>&amp;Préparer ce message pour toutes les personnes ci-dessus</translation>
    </message>
    <message>
        <source>{first_name} becomes everyone&apos;s first names (“Ana and Ben”).</source>
        <translation>{first_name} devient les prénoms de tout le monde (« Ana et Ben »).</translation>
    </message>
    <message>
        <source>each person above</source>
        <translation>chaque personne ci-dessus</translation>
    </message>
    <message>
        <source>{first_name} becomes each person&apos;s first name when it is queued.</source>
        <translation>{first_name} devient le prénom de chaque personne quand le message est préparé.</translation>
    </message>
</context>
<context>
    <name>FeedbackArrived</name>
    <message>
        <source>Their feedback arrived</source>
        <translation>Leur retour est arrivé</translation>
    </message>
    <message>
        <source>Record feedback that arrived</source>
        <translation>Enregistrer le retour reçu</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Ce qu&apos;ils ont dit</translation>
    </message>
    <message>
        <source>Feedback cannot arrive in the future.</source>
        <translation>Un retour ne peut pas arriver dans le futur.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Save Feedback</source>
        <translation>Enregistrer le retour</translation>
    </message>
    <message>
        <source>What they said:</source>
        <translation>Ce qu&apos;ils ont dit :</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Reçu le :</translation>
    </message>
    <message>
        <source>Write down what they said, even in a few words.</source>
        <translation>Notez ce qu&apos;ils ont dit, même en quelques mots.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Ask for detailed feedback</source>
        <translation>Demandez un retour détaillé</translation>
    </message>
    <message>
        <source>The people who decided know best what would make the difference next time.</source>
        <translation>Les personnes qui ont pris la décision savent le mieux ce qui ferait la différence la prochaine fois.</translation>
    </message>
    <message>
        <source>I &amp;received feedback</source>
        <translation>J&apos;ai &amp;reçu un retour</translation>
    </message>
    <message>
        <source>I received feedback, but it was too &amp;general</source>
        <translation>J&apos;ai reçu un retour, mais trop &amp;général</translation>
    </message>
    <message>
        <source>No feedback &amp;yet</source>
        <translation>Pas encore de re&amp;tour</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Retour reçu</translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation>Qu&apos;ont-ils dit ?</translation>
    </message>
    <message>
        <source>Feedback received on</source>
        <translation>Retour reçu le</translation>
    </message>
    <message>
        <source>Feedback asked for on</source>
        <translation>Retour demandé le</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>&amp;Ce qu&apos;ils ont dit :</translation>
    </message>
    <message>
        <source>Rece&amp;ived on:</source>
        <translation>R&amp;eçu le :</translation>
    </message>
    <message>
        <source>You h&amp;ad asked on:</source>
        <translation>Vous l&apos;&amp;aviez demandé le :</translation>
    </message>
    <message>
        <source>&amp;Queue this email</source>
        <translation>&amp;Préparer cet e-mail dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Queue a thank-you for their feedback, even if you disagree</source>
        <translation>&amp;Préparer un remerciement pour leur retour, même si vous n&apos;êtes pas d&apos;accord</translation>
    </message>
    <message>
        <source>Ask for specifics, saying you want to learn and grow</source>
        <translation>Demander des précisions, en expliquant que vous souhaitez apprendre et progresser</translation>
    </message>
    <message>
        <source>Draft a request for feedback</source>
        <translation>Rédiger une demande de retour</translation>
    </message>
</context>
<context>
    <name>FinishCommand</name>
    <message numerus="yes">
        <source>%n emails from the wizard were taken out of the outbox.</source>
        <translation>
            <numerusform>%n e-mail de l&apos;assistant a été retiré de la boîte d&apos;envoi.</numerusform>
            <numerusform>%n e-mails de l&apos;assistant ont été retirés de la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had already been sent and cannot be taken back.</source>
        <translation>
            <numerusform>%n avait déjà été envoyé et ne peut pas être repris.</numerusform>
            <numerusform>%n avaient déjà été envoyés et ne peuvent pas être repris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wizard&apos;s %n emails had already been sent and cannot be taken back.</source>
        <translation>
            <numerusform>L&apos;e-mail de l&apos;assistant avait déjà été envoyé et ne peut pas être repris.</numerusform>
            <numerusform>Les %n e-mails de l&apos;assistant avaient déjà été envoyés et ne peuvent pas être repris.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {name} as rejected (rejection wizard)</source>
        <translation>Marquer {name} comme refusée (assistant de refus)</translation>
    </message>
    <message>
        <source>Queue the rejection wizard&apos;s emails for {name}</source>
        <translation>Placer les e-mails de l&apos;assistant de refus pour {name} dans la boîte d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n emails from the wizard are back in the outbox.</source>
        <translation>
            <numerusform>%n e-mail de l&apos;assistant est de retour dans la boîte d&apos;envoi.</numerusform>
            <numerusform>%n e-mails de l&apos;assistant sont de retour dans la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <source>Applied</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <source>How applications move through the stages</source>
        <translation>Parcours des candidatures à travers les étapes</translation>
    </message>
    <message>
        <source>Once you apply, this shows the path each application takes, from applied through screening, interviews and offers to how it ended.</source>
        <translation>Dès que vous postulez, ce graphique montre le parcours de chaque candidature, de l&apos;envoi à la présélection, aux entretiens et aux offres, jusqu&apos;à son issue.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Applied</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Once you apply, this shows how many applications reach screening, an interview and an offer, and the share that moves on at each step.</source>
        <translation>Dès que vous postulez, ce graphique montre combien de candidatures atteignent la présélection, un entretien et une offre, et la part qui passe chaque étape.</translation>
    </message>
    <message>
        <source>all applications</source>
        <translation>toutes les candidatures</translation>
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
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Skill to build</source>
        <translation>Compétence à développer</translation>
    </message>
    <message>
        <source>Course or certification</source>
        <translation>Formation ou certification</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>Supprimer cet objectif</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>Compétence :</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Formation :</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Lien :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
</context>
<context>
    <name>GoalsDock</name>
    <message>
        <source>Goals and Reminders</source>
        <translation>Objectifs et rappels</translation>
    </message>
    <message>
        <source>Goals and reminders</source>
        <translation>Objectifs et rappels</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Rappels à échéance</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Objectifs d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <source>Learning goals (tick when done)</source>
        <translation>Objectifs d&apos;apprentissage (cochez une fois atteints)</translation>
    </message>
    <message>
        <source>1 unfinished reflection — resume…</source>
        <translation>1 bilan inachevé — reprendre…</translation>
    </message>
    <message>
        <source>{count} unfinished reflections — resume…</source>
        <translation>{count} bilans inachevés — reprendre…</translation>
    </message>
    <message>
        <source>Your weekly goal: {count} applications</source>
        <translation>Votre objectif hebdomadaire : {count} candidatures</translation>
    </message>
    <message>
        <source>{day}  {text}</source>
        <translation>{day}  {text}</translation>
    </message>
    <message>
        <source>Nothing due. Enjoy the breathing room.</source>
        <translation>Rien à faire pour l&apos;instant. Profitez de ce moment de répit.</translation>
    </message>
    <message>
        <source> (by {day})</source>
        <translation> (avant le {day})</translation>
    </message>
    <message>
        <source>No learning goals yet. Finishing a reflection suggests some.</source>
        <translation>Pas encore d&apos;objectif d&apos;apprentissage. Terminer un bilan vous en suggérera.</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard d&apos;1 jour</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>En retard de {days} jours</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Candidature envoyée le</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message>
        <source>{file}: {rows}, {delimiter}-separated, {encoding}</source>
        <translation>{file} : {rows}, séparateur {delimiter}, {encoding}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Check how each column will be read. Pick “Ignore” for columns you don&apos;t need.</source>
        <translation>Vérifiez comment chaque colonne sera lue. Choisissez « Ignorer » pour les colonnes dont vous n&apos;avez pas besoin.</translation>
    </message>
    <message>
        <source>Statuses Next Move doesn&apos;t recognise</source>
        <translation>Statuts que Next Move ne reconnaît pas</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>Problems in your file</source>
        <translation>Problèmes dans votre fichier</translation>
    </message>
    <message>
        <source>A row with no status becomes Applied when it has an applied date, otherwise Wishlist. A row with no history gets its entries from the file&apos;s dates, noted “imported from {file}”: the status on its status or stage date, else the last activity, else the latest date the row gives. Nothing is dated today.</source>
        <translation>Une ligne sans statut devient Envoyée si elle a une date de candidature, sinon Liste d&apos;envies. Une ligne sans historique reçoit ses entrées à partir des dates du fichier, avec la mention « importé depuis {file} » : le statut à sa date de statut ou d&apos;étape, sinon la dernière activité, sinon la date la plus récente de la ligne. Rien n&apos;est daté d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Stop now: nothing of this file is imported, your applications stay as they were</source>
        <translation>Arrêter maintenant : rien de ce fichier n&apos;est importé, vos candidatures restent telles quelles</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln applications</source>
        <translation>
            <numerusform>&amp;Importer %Ln candidature</numerusform>
            <numerusform>&amp;Importer %Ln candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready. Every row is checked again when you import; if any row has a problem, nothing is imported.</source>
        <translation>Prêt. Chaque ligne est vérifiée à nouveau lors de l&apos;import ; si une ligne pose problème, rien n&apos;est importé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these rows have the same company and role as applications you already track; importing adds them again.</source>
        <translation>
            <numerusform>%Ln de ces lignes a la même entreprise et le même poste qu&apos;une candidature que vous suivez déjà ; l&apos;importer l&apos;ajoute une seconde fois.</numerusform>
            <numerusform>%Ln de ces lignes ont la même entreprise et le même poste que des candidatures que vous suivez déjà ; les importer les ajoute une seconde fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status for “{value}”</source>
        <translation>Statut pour « {value} »</translation>
    </message>
    <message>
        <source>“{value}” ({rows}) becomes</source>
        <translation>« {value} » ({rows}) devient</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems} in {rows}, listed below.</source>
        <translation>{problems} dans {rows}, indiqués ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>the first %Ln of {total} rows</source>
        <translation>
            <numerusform>les %Ln premières lignes sur {total}</numerusform>
            <numerusform>les %Ln premières lignes sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems} in {rows}, listed below; the rest are checked when you import.</source>
        <translation>{problems} dans {rows}, indiqués ci-dessous ; les autres lignes sont vérifiées lors de l&apos;import.</translation>
    </message>
    <message numerus="yes">
        <source>Fix them in your file, or change how a column is read.</source>
        <translation>
            <numerusform>Corrigez-le dans votre fichier, ou changez la façon dont une colonne est lue.</numerusform>
            <numerusform>Corrigez-les dans votre fichier, ou changez la façon dont une colonne est lue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: your file has %Ln problems, listed below. Fix them and try again.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : votre fichier présente un problème, indiqué ci-dessous. Corrigez-le et réessayez.</numerusform>
            <numerusform>Rien n&apos;a été importé : votre fichier présente %Ln problèmes, indiqués ci-dessous. Corrigez-les et réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more problems</source>
        <translation>
            <numerusform>…et %Ln autre problème</numerusform>
            <numerusform>…et %Ln autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported, your applications are as they were.</source>
        <translation>Import annulé : rien n&apos;a été importé, vos candidatures sont telles qu&apos;avant.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>InboxAccountBlock</name>
    <message>
        <source>Reading replies</source>
        <translation>Lecture des réponses</translation>
    </message>
    <message>
        <source>&amp;Watch the inbox for replies</source>
        <translation>&amp;Surveiller les réponses dans la boîte de réception</translation>
    </message>
    <message>
        <source>Watch the inbox for replies</source>
        <translation>Surveiller les réponses dans la boîte de réception</translation>
    </message>
    <message>
        <source>Incoming (IMAP) server</source>
        <translation>Serveur entrant (IMAP)</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Sécurité IMAP</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>Read-only, with the same password or sign-in as sending: new mail in INBOX is read to spot replies about your applications; nothing is marked read, moved, deleted or sent.</source>
        <translation>Lecture seule, avec le même mot de passe ou la même connexion que pour l&apos;envoi : les nouveaux messages de la boîte INBOX sont lus pour repérer les réponses concernant vos candidatures ; rien n&apos;est marqué comme lu, déplacé, supprimé ni envoyé.</translation>
    </message>
    <message>
        <source>Test &amp;Reading</source>
        <translation>Tester la &amp;lecture</translation>
    </message>
    <message>
        <source>Test reading the inbox</source>
        <translation>Tester la lecture de la boîte de réception</translation>
    </message>
    <message>
        <source>Reading test result</source>
        <translation>Résultat du test de lecture</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>&amp;Incoming server:</source>
        <translation>Serveur &amp;entrant :</translation>
    </message>
    <message>
        <source>Reading {host}…</source>
        <translation>Lecture de {host}…</translation>
    </message>
    <message>
        <source>Read the inbox ({count} messages); nothing was changed.</source>
        <translation>Boîte de réception lue ({count} messages) ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <source>&amp;Inbox</source>
        <translation>Boîte de &amp;réception</translation>
    </message>
    <message>
        <source>Check for &amp;Replies</source>
        <translation>Rechercher des ré&amp;ponses</translation>
    </message>
    <message>
        <source>Read new mail in the watched inboxes now (nothing is changed there)</source>
        <translation>Lire maintenant les nouveaux messages des boîtes surveillées (rien n&apos;y est modifié)</translation>
    </message>
    <message>
        <source>Already checking for replies…</source>
        <translation>Recherche de réponses déjà en cours…</translation>
    </message>
    <message>
        <source>No account watches its inbox yet: turn on “Watch the inbox for replies” in Mail › Mail Accounts…</source>
        <translation>Aucun compte ne surveille encore sa boîte de réception : activez « Surveiller les réponses dans la boîte de réception » dans Messagerie › Comptes de messagerie…</translation>
    </message>
    <message>
        <source>Checking for replies…</source>
        <translation>Recherche de réponses…</translation>
    </message>
    <message>
        <source>Reading new mail: {read} of {total}…</source>
        <translation>Lecture des nouveaux messages : {read} sur {total}…</translation>
    </message>
    <message>
        <source>Checked at {when}: {count} new.</source>
        <translation>Vérifié à {when} : {count} nouvelle(s).</translation>
    </message>
    <message>
        <source>{count} new replies about your applications — see the Inbox panel.</source>
        <translation>{count} nouvelles réponses concernant vos candidatures — voir le panneau Boîte de réception.</translation>
    </message>
    <message>
        <source>A new reply about one of your applications — see the Inbox panel.</source>
        <translation>Une nouvelle réponse concernant l&apos;une de vos candidatures — voir le panneau Boîte de réception.</translation>
    </message>
    <message>
        <source>Checked at {when}: nothing new.</source>
        <translation>Vérifié à {when} : rien de nouveau.</translation>
    </message>
    <message>
        <source>Checking for replies failed ({what}); nothing was changed.</source>
        <translation>La recherche de réponses a échoué ({what}) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Ignore the email “{subject}”</source>
        <translation>Ignorer l&apos;e-mail « {subject} »</translation>
    </message>
    <message>
        <source>Mark {company} — {role} rejected</source>
        <translation>Marquer {company} — {role} comme refusée</translation>
    </message>
    <message>
        <source>Add the email “{subject}” to the timeline</source>
        <translation>Ajouter l&apos;e-mail « {subject} » à la chronologie</translation>
    </message>
    <message>
        <source>Application acknowledged by email</source>
        <translation>Accusé de réception de candidature par e-mail</translation>
    </message>
    <message>
        <source>Rejection email</source>
        <translation>E-mail de refus</translation>
    </message>
    <message>
        <source>Feedback by email</source>
        <translation>Retour par e-mail</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>{head} from {sender}{quote}</source>
        <translation>{head} de {sender}{quote}</translation>
    </message>
    <message>
        <source>Record the feedback from {sender}</source>
        <translation>Enregistrer le retour de {sender}</translation>
    </message>
    <message>
        <source>Added to the timeline. There is no reflection on this rejection yet: the wizard will offer the feedback when you start it.</source>
        <translation>Ajouté à la chronologie. Ce refus n&apos;a pas encore de bilan : l&apos;assistant vous proposera ce retour quand vous le lancerez.</translation>
    </message>
    <message>
        <source>Open the wizard for {company} — {role}</source>
        <translation>Ouvrir l&apos;assistant pour {company} — {role}</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>this looks like a rejection</source>
        <translation>cela ressemble à un refus</translation>
    </message>
    <message>
        <source>this looks like an interview invitation</source>
        <translation>cela ressemble à une invitation à un entretien</translation>
    </message>
    <message>
        <source>this looks like an offer</source>
        <translation>cela ressemble à une offre</translation>
    </message>
    <message>
        <source>this looks like an assessment</source>
        <translation>cela ressemble à une évaluation</translation>
    </message>
    <message>
        <source>this looks like an acknowledgement of your application</source>
        <translation>cela ressemble à un accusé de réception de votre candidature</translation>
    </message>
    <message>
        <source>this looks like a reply to your feedback request</source>
        <translation>cela ressemble à une réponse à votre demande de retour</translation>
    </message>
    <message>
        <source>a reply about this application</source>
        <translation>une réponse concernant cette candidature</translation>
    </message>
    <message>
        <source>Add &amp;Interview</source>
        <translation>Ajouter un &amp;entretien</translation>
    </message>
    <message>
        <source>Add O&amp;ffer</source>
        <translation>Ajouter une o&amp;ffre</translation>
    </message>
    <message>
        <source>Add &amp;Assessment</source>
        <translation>Ajouter une é&amp;valuation</translation>
    </message>
    <message>
        <source>Record &amp;Feedback</source>
        <translation>Noter le &amp;retour</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Replies found in your inbox</source>
        <translation>Réponses trouvées dans votre boîte de réception</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translation>État de la boîte de réception</translation>
    </message>
    <message>
        <source>Replies found</source>
        <translation>Réponses trouvées</translation>
    </message>
    <message>
        <source>The sentence that decided it</source>
        <translation>La phrase déterminante</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Rien trouvé</translation>
    </message>
    <message>
        <source>No replies to look at. Turn on “Watch the inbox for replies” for an account in Mail › Mail Accounts…, then Mail › Check for Replies (F5).</source>
        <translation>Aucune réponse à consulter. Activez « Surveiller les réponses dans la boîte de réception » pour un compte dans Messagerie › Comptes de messagerie…, puis Messagerie › Rechercher des réponses (F5).</translation>
    </message>
    <message>
        <source>Open the &amp;Wizard…</source>
        <translation>Ouvrir l&apos;&amp;assistant…</translation>
    </message>
    <message>
        <source>Mark &amp;Rejected</source>
        <translation>Marquer comme &amp;refusée</translation>
    </message>
    <message>
        <source>Add to &amp;Timeline</source>
        <translation>Ajouter à la &amp;chronologie</translation>
    </message>
    <message>
        <source>&amp;Not This Application…</source>
        <translation>&amp;Pas cette candidature…</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>I&amp;gnorer</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>{company} — {role}</source>
        <translation>{company} — {role}</translation>
    </message>
    <message>
        <source>Not matched to an application</source>
        <translation>Associé à aucune candidature</translation>
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
        <translation>Choisir la ca&amp;ndidature…</translation>
    </message>
    <message>
        <source>(no deciding sentence)</source>
        <translation>(aucune phrase déterminante)</translation>
    </message>
    <message>
        <source>{quote}
Subject: {subject}</source>
        <translation>{quote}
Objet : {subject}</translation>
    </message>
</context>
<context>
    <name>InsightCharts</name>
    <message>
        <source>Where rejections happen</source>
        <translation>Où surviennent les refus</translation>
    </message>
    <message>
        <source>Every rejected application will be counted here once, at the furthest stage it reached, whether or not you reflected on it.</source>
        <translation>Chaque candidature refusée sera comptée ici une fois, à l&apos;étape la plus avancée qu&apos;elle a atteinte, que vous en ayez fait le bilan ou non.</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Answers by source</source>
        <translation>Réponses par source</translation>
    </message>
    <message>
        <source>For each place you find jobs (the Source column), this will show how often employers answer and how many days the first answer takes.</source>
        <translation>Pour chaque endroit où vous trouvez des offres (la colonne Source), ce graphique montrera à quelle fréquence les employeurs répondent et combien de jours prend la première réponse.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Average score per stage</source>
        <translation>Note moyenne par étape</translation>
    </message>
    <message>
        <source>When you finish a reflection, the scores you give each stage (1 to 5) will be averaged here; rejections beyond your control get their own bars.</source>
        <translation>Quand vous terminez un bilan, les notes que vous donnez à chaque étape (de 1 à 5) seront moyennées ici ; les refus qui ne dépendent pas de vous ont leurs propres barres.</translation>
    </message>
    <message>
        <source>Within your control</source>
        <translation>Ce qui dépend de vous</translation>
    </message>
    <message>
        <source>Beyond your control</source>
        <translation>Ce qui ne dépend pas de vous</translation>
    </message>
    <message>
        <source>Most frequent areas to improve</source>
        <translation>Points à améliorer les plus fréquents</translation>
    </message>
    <message>
        <source>Stages you rate 1 or 2 in a reflection will be listed here, the most frequent first.</source>
        <translation>Les étapes que vous notez 1 ou 2 dans un bilan seront listées ici, des plus fréquentes aux moins fréquentes.</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Aucune source</translation>
    </message>
    <message>
        <source>After applying</source>
        <translation>Après la candidature</translation>
    </message>
    <message>
        <source>After screening</source>
        <translation>Après la présélection</translation>
    </message>
    <message>
        <source>After an interview</source>
        <translation>Après un entretien</translation>
    </message>
    <message>
        <source>After an offer</source>
        <translation>Après une offre</translation>
    </message>
    <message>
        <source>{rate} · {answered} of {sent} answered</source>
        <translation>{rate} · {answered} sur {sent} avec réponse</translation>
    </message>
    <message>
        <source>median {days} days</source>
        <translation>médiane : {days} jours</translation>
    </message>
</context>
<context>
    <name>InsightsDialog</name>
    <message>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Learning goals done</source>
        <translation>Objectifs d&apos;apprentissage atteints</translation>
    </message>
    <message>
        <source>Feedback and learning</source>
        <translation>Retours et apprentissage</translation>
    </message>
    <message>
        <source>Feedback requests:</source>
        <translation>Demandes de retour :</translation>
    </message>
    <message>
        <source>Learning goals done:</source>
        <translation>Objectifs d&apos;apprentissage atteints :</translation>
    </message>
    <message>
        <source>Response rate per CV version</source>
        <translation>Taux de réponse par version de CV</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reading your applications…</source>
        <translation>Lecture de vos candidatures…</translation>
    </message>
    <message>
        <source>Add your applications and their steps (screening calls, interviews, offers): your patterns will start to show here.</source>
        <translation>Ajoutez vos candidatures et leurs étapes (appels de présélection, entretiens, offres) : vos tendances commenceront à apparaître ici.</translation>
    </message>
    <message>
        <source>From {sent} applications sent and {finished} finished reflections.</source>
        <translation>D&apos;après {sent} candidatures envoyées et {finished} bilans terminés.</translation>
    </message>
    <message>
        <source>{beyond} of the reflections came down to things beyond your control; their scores have their own bars.</source>
        <translation>{beyond} des bilans tenaient à des facteurs qui ne dépendaient pas de vous ; leurs notes ont leurs propres barres.</translation>
    </message>
    <message>
        <source>Read from each application&apos;s timeline; one that went straight to an interview counts as screened too.</source>
        <translation>Calculé à partir de la chronologie de chaque candidature ; une candidature passée directement à l&apos;entretien compte aussi comme présélectionnée.</translation>
    </message>
    <message>
        <source>Each band is as wide as the applications that took that path.</source>
        <translation>La largeur de chaque bande correspond au nombre de candidatures ayant suivi ce parcours.</translation>
    </message>
    <message>
        <source>Average out of 5; how many ratings in brackets.</source>
        <translation>Moyenne sur 5 ; nombre de notes entre parenthèses.</translation>
    </message>
    <message>
        <source>An answer is any step the employer took: a call, an assessment, an interview, an offer or a rejection.</source>
        <translation>Une réponse est toute démarche de l&apos;employeur : un appel, une évaluation, un entretien, une offre ou un refus.</translation>
    </message>
    <message>
        <source>{average} a week on average over the last {weeks} weeks.</source>
        <translation>{average} par semaine en moyenne sur les {weeks} dernières semaines.</translation>
    </message>
    <message>
        <source>Goal met in {met} of them.</source>
        <translation>Objectif atteint pour {met} d&apos;entre elles.</translation>
    </message>
    <message>
        <source>{queued} queued in the outbox, not sent yet</source>
        <translation>{queued} en attente dans la boîte d&apos;envoi, pas encore envoyé(s)</translation>
    </message>
    <message>
        <source>None asked for yet</source>
        <translation>Aucune demande pour l&apos;instant</translation>
    </message>
    <message>
        <source>{answered} of {asked} answered ({rate})</source>
        <translation>{answered} sur {asked} avec réponse ({rate})</translation>
    </message>
    <message>
        <source>, after {days} days on average</source>
        <translation>, après {days} jours en moyenne</translation>
    </message>
    <message>
        <source>; {queued} more queued in the outbox</source>
        <translation>; {queued} autre(s) en attente dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>Saved {title} to {file}</source>
        <translation>{title} enregistré dans {file}</translation>
    </message>
</context>
<context>
    <name>InterviewFields</name>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>The interview has a start time</source>
        <translation>L’entretien a une heure de début</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length not known</source>
        <translation>Durée inconnue</translation>
    </message>
    <message>
        <source>Place or video link</source>
        <translation>Lieu ou lien vidéo</translation>
    </message>
    <message>
        <source>Address, room or video link</source>
        <translation>Adresse, salle ou lien vidéo</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Recruteurs</translation>
    </message>
    <message>
        <source>Other people met</source>
        <translation>Autres personnes rencontrées</translation>
    </message>
    <message>
        <source>Anyone else, one a line: Dana Scully &lt;dana@example.com&gt;</source>
        <translation>Autres personnes, une par ligne : Dana Scully &lt;dana@example.com&gt;</translation>
    </message>
    <message>
        <source>Add the people you meet to the application&apos;s contacts to pick them here</source>
        <translation>Ajoutez les personnes rencontrées aux contacts de la candidature pour les choisir ici</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Interviewers:</source>
        <translation>&amp;Recruteurs :</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Autres :</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Wishlist</source>
        <translation>Liste d&apos;envies</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Entretiens en cours</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Appel de présélection</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Intervieweur</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Lettre de motivation</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Offer letter</source>
        <translation>Lettre d&apos;offre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date Applied</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Next Action On</source>
        <translation>Prochaine action le</translation>
    </message>
    <message>
        <source>Next Action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Job Description</source>
        <translation>Description du poste</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact Email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>Contact Phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Contact Profile</source>
        <translation>Profil du contact</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Status Date</source>
        <translation>Date du statut</translation>
    </message>
    <message>
        <source>Last Activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Screening Date</source>
        <translation>Date de présélection</translation>
    </message>
    <message>
        <source>Interview Date</source>
        <translation>Date d&apos;entretien</translation>
    </message>
    <message>
        <source>Offer Date</source>
        <translation>Date de l&apos;offre</translation>
    </message>
    <message>
        <source>Rejection Date</source>
        <translation>Date du refus</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Job portal</source>
        <translation>Site d&apos;emploi</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>An internal candidate got the role</source>
        <translation>Un candidat interne a obtenu le poste</translation>
    </message>
    <message>
        <source>The role was closed or lost its budget</source>
        <translation>Le poste a été fermé ou a perdu son budget</translation>
    </message>
    <message>
        <source>A stronger or more experienced field</source>
        <translation>Des concurrents plus solides ou plus expérimentés</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Le moment</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>the contact&apos;s first name</source>
        <translation>le prénom du contact</translation>
    </message>
    <message>
        <source>the contact&apos;s full name</source>
        <translation>le nom complet du contact</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>l&apos;entreprise</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>le poste</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>your signature</source>
        <translation>votre signature</translation>
    </message>
    <message>
        <source>the role after “a” or “an”</source>
        <translation>le poste après « a » ou « an » (modèles anglais)</translation>
    </message>
    <message>
        <source>the same, starting a sentence</source>
        <translation>la même chose, en début de phrase</translation>
    </message>
    <message>
        <source>Ask for more specific feedback</source>
        <translation>Demander un retour plus précis</translation>
    </message>
    <message>
        <source>Talk to an expert</source>
        <translation>Parler à un expert</translation>
    </message>
    <message>
        <source>Ask for feedback</source>
        <translation>Demander un retour</translation>
    </message>
    <message>
        <source>Follow-up on my application</source>
        <translation>Relance de ma candidature</translation>
    </message>
    <message>
        <source>Thank you after an interview</source>
        <translation>Remerciements après un entretien</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Rester en contact</translation>
    </message>
    <message>
        <source>Thank you for the offer</source>
        <translation>Merci pour l&apos;offre</translation>
    </message>
    <message>
        <source>Thank you, and let&apos;s stay in touch</source>
        <translation>Merci, et restons en contact</translation>
    </message>
    <message>
        <source>Thank them for their feedback</source>
        <translation>Remercier pour le retour</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Choose Sign in with Google, or use an app password: turn on 2-Step Verification in your Google Account, then create an app password (Security › App passwords) and paste it here. Your usual Google password will not work.</source>
        <translation>Choisissez « Se connecter avec Google », ou utilisez un mot de passe d&apos;application : activez la validation en deux étapes dans votre compte Google, puis créez un mot de passe d&apos;application (Sécurité › Mots de passe des applications) et collez-le ici. Votre mot de passe Google habituel ne fonctionnera pas.</translation>
    </message>
    <message>
        <source>Outlook / Microsoft 365</source>
        <translation>Outlook / Microsoft 365</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live personal accounts no longer accept a password from apps like this one, and Microsoft 365 is turning password sign-in off for work accounts too: choose Sign in with Microsoft, and your browser opens to sign in.</source>
        <translation>Les comptes personnels Outlook.com, Hotmail et Live n&apos;acceptent plus de mot de passe venant d&apos;applications comme celle-ci, et Microsoft 365 désactive aussi la connexion par mot de passe pour les comptes professionnels : choisissez « Se connecter avec Microsoft », et votre navigateur s&apos;ouvre pour la connexion.</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>iCloud Mail</translation>
    </message>
    <message>
        <source>iCloud needs an app-specific password: turn on two-factor authentication for your Apple Account, then create one at account.apple.com (Sign-In and Security › App-Specific Passwords). The user name is your full iCloud address.</source>
        <translation>iCloud demande un mot de passe pour app : activez l&apos;identification à deux facteurs de votre compte Apple, puis créez-en un sur account.apple.com (Connexion et sécurité › Mots de passe pour app). Le nom d&apos;utilisateur est votre adresse iCloud complète.</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo Mail</translation>
    </message>
    <message>
        <source>Yahoo needs an app password: create one in Account Security › Generate app password, and use it here.</source>
        <translation>Yahoo demande un mot de passe d&apos;application : créez-en un dans Sécurité du compte › Générer un mot de passe d&apos;application, et utilisez-le ici.</translation>
    </message>
    <message>
        <source>Fastmail</source>
        <translation>Fastmail</translation>
    </message>
    <message>
        <source>Fastmail needs an app password: create one in Settings › Privacy &amp; Security › App passwords, with access to SMTP.</source>
        <translation>Fastmail demande un mot de passe d&apos;application : créez-en un dans Paramètres › Confidentialité &amp; sécurité › Mots de passe d&apos;application, avec l&apos;accès SMTP.</translation>
    </message>
    <message>
        <source>Proton Mail Bridge</source>
        <translation>Proton Mail Bridge</translation>
    </message>
    <message>
        <source>Proton Mail works through Proton Mail Bridge running on this computer. Use the user name and password that Bridge shows (not your Proton password), and choose the certificate Bridge exports (Settings › Export TLS certificates) so the connection can be verified.</source>
        <translation>Proton Mail passe par Proton Mail Bridge, lancé sur cet ordinateur. Utilisez le nom d&apos;utilisateur et le mot de passe qu&apos;affiche Bridge (pas votre mot de passe Proton), et choisissez le certificat que Bridge exporte (Paramètres › Exporter les certificats TLS) pour que la connexion puisse être vérifiée.</translation>
    </message>
    <message>
        <source>Other (any SMTP server)</source>
        <translation>Autre (tout serveur SMTP)</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server your provider gives. Port 465 uses TLS from the start; port 587 uses STARTTLS. If the server uses its own certificate, choose it below.</source>
        <translation>Saisissez le serveur d&apos;envoi (SMTP) indiqué par votre fournisseur. Le port 465 utilise TLS dès le début ; le port 587 utilise STARTTLS. Si le serveur a son propre certificat, choisissez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Se connecter avec Microsoft</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Se connecter avec Google</translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message>
        <source>Outbox status</source>
        <translation>État de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Open the Outbox</source>
        <translation>Ouvrir la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Compose Email…</source>
        <translation>&amp;Rédiger un e-mail…</translation>
    </message>
    <message>
        <source>Write an email about the selected application</source>
        <translation>Écrire un e-mail au sujet de la candidature sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Boîte d&apos;&amp;envoi</translation>
    </message>
    <message>
        <source>See the emails waiting, sent and failed</source>
        <translation>Voir les e-mails en attente, envoyés et en échec</translation>
    </message>
    <message>
        <source>&amp;Send Waiting Emails</source>
        <translation>Envoyer les e-mails en &amp;attente</translation>
    </message>
    <message>
        <source>Send every email waiting in the outbox now</source>
        <translation>Envoyer maintenant tous les e-mails en attente dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Mail &amp;Accounts…</source>
        <translation>Comptes de &amp;messagerie…</translation>
    </message>
    <message>
        <source>Add or change the account your emails are sent from</source>
        <translation>Ajouter ou modifier le compte depuis lequel vos e-mails sont envoyés</translation>
    </message>
    <message>
        <source>Saved in the outbox.</source>
        <translation>Enregistré dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Already sending…</source>
        <translation>Envoi déjà en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n emails sent.</source>
        <translation>
            <numerusform>%n e-mail envoyé.</numerusform>
            <numerusform>%n e-mails envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails could not be sent: see the Outbox.</source>
        <translation>
            <numerusform>%n e-mail n&apos;a pas pu être envoyé : voir la boîte d&apos;envoi.</numerusform>
            <numerusform>%n e-mails n&apos;ont pas pu être envoyés : voir la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent yet; it will be tried again later.</source>
        <translation>Pas encore envoyé ; une nouvelle tentative aura lieu plus tard.</translation>
    </message>
    <message>
        <source>Nothing could be sent: add a mail account first (Mail › Mail Accounts).</source>
        <translation>Rien n&apos;a pu être envoyé : ajoutez d&apos;abord un compte de messagerie (Messagerie › Comptes de messagerie).</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent.</source>
        <translation>Aucun e-mail n&apos;attendait d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>Sign in again to send from “{name}” (Mail › Mail Accounts)</source>
        <translation>Reconnectez-vous pour envoyer depuis « {name} » (Messagerie › Comptes de messagerie)</translation>
    </message>
    <message>
        <source> · {n} held in the Outbox</source>
        <translation> · {n} retenu(s) dans la boîte d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n emails need your attention — see the Outbox</source>
        <translation>
            <numerusform>%n e-mail demande votre attention — voir la boîte d&apos;envoi</numerusform>
            <numerusform>%n e-mails demandent votre attention — voir la boîte d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source> · {n} waiting</source>
        <translation> · {n} en attente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message numerus="yes">
        <source>%n emails may have been sent — check the Outbox</source>
        <translation>
            <numerusform>%n e-mail a peut-être été envoyé — vérifiez la boîte d&apos;envoi</numerusform>
            <numerusform>%n e-mails ont peut-être été envoyés — vérifiez la boîte d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails waiting in the outbox</source>
        <translation>
            <numerusform>%n e-mail en attente dans la boîte d&apos;envoi</numerusform>
            <numerusform>%n e-mails en attente dans la boîte d&apos;envoi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Candidature</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Messagerie</translation>
    </message>
    <message>
        <source>&amp;Reflect</source>
        <translation>&amp;Réflexion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New Application…</source>
        <translation>&amp;Nouvelle candidature…</translation>
    </message>
    <message>
        <source>Add an application</source>
        <translation>Ajouter une candidature</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import applications from a spreadsheet&apos;s CSV export</source>
        <translation>Importer des candidatures depuis l&apos;export CSV d&apos;un tableur</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export every application and its history to CSV</source>
        <translation>Exporter chaque candidature et son historique en CSV</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Write interviews, next actions and reminders to an iCalendar (.ics) file</source>
        <translation>Écrire les entretiens, prochaines actions et rappels dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Import Interview &amp;Invitation…</source>
        <translation>Importer une &amp;invitation à un entretien…</translation>
    </message>
    <message>
        <source>Add an interview to the selected application from a calendar invitation (.ics)</source>
        <translation>Ajouter un entretien à la candidature sélectionnée depuis une invitation d&apos;agenda (.ics)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Save a copy of your data in the backups folder</source>
        <translation>Enregistrer une copie de vos données dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace your data with an earlier backup</source>
        <translation>Remplacer vos données par une sauvegarde antérieure</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Rechercher des candidatures</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Show applications as a table</source>
        <translation>Afficher les candidatures sous forme de tableau</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Ta&amp;bleau de bord</translation>
    </message>
    <message>
        <source>Show applications as cards in one column per stage</source>
        <translation>Afficher les candidatures en cartes, une colonne par étape</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>Panneau de &amp;détails</translation>
    </message>
    <message>
        <source>Show or hide the selected application&apos;s timeline and people</source>
        <translation>Afficher ou masquer l&apos;historique et les personnes de la candidature sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Edit Application…</source>
        <translation>&amp;Modifier la candidature…</translation>
    </message>
    <message>
        <source>Edit the selected application</source>
        <translation>Modifier la candidature sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete Application</source>
        <translation>&amp;Supprimer la candidature</translation>
    </message>
    <message>
        <source>Delete the selected application</source>
        <translation>Supprimer la candidature sélectionnée</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>Passer à l&apos;étape &amp;précédente</translation>
    </message>
    <message>
        <source>Move the selected card one column to the left on the board</source>
        <translation>Déplacer la carte sélectionnée d&apos;une colonne vers la gauche</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>Passer à l&apos;étape &amp;suivante</translation>
    </message>
    <message>
        <source>Move the selected card one column to the right on the board</source>
        <translation>Déplacer la carte sélectionnée d&apos;une colonne vers la droite</translation>
    </message>
    <message>
        <source>Handle &amp;Rejection…</source>
        <translation>Gérer un &amp;refus…</translation>
    </message>
    <message>
        <source>Work through a rejection step by step</source>
        <translation>Surmonter un refus étape par étape</translation>
    </message>
    <message>
        <source>&amp;About Next Move</source>
        <translation>À &amp;propos de Next Move</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Search company, role, location, notes…</source>
        <translation>Rechercher une entreprise, un poste, un lieu, des notes…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Selected application</source>
        <translation>Candidature sélectionnée</translation>
    </message>
    <message>
        <source>Number of applications shown</source>
        <translation>Nombre de candidatures affichées</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Next Move</source>
        <translation>Next Move</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>Show the folder with the log and crash reports</source>
        <translation>Afficher le dossier contenant le journal et les rapports de plantage</translation>
    </message>
    <message>
        <source>Could not open {folder}</source>
        <translation>Impossible d&apos;ouvrir {folder}</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Colours, language, date format, your details, goals and backups</source>
        <translation>Couleurs, langue, format des dates, vos informations, objectifs et sauvegardes</translation>
    </message>
    <message>
        <source>Add to &amp;Timeline…</source>
        <translation>Ajouter à la &amp;chronologie…</translation>
    </message>
    <message>
        <source>Add an entry to the selected application&apos;s timeline</source>
        <translation>Ajouter une entrée à la chronologie de la candidature sélectionnée</translation>
    </message>
    <message>
        <source>Add &amp;Contact…</source>
        <translation>Ajouter un c&amp;ontact…</translation>
    </message>
    <message>
        <source>Add a person to the selected application</source>
        <translation>Ajouter une personne à la candidature sélectionnée</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>Ouvertes (non clôturées)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Columns in your file</source>
        <translation>Colonnes de votre fichier</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Colonne de votre fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Import column {name} as</source>
        <translation>Importer la colonne {name} comme</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Use the &amp;template again</source>
        <translation>Réutiliser le mo&amp;dèle</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>(no email address yet — add one on the first page)</source>
        <translation>(pas encore d&apos;adresse e-mail — ajoutez-en une sur la première page)</translation>
    </message>
</context>
<context>
    <name>NextMovePage</name>
    <message>
        <source>Your next move</source>
        <translation>Votre prochaine étape</translation>
    </message>
    <message>
        <source>Here is what you take away, and what you&apos;ll do next.</source>
        <translation>Voici ce que vous retenez, et ce que vous allez faire ensuite.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Add an application to pursue</source>
        <translation>&amp;Ajouter une candidature à poursuivre</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objectif hebdomadaire</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source> applications a week</source>
        <translation> candidatures par semaine</translation>
    </message>
    <message>
        <source>Applications to pursue</source>
        <translation>Candidatures à poursuivre</translation>
    </message>
    <message>
        <source>&amp;Weekly goal:</source>
        <translation>&amp;Objectif hebdomadaire :</translation>
    </message>
    <message>
        <source>Your other open applications will show up here once you add some.</source>
        <translation>Vos autres candidatures en cours apparaîtront ici dès que vous en ajouterez.</translation>
    </message>
    <message>
        <source>Application to pursue</source>
        <translation>Candidature à poursuivre</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>e.g. Follow up with the recruiter</source>
        <translation>p. ex. Relancer le recruteur</translation>
    </message>
    <message>
        <source>Next action date</source>
        <translation>Date de la prochaine action</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Supprimer cette action</translation>
    </message>
</context>
<context>
    <name>NoMatches</name>
    <message>
        <source>No matching applications</source>
        <translation>Aucune candidature correspondante</translation>
    </message>
    <message>
        <source>Show all applications</source>
        <translation>Afficher toutes les candidatures</translation>
    </message>
    <message>
        <source>Clear the search and the status filter</source>
        <translation>Effacer la recherche et le filtre de statut</translation>
    </message>
    <message>
        <source>No applications in “{status}” match “{search}”.</source>
        <translation>Aucune candidature « {status} » ne correspond à « {search} ».</translation>
    </message>
    <message>
        <source>No applications match “{search}”.</source>
        <translation>Aucune candidature ne correspond à « {search} ».</translation>
    </message>
    <message>
        <source>No applications in “{status}”.</source>
        <translation>Aucune candidature « {status} ».</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Next Move</source>
        <translation>Next Move</translation>
    </message>
    <message>
        <source>Show Next Move</source>
        <translation>Afficher Next Move</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n things to do</source>
        <translation>
            <numerusform>%n chose à faire</numerusform>
            <numerusform>%n choses à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Next Move — {what}</source>
        <translation>Next Move — {what}</translation>
    </message>
    <message numerus="yes">
        <source>Next Move: %n things to do</source>
        <translation>
            <numerusform>Next Move : %n chose à faire</numerusform>
            <numerusform>Next Move : %n choses à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…et {n} de plus</translation>
    </message>
</context>
<context>
    <name>OAuthFields</name>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>Show advanced sign-in settings</source>
        <translation>Afficher les paramètres de connexion avancés</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Registered with the provider (see README)</source>
        <translation>Enregistré auprès du fournisseur (voir le README)</translation>
    </message>
    <message>
        <source>Authorization address</source>
        <translation>Adresse d&apos;autorisation</translation>
    </message>
    <message>
        <source>Token address</source>
        <translation>Adresse du jeton</translation>
    </message>
    <message>
        <source>Revocation address</source>
        <translation>Adresse de révocation</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client :</translation>
    </message>
    <message>
        <source>Authorization address:</source>
        <translation>Adresse d&apos;autorisation :</translation>
    </message>
    <message>
        <source>Token address:</source>
        <translation>Adresse du jeton :</translation>
    </message>
    <message>
        <source>Revocation address:</source>
        <translation>Adresse de révocation :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>Password (if your organisation allows it)</source>
        <translation>Mot de passe (si votre organisation l&apos;autorise)</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in through the provider (OAuth2)</source>
        <translation>Connexion via le fournisseur (OAuth2)</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>May have been sent — check your Sent folder</source>
        <translation>A peut-être été envoyé — vérifiez votre dossier Envoyés</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Demande votre attention</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente d&apos;une nouvelle tentative</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>No mail account yet</source>
        <translation>Pas encore de compte de messagerie</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Emails in the outbox</source>
        <translation>E-mails de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Preview of the selected email</source>
        <translation>Aperçu de l&apos;e-mail sélectionné</translation>
    </message>
    <message>
        <source>Select an email to read it here.</source>
        <translation>Sélectionnez un e-mail pour le lire ici.</translation>
    </message>
    <message>
        <source>Nothing here yet. Emails you write or queue from the rejection wizard wait here until they are sent.</source>
        <translation>Rien pour l&apos;instant. Les e-mails que vous écrivez ou préparez depuis l&apos;assistant de refus attendent ici jusqu&apos;à leur envoi.</translation>
    </message>
    <message>
        <source>No mail account</source>
        <translation>Aucun compte de messagerie</translation>
    </message>
    <message>
        <source>Send Waiting Now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>To: {to}</source>
        <translation>À : {to}</translation>
    </message>
    <message>
        <source>About: {application}</source>
        <translation>Concerne : {application}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <source>Sent to {to}.</source>
        <translation>Envoyé à {to}.</translation>
    </message>
    <message>
        <source>Next try at {time}. Last time: {reason}</source>
        <translation>Prochaine tentative à {time}. Dernière fois : {reason}</translation>
    </message>
    <message>
        <source>{state}: {reason} Sign in again in Mail › Mail Accounts; the email then leaves with Send Waiting Now.</source>
        <translation>{state} : {reason} Reconnectez-vous dans Messagerie › Comptes de messagerie ; l&apos;e-mail partira ensuite avec Envoyer maintenant.</translation>
    </message>
    <message>
        <source>{state}: {reason} Fix the account in Mail › Mail Accounts (Test Connection helps), then choose Send Waiting Now.</source>
        <translation>{state} : {reason} Corrigez le compte dans Messagerie › Comptes de messagerie (Tester la connexion peut aider), puis choisissez Envoyer maintenant.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Renvoyer ?</translation>
    </message>
    <message>
        <source>Next Move cannot tell whether this email left before it was interrupted. Send it again only if it is not in your Sent folder.</source>
        <translation>Next Move ne peut pas savoir si cet e-mail est parti avant l&apos;interruption. Renvoyez-le uniquement s&apos;il ne se trouve pas dans votre dossier Envoyés.</translation>
    </message>
    <message>
        <source>Delete email</source>
        <translation>Supprimer l&apos;e-mail</translation>
    </message>
    <message>
        <source>Delete the email to {to}? It has not been sent.</source>
        <translation>Supprimer l&apos;e-mail destiné à {to} ? Il n&apos;a pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>PostingForm</name>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Télétravail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Clôture le</translation>
    </message>
    <message>
        <source>Job link</source>
        <translation>Lien de l&apos;offre</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Description du poste</translation>
    </message>
    <message>
        <source>The posting&apos;s text, kept as it is today</source>
        <translation>Le texte de l&apos;annonce, conservé tel qu&apos;il est aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Company *</source>
        <translation>&amp;Entreprise *</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>P&amp;oste *</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Workplace</source>
        <translation>&amp;Mode de travail</translation>
    </message>
    <message>
        <source>Sa&amp;lary</source>
        <translation>&amp;Salaire</translation>
    </message>
    <message>
        <source>&amp;Posted on</source>
        <translation>&amp;Publiée le</translation>
    </message>
    <message>
        <source>Closes o&amp;n</source>
        <translation>&amp;Clôture le</translation>
    </message>
    <message>
        <source>Job &amp;link</source>
        <translation>L&amp;ien de l&apos;offre</translation>
    </message>
    <message>
        <source>Job &amp;description</source>
        <translation>&amp;Description du poste</translation>
    </message>
    <message>
        <source>Where this came from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>edited by you</source>
        <translation>modifié par vous</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>As your system writes dates</source>
        <translation>Comme votre système écrit les dates</translation>
    </message>
    <message>
        <source>Day, abbreviated month, year</source>
        <translation>Jour, mois abrégé, année</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Jour/mois/année</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Mois/jour/année</translation>
    </message>
    <message>
        <source>Day.month.year</source>
        <translation>Jour.mois.année</translation>
    </message>
    <message>
        <source>Year-month-day (ISO 8601)</source>
        <translation>Année-mois-jour (ISO 8601)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>System default ({example})</source>
        <translation>Valeur par défaut du système ({example})</translation>
    </message>
    <message>
        <source>Typing a date accepts every format, as well as today, +3d or a weekday.</source>
        <translation>Lors de la saisie d&apos;une date, tous les formats sont acceptés, ainsi que « today », « +3d » ou un jour de la semaine.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light or dark, as your desktop is</source>
        <translation>Clair ou sombre, comme votre bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Toujours clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Toujours sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language shows the next time Next Move starts.</source>
        <translation>Une nouvelle langue s&apos;affiche au prochain démarrage de Next Move.</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objectif hebdomadaire</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source> applications a week</source>
        <translation> candidatures par semaine</translation>
    </message>
    <message>
        <source>You set a weekly goal at the end of your first reflection.</source>
        <translation>Vous fixez un objectif hebdomadaire à la fin de votre première réflexion.</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <source>Daily backups beyond this many are deleted, the oldest first.</source>
        <translation>Au-delà de ce nombre, les sauvegardes quotidiennes sont supprimées, les plus anciennes d&apos;abord.</translation>
    </message>
    <message>
        <source>Goals and backups</source>
        <translation>Objectifs et sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Weekly goal:</source>
        <translation>&amp;Objectif hebdomadaire :</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Sauvegardes conservées :</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Langue des modèles</translation>
    </message>
    <message>
        <source>The language of the emails Next Move drafts for you.</source>
        <translation>La langue des e-mails que Next Move rédige pour vous.</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Modèles d&apos;e-mails</translation>
    </message>
    <message>
        <source>&amp;Write emails in:</source>
        <translation>&amp;Rédiger les e-mails en :</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>e.g. Alex Morgan</source>
        <translation>p. ex. Alex Morgan</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Best regards,
Alex Morgan
+44 7700 900123</source>
        <translation>Cordialement,
Alex Morgan
+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Show &amp;dates as:</source>
        <translation>Afficher les &amp;dates sous la forme :</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature :</translation>
    </message>
    <message>
        <source>Used to sign the emails Next Move writes for you.</source>
        <translation>Sert à signer les e-mails que Next Move rédige pour vous.</translation>
    </message>
</context>
<context>
    <name>ReflectPage</name>
    <message>
        <source>Reflect on each stage</source>
        <translation>Revenez sur chaque étape</translation>
    </message>
    <message>
        <source>Go through the process one stage at a time and score yourself honestly: 1 is rough, 5 is your best. Add or remove stages so the list matches what really happened.</source>
        <translation>Parcourez le processus une étape à la fois et notez-vous honnêtement : 1, c&apos;était difficile ; 5, vous avez donné le meilleur de vous-même. Ajoutez ou retirez des étapes pour que la liste corresponde à ce qui s&apos;est vraiment passé.</translation>
    </message>
    <message>
        <source>Celebrate and repeat</source>
        <translation>À célébrer et à refaire</translation>
    </message>
    <message>
        <source>Worth improving</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <source>Score a stage 4 or 5 to see it here.</source>
        <translation>Donnez 4 ou 5 à une étape pour la voir ici.</translation>
    </message>
    <message>
        <source>Nothing stands out. Well done.</source>
        <translation>Rien ne ressort. Bravo.</translation>
    </message>
    <message>
        <source>Score a stage to see what is worth working on.</source>
        <translation>Notez une étape pour voir ce qui mérite d&apos;être travaillé.</translation>
    </message>
</context>
<context>
    <name>ReflectionsDialog</name>
    <message>
        <source>Reflections</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Unfinished reflections</source>
        <translation>Bilans inachevés</translation>
    </message>
    <message>
        <source>Finished reflections</source>
        <translation>Bilans terminés</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Unfinished — pick up where you left off</source>
        <translation>Inachevés — reprenez là où vous en étiez</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Nothing left half-way.</source>
        <translation>Rien n&apos;est resté en suspens.</translation>
    </message>
    <message>
        <source>Reflections you finish are kept here, to reread and export.</source>
        <translation>Les bilans que vous terminez sont conservés ici, pour les relire et les exporter.</translation>
    </message>
    <message>
        <source>{company} — {role}
Step {step} of 9 · {when}</source>
        <translation>{company} — {role}
Étape {step} sur 9 · {when}</translation>
    </message>
    <message>
        <source>{company} — {role}
Finished {when}</source>
        <translation>{company} — {role}
Terminé le {when}</translation>
    </message>
    <message>
        <source>Discard this reflection?</source>
        <translation>Abandonner ce bilan ?</translation>
    </message>
    <message>
        <source>Your answers in this unfinished reflection will be deleted.</source>
        <translation>Vos réponses dans ce bilan inachevé seront supprimées.</translation>
    </message>
</context>
<context>
    <name>RejectionNotice</name>
    <message>
        <source>Rejection</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Reflect now…</source>
        <translation>Faire le bilan…</translation>
    </message>
    <message>
        <source>Reflect on this rejection now</source>
        <translation>Faire le bilan de ce refus maintenant</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Sorry about {what}. Reflecting on it now helps the next application. Want to go through it?</source>
        <translation>Désolé pour {what}. En faire le bilan maintenant aidera pour la prochaine candidature. Voulez-vous le faire ?</translation>
    </message>
</context>
<context>
    <name>RejectionWizard</name>
    <message>
        <source>Handle a rejection</source>
        <translation>Faire face à un refus</translation>
    </message>
    <message>
        <source>Handle rejection — {role} at {company}</source>
        <translation>Faire face au refus — {role} chez {company}</translation>
    </message>
    <message>
        <source>&amp;Save and Close</source>
        <translation>&amp;Enregistrer et fermer</translation>
    </message>
    <message>
        <source>Page {page} needs an answer first: {detail}</source>
        <translation>La page {page} demande d&apos;abord une réponse : {detail}</translation>
    </message>
    <message>
        <source>This application was deleted, so the reflection cannot be saved.</source>
        <translation>Cette candidature a été supprimée : le bilan ne peut donc pas être enregistré.</translation>
    </message>
    <message>
        <source>Your answers are saved as a draft. Resume it any time from Reflect ▸ Reflections…

Press Escape again to close.</source>
        <translation>Vos réponses sont enregistrées comme brouillon. Reprenez-le quand vous voulez depuis Bilan ▸ Bilans…

Appuyez de nouveau sur Échap pour fermer.</translation>
    </message>
</context>
<context>
    <name>RemindersPreferences</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Tray</source>
        <translation>Zone de notification</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Suggest a follow-up after</source>
        <translation>Suggérer une relance après</translation>
    </message>
    <message>
        <source>Days with no answer before a follow-up</source>
        <translation>Jours sans réponse avant une relance</translation>
    </message>
    <message>
        <source>Suggest marking as ghosted after</source>
        <translation>Suggérer « sans nouvelles » après</translation>
    </message>
    <message>
        <source>Days with no activity before marking as ghosted</source>
        <translation>Jours sans activité avant « sans nouvelles »</translation>
    </message>
    <message>
        <source>A thank-you after an interview (the same or next day)</source>
        <translation>Un remerciement après un entretien (le jour même ou le lendemain)</translation>
    </message>
    <message>
        <source>A hello when a keep-in-touch date comes</source>
        <translation>Un petit mot quand une date de prise de nouvelles arrive</translation>
    </message>
    <message>
        <source>A learning goal that is due</source>
        <translation>Un objectif d’apprentissage arrivé à échéance</translation>
    </message>
    <message>
        <source>with no answer</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>with no activity</source>
        <translation>sans activité</translation>
    </message>
    <message>
        <source>Shown under Suggested in the Goals and Reminders panel.</source>
        <translation>Affichées sous « Suggéré » dans le panneau Objectifs et rappels.</translation>
    </message>
    <message>
        <source>Show the icon in the system tray</source>
        <translation>Afficher l’icône dans la zone de notification</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Continuer dans la zone de notification quand la fenêtre se ferme</translation>
    </message>
    <message>
        <source>The tray icon tells you when something is due; while the window is closed, Show Next Move brings it back and Quit ends the app.</source>
        <translation>L’icône de notification vous prévient quand quelque chose arrive à échéance ; fenêtre fermée, « Afficher Next Move » la rouvre et « Quitter » ferme l’application.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: what is due shows in the window.</source>
        <translation>Ce bureau n’a pas de zone de notification : ce qui arrive à échéance s’affiche dans la fenêtre.</translation>
    </message>
    <message>
        <source>Keep a calendar file up to date in this folder:</source>
        <translation>Tenir à jour un fichier de calendrier dans ce dossier :</translation>
    </message>
    <message>
        <source>Calendar folder</source>
        <translation>Dossier du calendrier</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>{name} there is rewritten after every change, for a calendar app that subscribes to it.</source>
        <translation>{name} y est réécrit après chaque modification, pour une application de calendrier qui s’y abonne.</translation>
    </message>
    <message>
        <source>Keep the calendar file in</source>
        <translation>Conserver le fichier de calendrier dans</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>The insights could not be read; see the log for details.</source>
        <translation>Les statistiques n&apos;ont pas pu être lues ; consultez le journal pour plus de détails.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Reflection report</source>
        <translation>Rapport de bilan</translation>
    </message>
    <message>
        <source>Reflection — {title}</source>
        <translation>Bilan — {title}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Feedback &amp;Arrived…</source>
        <translation>&amp;Retour reçu…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export reflection</source>
        <translation>Exporter le bilan</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}</source>
        <translation>Impossible d&apos;enregistrer dans {path} : {reason}</translation>
    </message>
    <message>
        <source>Saved to {name}</source>
        <translation>Enregistré dans {name}</translation>
    </message>
    <message>
        <source>Feedback saved. Thank them when you can.</source>
        <translation>Retour enregistré. Remerciez-les dès que possible.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose a Backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Next Move backups (*.sqlite3);;All files (*)</source>
        <translation>Sauvegardes Next Move (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. Your data as it is now is backed up first, so you can undo this by restoring that backup.</source>
        <translation>Choisissez la sauvegarde à récupérer. Vos données actuelles sont d&apos;abord sauvegardées : vous pourrez annuler en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>No backups yet. Use Choose File… to restore another copy.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Utilisez Choisir un fichier… pour restaurer une autre copie.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir un fichier…</translation>
    </message>
</context>
<context>
    <name>RowLoading</name>
    <message>
        <source>Loading applications…</source>
        <translation>Chargement des candidatures…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>1 application</source>
        <translation>1 candidature</translation>
    </message>
    <message>
        <source>{total} applications</source>
        <translation>{total} candidatures</translation>
    </message>
    <message>
        <source>{shown} of {total} applications</source>
        <translation>{shown} candidatures sur {total}</translation>
    </message>
</context>
<context>
    <name>ScoreButtons</name>
    <message>
        <source>Went badly</source>
        <translation>Mal passé</translation>
    </message>
    <message>
        <source>Below what I can do</source>
        <translation>En dessous de mes capacités</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Bien passé</translation>
    </message>
    <message>
        <source>Went very well</source>
        <translation>Très bien passé</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Pas du tout</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Un peu</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>Assez</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Beaucoup</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Énormément</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Signed in. This account is ready to send.</source>
        <translation>Connecté. Ce compte est prêt à envoyer.</translation>
    </message>
    <message>
        <source>Signing in was cancelled. Nothing was changed.</source>
        <translation>La connexion a été annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No sign-in arrived within 5 minutes. Click the button to try again.</source>
        <translation>Aucune connexion reçue dans les 5 minutes. Cliquez sur le bouton pour réessayer.</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <source>Research and preparation</source>
        <translation>Recherche et préparation</translation>
    </message>
    <message>
        <source>Application materials</source>
        <translation>Dossier de candidature</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Appel de présélection</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Interview round {number}</source>
        <translation>Entretien, tour {number}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>How it went (1-5)</source>
        <translation>Déroulement (1-5)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Add a stage</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nom de l&apos;étape</translation>
    </message>
    <message>
        <source>Score for {stage}</source>
        <translation>Note pour {stage}</translation>
    </message>
    <message>
        <source>Note for {stage}</source>
        <translation>Commentaire pour {stage}</translation>
    </message>
    <message>
        <source>What happened, how you felt</source>
        <translation>Ce qui s&apos;est passé, ce que vous avez ressenti</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this stage</source>
        <translation>Retirer cette étape</translation>
    </message>
</context>
<context>
    <name>StepBackPage</name>
    <message>
        <source>Take a step back</source>
        <translation>Prenez du recul</translation>
    </message>
    <message>
        <source>Was this role really right for you? Your answer shapes where you look next.</source>
        <translation>Ce poste était-il vraiment fait pour vous ? Votre réponse oriente vos prochaines recherches.</translation>
    </message>
    <message>
        <source>Applied for the right reasons</source>
        <translation>Candidature pour les bonnes raisons</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Je ne sais pas encore</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>How much it excited you</source>
        <translation>À quel point il vous enthousiasmait</translation>
    </message>
    <message>
        <source>Values and skills</source>
        <translation>Valeurs et compétences</translation>
    </message>
    <message>
        <source>Which of your values and skills matched the job description, and which not?</source>
        <translation>Parmi vos valeurs et compétences, lesquelles correspondaient à la description du poste, et lesquelles non ?</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Ce qui s&apos;est bien passé</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Ce qui pourrait être mieux</translation>
    </message>
    <message>
        <source>Saved job description</source>
        <translation>Description du poste enregistrée</translation>
    </message>
    <message>
        <source>No job description was saved with this application.</source>
        <translation>Aucune description de poste n&apos;a été enregistrée avec cette candidature.</translation>
    </message>
    <message>
        <source>It was right for me: keep looking for si&amp;milar roles</source>
        <translation>Il me convenait : continuer à chercher des postes si&amp;milaires</translation>
    </message>
    <message>
        <source>&amp;Adjust my direction</source>
        <translation>&amp;Ajuster mon orientation</translation>
    </message>
    <message>
        <source>Did you apply for the &amp;right reasons?</source>
        <translation>Avez-vous postulé pour les bonnes &amp;raisons ?</translation>
    </message>
    <message>
        <source>How much did it e&amp;xcite you?</source>
        <translation>À quel point vous e&amp;nthousiasmait-il ?</translation>
    </message>
    <message>
        <source>The &amp;job description you saved:</source>
        <translation>La description du &amp;poste enregistrée :</translation>
    </message>
    <message>
        <source>&amp;Values and skills:</source>
        <translation>&amp;Valeurs et compétences :</translation>
    </message>
    <message>
        <source>What went &amp;well:</source>
        <translation>Ce qui s&apos;est &amp;bien passé :</translation>
    </message>
    <message>
        <source>What &amp;could be better:</source>
        <translation>Ce qui pourrait être m&amp;ieux :</translation>
    </message>
    <message>
        <source>How do you want to go on?</source>
        <translation>Comment souhaitez-vous continuer ?</translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <source>The email had already been sent; it cannot be taken back.</source>
        <translation>L&apos;e-mail avait déjà été envoyé ; il ne peut pas être repris.</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Snooze “{what}” for a day</source>
        <translation>Reporter « {what} » d&apos;un jour</translation>
    </message>
    <message>
        <source>Snooze “{what}” for a week</source>
        <translation>Reporter « {what} » d&apos;une semaine</translation>
    </message>
    <message>
        <source>Snoozed — it comes back on {day:%d %b}</source>
        <translation>Reporté — revient le {day:%d %b}</translation>
    </message>
    <message>
        <source>Dismiss “{what}”</source>
        <translation>Ignorer « {what} »</translation>
    </message>
    <message>
        <source>Dismissed — Undo with Ctrl+Z</source>
        <translation>Ignoré — Annuler avec Ctrl+Z</translation>
    </message>
    <message>
        <source>Mark “{skill}” done</source>
        <translation>Marquer « {skill} » comme fait</translation>
    </message>
    <message>
        <source>Learning goal done — well done</source>
        <translation>Objectif d&apos;apprentissage atteint — bravo</translation>
    </message>
    <message>
        <source>Queue the email for “{what}”</source>
        <translation>Placer l&apos;e-mail pour « {what} » dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Queued for {to} — it waits in the outbox</source>
        <translation>Prêt à partir pour {to} — il attend dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>No email address known yet: the draft waits in the outbox</source>
        <translation>Aucune adresse e-mail connue pour l&apos;instant : le brouillon attend dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Marked as ghosted — Undo with Ctrl+Z</source>
        <translation>Marquée comme sans nouvelles — Annuler avec Ctrl+Z</translation>
    </message>
    <message>
        <source>all</source>
        <translation>à tous</translation>
    </message>
    <message>
        <source>there</source>
        <translation>Madame, Monsieur</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Suggested next steps</source>
        <translation>Prochaines étapes suggérées</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Le faire</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>D&apos;un jour</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>D&apos;une semaine</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Nothing to suggest right now.</source>
        <translation>Rien à suggérer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Follow up on {where}: no answer for {days} days</source>
        <translation>Relancer {where} : aucune réponse depuis {days} jours</translation>
    </message>
    <message>
        <source>Thank {company} for the interview</source>
        <translation>Remercier {company} pour l&apos;entretien</translation>
    </message>
    <message>
        <source>No news from {where} for {days} days: mark as ghosted?</source>
        <translation>Pas de nouvelles de {where} depuis {days} jours : marquer comme sans nouvelles ?</translation>
    </message>
    <message>
        <source>your contact</source>
        <translation>votre contact</translation>
    </message>
    <message>
        <source>Say hello to {who}{at}</source>
        <translation>Prendre des nouvelles de {who}{at}</translation>
    </message>
    <message>
        <source>Learning goal due: {skill}</source>
        <translation>Objectif d&apos;apprentissage à échéance : {skill}</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a drafted email (no address known yet)</source>
        <translation>Ouvrir un brouillon d&apos;e-mail (aucune adresse connue pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Queue a drafted email to {who}</source>
        <translation>Placer un brouillon d&apos;e-mail pour {who} dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Mark the application as ghosted</source>
        <translation>Marquer la candidature comme sans nouvelles</translation>
    </message>
    <message>
        <source>Mark the learning goal as done</source>
        <translation>Marquer l&apos;objectif d&apos;apprentissage comme atteint</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Replace your message?</source>
        <translation>Remplacer votre message ?</translation>
    </message>
    <message>
        <source>Start again from the “{name}” template? What you wrote will be replaced (Undo in the message brings it back).</source>
        <translation>Repartir du modèle « {name} » ? Ce que vous avez écrit sera remplacé (Annuler dans le message permet de le récupérer).</translation>
    </message>
</context>
<context>
    <name>TemplateCombo</name>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Ask for feedback</source>
        <translation>Demander un retour</translation>
    </message>
    <message>
        <source>Ask for more specific feedback</source>
        <translation>Demander un retour plus précis</translation>
    </message>
    <message>
        <source>Thanks for the feedback</source>
        <translation>Merci pour le retour</translation>
    </message>
    <message>
        <source>Thank-you (don&apos;t burn your bridges)</source>
        <translation>Remerciements (ne pas couper les ponts)</translation>
    </message>
    <message>
        <source>Talk to the experts</source>
        <translation>Parlez-en à des experts</translation>
    </message>
    <message>
        <source>Follow-up on an application</source>
        <translation>Relance d&apos;une candidature</translation>
    </message>
    <message>
        <source>Thank you after an interview</source>
        <translation>Remerciements après un entretien</translation>
    </message>
    <message>
        <source>Thank you for an offer</source>
        <translation>Merci pour une offre</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Rester en contact</translation>
    </message>
    <message>
        <source>Email Templates</source>
        <translation>Modèles d&apos;e-mails</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Modèles d&apos;e-mails</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Placeholders: </source>
        <translation>Champs à remplir : </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Restore the Original</source>
        <translation>&amp;Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corps :</translation>
    </message>
    <message>
        <source>Preview (with example names)</source>
        <translation>Aperçu (avec des noms d&apos;exemple)</translation>
    </message>
    <message>
        <source>Placeholders you can use: {names}.</source>
        <translation>Champs que vous pouvez utiliser : {names}.</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <source>Give the email a subject.</source>
        <translation>Donnez un objet à l&apos;e-mail.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>Not saved: check the placeholders marked above. To keep the braces as written, press Save Anyway.</source>
        <translation>Non enregistré : vérifiez les champs signalés ci-dessus. Pour garder les accolades telles quelles, cliquez sur Enregistrer quand même.</translation>
    </message>
    <message>
        <source>Saved. New emails will use this text.</source>
        <translation>Enregistré. Les nouveaux e-mails utiliseront ce texte.</translation>
    </message>
    <message>
        <source>The original text is back.</source>
        <translation>Le texte d&apos;origine est rétabli.</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add an entry to the timeline</source>
        <translation>Ajouter une entrée à la chronologie</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Modifier l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Supprimer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Interview (round {round})</source>
        <translation>Entretien (tour {round})</translation>
    </message>
    <message>
        <source>{time} ({minutes} min)</source>
        <translation>{time} ({minutes} min)</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>avec {names}</translation>
    </message>
</context>
<context>
    <name>TrackerColumns</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>TrackerCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Mark {name} as {status}</source>
        <translation>Marquer {name} comme {status}</translation>
    </message>
    <message>
        <source>Add “{what}” to {name}</source>
        <translation>Ajouter « {what} » à {name}</translation>
    </message>
    <message>
        <source>Delete “{what}”</source>
        <translation>Supprimer « {what} »</translation>
    </message>
    <message>
        <source>Edit “{what}”</source>
        <translation>Modifier « {what} »</translation>
    </message>
</context>
<context>
    <name>TrackerDelegate</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>TrackerEditing</name>
    <message>
        <source>Saved {name}</source>
        <translation>Contact enregistré : {name}</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>Contact ajouté : {name}</translation>
    </message>
    <message>
        <source>Deleted {name} — Undo with Ctrl+Z</source>
        <translation>Supprimé : {name} — Annuler avec Ctrl+Z</translation>
    </message>
    <message>
        <source>{name} is now {status}</source>
        <translation>{name} : désormais {status}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Due today</source>
        <translation>Pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard d&apos;1 jour</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>En retard de {days} jours</translation>
    </message>
</context>
<context>
    <name>TrackerTable</name>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Undone: {what}</source>
        <translation>Annulé : {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Rétabli : {what}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Annuler {what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Rétablir {what}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>UpskillPage</name>
    <message>
        <source>Upskill</source>
        <translation>Montez en compétences</translation>
    </message>
    <message>
        <source>Every rejection points at something you can grow. Pick a skill, a course or a certification, and give yourself a date.</source>
        <translation>Chaque refus indique un point sur lequel vous pouvez progresser. Choisissez une compétence, une formation ou une certification, et fixez-vous une date.</translation>
    </message>
    <message>
        <source>&amp;Add a learning goal</source>
        <translation>&amp;Ajouter un objectif d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Add the su&amp;ggestion</source>
        <translation>Ajouter la su&amp;ggestion</translation>
    </message>
    <message>
        <source>Suggested from your lowest-rated stage: {names}</source>
        <translation>Suggéré d&apos;après votre étape la moins bien notée : {names}</translation>
    </message>
    <message>
        <source>Add any skill you would like to strengthen.</source>
        <translation>Ajoutez toute compétence que vous aimeriez renforcer.</translation>
    </message>
    <message>
        <source>Score a stage on the Reflect page to get a suggestion.</source>
        <translation>Notez une étape sur la page « Revenez sur chaque étape » pour obtenir une suggestion.</translation>
    </message>
    <message>
        <source>The suggestion is already in your list.</source>
        <translation>La suggestion est déjà dans votre liste.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Applications per week</source>
        <translation>Candidatures par semaine</translation>
    </message>
    <message>
        <source>Applications you send in the last twelve weeks will be counted here week by week, next to the weekly goal you set at the end of a reflection.</source>
        <translation>Les candidatures que vous envoyez au cours des douze dernières semaines seront comptées ici semaine par semaine, à côté de l&apos;objectif hebdomadaire fixé à la fin d&apos;un bilan.</translation>
    </message>
    <message>
        <source>week of {day}: {count}</source>
        <translation>semaine du {day} : {count}</translation>
    </message>
    <message>
        <source>goal: {goal} a week</source>
        <translation>objectif : {goal} par semaine</translation>
    </message>
    <message>
        <source>Week of {day}: {count} sent</source>
        <translation>Semaine du {day} : {count} envoyée(s)</translation>
    </message>
</context>
<context>
    <name>WhatHappenedPage</name>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Screening call</source>
        <translation>Appel de présélection</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Interview round 1</source>
        <translation>Entretien, 1er tour</translation>
    </message>
    <message>
        <source>Interview round 2</source>
        <translation>Entretien, 2e tour</translation>
    </message>
    <message>
        <source>Interview round 3</source>
        <translation>Entretien, 3e tour</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Start with the facts. It helps to put them down while they are fresh.</source>
        <translation>Commencez par les faits. Cela aide de les noter tant qu&apos;ils sont frais.</translation>
    </message>
    <message>
        <source>{role} at {company}</source>
        <translation>{role} chez {company}</translation>
    </message>
    <message>
        <source>You cannot have heard back in the future.</source>
        <translation>Vous ne pouvez pas avoir eu la réponse dans le futur.</translation>
    </message>
    <message>
        <source>When you heard back</source>
        <translation>Quand vous avez eu la réponse</translation>
    </message>
    <message>
        <source>How the news came</source>
        <translation>Comment la nouvelle est arrivée</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motif donné</translation>
    </message>
    <message>
        <source>Their words, if they gave a reason (optional)</source>
        <translation>Leurs mots, s&apos;ils ont donné un motif (facultatif)</translation>
    </message>
    <message>
        <source>Who told you</source>
        <translation>Qui vous l&apos;a annoncé</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Son nom</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>name@company.com (for the emails)</source>
        <translation>nom@entreprise.com (pour les e-mails)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>How you sign your emails</source>
        <translation>Votre signature d&apos;e-mail</translation>
    </message>
    <message>
        <source>When did you &amp;hear back?</source>
        <translation>Quand avez-vous eu la &amp;réponse ?</translation>
    </message>
    <message>
        <source>How did the news &amp;come?</source>
        <translation>Comment la &amp;nouvelle est-elle arrivée ?</translation>
    </message>
    <message>
        <source>How &amp;far did you get?</source>
        <translation>Quelle étape avez-vous &amp;atteinte ?</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>&amp;Motif donné :</translation>
    </message>
    <message>
        <source>&amp;Who told you?</source>
        <translation>&amp;Qui vous l&apos;a annoncé ?</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Adresse e-mail :</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>&amp;Goals and Reminders</source>
        <translation>&amp;Objectifs et rappels</translation>
    </message>
    <message>
        <source>&amp;Reflections…</source>
        <translation>&amp;Bilans…</translation>
    </message>
    <message>
        <source>&amp;Insights…</source>
        <translation>&amp;Statistiques…</translation>
    </message>
    <message>
        <source>Email &amp;Templates…</source>
        <translation>&amp;Modèles d&apos;e-mails…</translation>
    </message>
    <message>
        <source>That application no longer exists.</source>
        <translation>Cette candidature n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Select an application first, or resume one from Reflect ▸ Reflections.</source>
        <translation>Sélectionnez d&apos;abord une candidature, ou reprenez un bilan depuis Bilan ▸ Bilans.</translation>
    </message>
    <message>
        <source>Reflection saved. Any emails you queued are waiting in the outbox.</source>
        <translation>Bilan enregistré. Les e-mails que vous avez préparés attendent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Draft saved — resume it from Reflect ▸ Reflections…</source>
        <translation>Brouillon enregistré — reprenez-le depuis Bilan ▸ Bilans…</translation>
    </message>
    <message>
        <source>{role} at {company}</source>
        <translation>{role} chez {company}</translation>
    </message>
</context>
<context>
    <name>WizardSteps</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Faite par vous</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
</context>
<context>
    <name>inbox</name>
    <message>
        <source>Match the email to another application</source>
        <translation>Associer l&apos;e-mail à une autre candidature</translation>
    </message>
    <message>
        <source>Record the feedback that arrived</source>
        <translation>Enregistrer le retour reçu</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not write {file}: check that the folder is writable.</source>
        <translation>Impossible d&apos;écrire {file} : vérifiez que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Next Move cannot open your data</source>
        <translation>Next Move ne peut pas ouvrir vos données</translation>
    </message>
    <message>
        <source>Another Next Move command ({command}) is using this data folder:
{folder}

Wait for it to finish, then start Next Move again.</source>
        <translation>Une autre commande Next Move ({command}) utilise ce dossier de données :
{folder}

Attendez qu&apos;elle se termine, puis relancez Next Move.</translation>
    </message>
    <message>
        <source>Next Move is busy</source>
        <translation>Next Move est occupé</translation>
    </message>
    <message>
        <source>Next Move is already open with this data folder:
{folder}

Switch to its window, or quit it and start Next Move again.</source>
        <translation>Next Move est déjà ouvert avec ce dossier de données :
{folder}

Passez à sa fenêtre, ou quittez-le et relancez Next Move.</translation>
    </message>
    <message>
        <source>Next Move is already running</source>
        <translation>Next Move est déjà en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Next Move could not lock its data folder:
{folder}

Check that you may write to it.</source>
        <translation>Next Move n&apos;a pas pu verrouiller son dossier de données :
{folder}

Vérifiez que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>This data needs a newer Next Move</source>
        <translation>Ces données nécessitent une version plus récente de Next Move</translation>
    </message>
    <message>
        <source>Next Move could not open its data in
{folder}

The file has not been changed. ({reason})</source>
        <translation>Next Move n&apos;a pas pu ouvrir ses données dans
{folder}

Le fichier n&apos;a pas été modifié. ({reason})</translation>
    </message>
    <message>
        <source>Next Move could not read its data file: it is damaged or is not a Next Move database.</source>
        <translation>Next Move n&apos;a pas pu lire son fichier de données : il est endommagé ou n&apos;est pas une base de données Next Move.</translation>
    </message>
    <message>
        <source>The most recent good backup is from {when}.</source>
        <translation>La sauvegarde valide la plus récente date du {when}.</translation>
    </message>
    <message>
        <source>Restore Backup from {when}</source>
        <translation>Restaurer la sauvegarde du {when}</translation>
    </message>
    <message>
        <source>There is no backup to restore from.</source>
        <translation>Il n&apos;y a aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>If you restore the backup or start with an empty database, the damaged file</source>
        <translation>Si vous restaurez la sauvegarde ou démarrez avec une base de données vide, le fichier endommagé</translation>
    </message>
    <message>
        <source>If you start with an empty database, the damaged file</source>
        <translation>Si vous démarrez avec une base de données vide, le fichier endommagé</translation>
    </message>
    <message>
        <source>{kept} is kept: it is renamed, with “damaged” and today’s date added to its name, in
{folder}</source>
        <translation>{kept} est conservé : il est renommé, avec « endommagé » et la date du jour ajoutés à son nom, dans
{folder}</translation>
    </message>
    <message>
        <source>Quit leaves the file untouched; Next Move asks again when it next starts.</source>
        <translation>Quitter laisse le fichier intact ; Next Move vous reposera la question au prochain démarrage.</translation>
    </message>
    <message>
        <source>Start with an Empty Database</source>
        <translation>Démarrer avec une base de données vide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Votre fichier de données est endommagé</translation>
    </message>
    <message>
        <source>Next Move keeps its data in a folder, but this is a file:
{file}

Start Next Move with a folder instead.</source>
        <translation>Next Move conserve ses données dans un dossier, mais ceci est un fichier :
{file}

Lancez plutôt Next Move avec un dossier.</translation>
    </message>
    <message>
        <source>Next Move could not use its data folder:
{folder}

{reason}</source>
        <translation>Next Move n&apos;a pas pu utiliser son dossier de données :
{folder}

{reason}</translation>
    </message>
</context>
</TS>
