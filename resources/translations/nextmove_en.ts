<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>Mark %n applications as {status}</source>
        <translation>
            <numerusform>Mark %n application as {status}</numerusform>
            <numerusform>Mark %n applications as {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add “{what}” to %n applications</source>
        <translation>
            <numerusform>Add “{what}” to %n application</numerusform>
            <numerusform>Add “{what}” to %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n applications</source>
        <translation>
            <numerusform>Delete %n application</numerusform>
            <numerusform>Delete %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n applications — Undo with Ctrl+Z</source>
        <translation>
            <numerusform>Deleted %n application — Undo with Ctrl+Z</numerusform>
            <numerusform>Deleted %n applications — Undo with Ctrl+Z</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications selected: Application › Set Status, Delete and more act on them all</source>
        <translation>
            <numerusform>%n application selected: Application › Set Status, Delete and more act on them all</numerusform>
            <numerusform>%n applications selected: Application › Set Status, Delete and more act on them all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add to %n timelines</source>
        <translation>
            <numerusform>Add to %n timeline</numerusform>
            <numerusform>Add to %n timelines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message numerus="yes">
        <source>Imported %Ln applications</source>
        <translation>
            <numerusform>Imported %Ln application</numerusform>
            <numerusform>Imported %Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported 1 application and %Ln new contacts</source>
        <translation>
            <numerusform>Imported 1 application and %Ln new contact</numerusform>
            <numerusform>Imported 1 application and %Ln new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln applications and {contacts}</source>
        <translation>
            <numerusform>Imported %Ln applications and {contacts}</numerusform>
            <numerusform>Imported %Ln applications and {contacts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contacts</source>
        <translation>
            <numerusform>%Ln new contact</numerusform>
            <numerusform>%Ln new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln applications to {name}</source>
        <translation>
            <numerusform>Exported %Ln application to {name}</numerusform>
            <numerusform>Exported %Ln applications to {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishCommand</name>
    <message numerus="yes">
        <source>%n emails from the wizard are back in the outbox.</source>
        <translation>
            <numerusform>%n email from the wizard is back in the outbox.</numerusform>
            <numerusform>%n emails from the wizard are back in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails from the wizard were taken out of the outbox.</source>
        <translation>
            <numerusform>%n email from the wizard was taken out of the outbox.</numerusform>
            <numerusform>%n emails from the wizard were taken out of the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had already been sent and cannot be taken back.</source>
        <translation>
            <numerusform>%n had already been sent and cannot be taken back.</numerusform>
            <numerusform>%n had already been sent and cannot be taken back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wizard&apos;s %n emails had already been sent and cannot be taken back.</source>
        <translation>
            <numerusform>The wizard&apos;s email had already been sent and cannot be taken back.</numerusform>
            <numerusform>The wizard&apos;s %n emails had already been sent and cannot be taken back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln applications</source>
        <translation>
            <numerusform>&amp;Import %Ln application</numerusform>
            <numerusform>&amp;Import %Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these rows have the same company and role as applications you already track; importing adds them again.</source>
        <translation>
            <numerusform>%Ln of these rows has the same company and role as an application you already track; importing adds it again.</numerusform>
            <numerusform>%Ln of these rows have the same company and role as applications you already track; importing adds them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %Ln of {total} rows</source>
        <translation>
            <numerusform>the first %Ln of {total} rows</numerusform>
            <numerusform>the first %Ln of {total} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix them in your file, or change how a column is read.</source>
        <translation>
            <numerusform>Fix it in your file, or change how a column is read.</numerusform>
            <numerusform>Fix them in your file, or change how a column is read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: your file has %Ln problems, listed below. Fix them and try again.</source>
        <translation>
            <numerusform>Nothing was imported: your file has a problem, listed below. Fix it and try again.</numerusform>
            <numerusform>Nothing was imported: your file has %Ln problems, listed below. Fix them and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more problems</source>
        <translation>
            <numerusform>…and %Ln more problem</numerusform>
            <numerusform>…and %Ln more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message numerus="yes">
        <source>%n emails sent.</source>
        <translation>
            <numerusform>%n email sent.</numerusform>
            <numerusform>%n emails sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails could not be sent: see the Outbox.</source>
        <translation>
            <numerusform>%n email could not be sent: see the Outbox.</numerusform>
            <numerusform>%n emails could not be sent: see the Outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails need your attention — see the Outbox</source>
        <translation>
            <numerusform>%n email needs your attention — see the Outbox</numerusform>
            <numerusform>%n emails need your attention — see the Outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails may have been sent — check the Outbox</source>
        <translation>
            <numerusform>%n email may have been sent — check the Outbox</numerusform>
            <numerusform>%n emails may have been sent — check the Outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emails waiting in the outbox</source>
        <translation>
            <numerusform>%n email waiting in the outbox</numerusform>
            <numerusform>%n emails waiting in the outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n things to do</source>
        <translation>
            <numerusform>%n thing to do</numerusform>
            <numerusform>%n things to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next Move: %n things to do</source>
        <translation>
            <numerusform>Next Move: %n thing to do</numerusform>
            <numerusform>Next Move: %n things to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
</TS>
