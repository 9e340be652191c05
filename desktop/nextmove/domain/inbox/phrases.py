# ruff: noqa: E501  (one pattern per line reads better than patterns cut in pieces)
"""The phrases that decide a message's kind, in English, German, French and Spanish.

Every pattern is matched against one sentence folded by `text.fold` (lower case, ü → ue,
é → e, …), so the patterns are written without accents. A pattern made of lookaheads needs
all its parts somewhere in the same sentence.
"""

from __future__ import annotations

import re

from nextmove.domain.inbox.model import Kind


def _compile(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern) for pattern in patterns)


_OTHER_CANDIDATES = (
    r"(other|another|a different|different|more suitable|stronger) (candidate|applicant|profile)s?"
)

REJECTION = _compile(
    # English
    rf"\b(move|moving|go|going|proceed|proceeding|continue|continuing|progress|progressing) (forward |ahead )?with {_OTHER_CANDIDATES}",
    rf"\b(decided|chosen|opted|elected|decision) to (pursue|select|prioriti[sz]e|focus on|consider) {_OTHER_CANDIDATES}",
    r"\b(pursue|pursuing|selected|chose|chosen) (an?other|other|a different|different) (candidate|applicant|direction)",
    r"\bnot (to )?(be )?(move|moving|proceed|proceeding|progress|progressing|go|going|continue|continuing|take|taking) (forward |further |ahead )?(with )?your (application|candidacy|profile)",
    r"\b(not|no longer) (to )?(be )?(moving|move|proceeding|proceed|progressing|progress|going) (forward|further|ahead)\b",
    r"\bwon'?t be (moving|proceeding|progressing|taking|going) (forward|further|ahead)",
    r"\b(unable|not able|cannot|can'?t|won'?t be able) to (move|proceed|progress|offer you|take your application)",
    r"\bdecided not to (proceed|pursue|progress|continue|move|offer|invite)",
    r"\b(position|role|vacancy|opening|job) (has|have) (now |already )?been (filled|closed)",
    r"\b(position|role|vacancy) (is|was) (now |already )?(filled|closed)\b",
    r"\bwe (have|'ve) (now |already )?(filled|closed) (the|this) (position|role|vacancy)",
    r"\bregret to (inform|let you know|tell you|advise)",
    r"\b(have|has|were|was) not (been )?(successful|selected|shortlisted)",
    r"\bnot (been )?(selected|shortlisted) (for|to)\b",
    r"\b(application|candidacy) (was|has been|is) unsuccessful",
    r"\bunsuccessful (on this occasion|this time)",
    r"\bnot be (offering|inviting|progressing|extending)",
    r"\b(decided|decision) to go (in )?(a different|another) direction",
    r"\b(progress|proceed|continue|move forward) with (other )?(candidates|applicants) (whose|who|with)",
    r"\bother candidates (whose|who) .{0,80}(more closely|better|more) (match|align|suited|fit)",
    r"\bnot (to )?(be )?(considered|considering) (further|for this)",
    # German
    r"\b(fuer|mit) (einen|eine|einem|einer) (anderen?|weiteren?) (kandidat|bewerber|person)",
    r"\bfuer (andere|einen anderen) (kandidat|bewerber)",
    r"\bnicht (weiter |naeher |mehr )?(beruecksichtig|in betracht|verfolgen|fortsetzen|weiterverfolgen)",
    r"\b(eine )?absage (erteilen|geben|mitteilen|aussprechen)",
    r"\babsage (auf|zu|fuer) (ihre|deine) bewerbung",
    r"\b(stelle|position|vakanz)\b.{0,50}\b(besetzt|vergeben)\b",
    r"\banderweitig (besetzt|vergeben|entschieden)",
    r"\bnicht (in die |fuer die )?(engere|naechste) (auswahl|runde)",
    r"\bgegen (ihre|deine|eine weitere) (bewerbung|zusammenarbeit) entschieden",
    r"\bnicht fuer (sie|dich) entschieden",
    r"\b(ihnen|dir) (leider )?keine (positive|zusage|guten)",
    r"\bkeine positive (rueckmeldung|nachricht|entscheidung)",
    r"\bandere(n|r)? (kandidat|bewerber)\w*,? (deren|die|der) .{0,80}(besser|naeher|mehr)",
    # French
    r"\bpas (ete )?(retenue?s?|selectionnee?s?)\b",
    r"\b(ne|n'|pas) .{0,60}donner (une )?suite",
    r"\bpas .{0,60}suite favorable",
    r"\bposte (a|est|a ete) (deja |desormais )?(pourvu|attribue|ferme)",
    r"\b(retenu|choisi|privilegie|selectionne) (un autre|une autre|d'autres) (candidat|profil)",
    r"\bpoursuivre (le processus )?avec (un autre|une autre|d'autres) (candidat|profil)",
    r"\b(au regret|regrettons) de (vous|t)",
    r"\bpas en mesure de (donner|retenir|poursuivre|vous proposer)",
    r"\bne (pas )?poursuivre (le processus|votre candidature|avec votre)",
    # Spanish
    r"\bno (ha|has|haya|hayas) (sido|resultado) (seleccionad|elegid|exitos)",
    r"\b(decidido|optado) (continuar|seguir|avanzar) con (otr[oa]s?|un[oa]? otr[oa]) (candidat|perfil)",
    r"\b(seleccionado|elegido) a (otr[oa]s?|otro) (candidat|perfil)",
    r"\blamentamos (informarte|informarle|comunicarte|comunicarle|decirte)",
    r"\bno (podemos|vamos a|podremos) (continuar|seguir|avanzar) con (tu|su) (candidatura|proceso|solicitud)",
    r"\b(vacante|posicion|puesto)\b.{0,60}\b(ha sido|fue|esta) (cubiert|ocupad|cerrad)",
    r"\b(otros|otras) (candidatos|perfiles|candidaturas) (que|cuyo|cuya|mas)",
)

INTERVIEW = _compile(
    r"\binvit\w* you (to|for) .{0,40}\b(interview|call|chat|conversation|meeting|phone screen|onsite|on-site)",
    r"\b(like|love|want|happy) to (schedule|arrange|set up|book|have) (an? |the |your )?.{0,25}\b(interview|call|chat|phone screen|conversation)",
    r"\b(schedule|book|arrange) (a|an|your|the) .{0,25}\b(interview|phone screen|video call|call with)",
    r"\b(share|send|let me know|let us know|tell us) (me |us )?(your |some )?availability",
    r"\bare you available (for|on|next|this)\b",
    r"\binterview (invitation|invite)\b",
    r"\bnext (round|stage) (of interviews|of the process|will be)",
    r"\b(move|moving|invite) you (forward |on )?to the (next|following) (round|stage)",
    # German
    r"^(?=.*\b(einladen|einladung|laden \w+ .{0,100}\bein\b))(?=.*(gespraech|interview|kennenlernen))",
    r"\btermin (fuer|zu) (einem|ein|das|unser|einen) .{0,30}(gespraech|interview|kennenlernen)",
    r"\bwann (haetten|haben|passt es) (sie|dir|ihnen) (zeit|es)",
    r"\b(ihre|deine) verfuegbarkeit",
    # French
    r"^(?=.*\b(inviter|invitation|convier|convions|convoquer|rencontrer|planifier|organiser)\b)(?=.*\b(entretien|echange|rencontre|appel|visio)\b)",
    r"\bvos disponibilites\b",
    # Spanish
    r"^(?=.*\b(invitarte|invitarle|invitamos|invitacion|agendar|programar|coordinar|concertar|conocerte)\b)(?=.*\b(entrevista|llamada|reunion|videollamada)\b)",
    r"\b(tu|su) disponibilidad\b",
)

OFFER = _compile(
    r"\b(pleased|delighted|happy|thrilled|excited) to (extend|make|offer) (you )?(an? |the )?(formal |written |verbal )?(offer|position|role|job)",
    r"\boffer (letter|of employment)\b",
    r"\b(extend|extending|make|making) you an? (formal |written )?offer\b",
    r"\bwe('d| would) like to offer you\b",
    # German
    r"\b(vertragsangebot|arbeitsvertrag|angebotsschreiben)\b",
    r"\b(ihnen|dir) (gerne |hiermit |heute )?(ein|das|unser) (angebot|vertragsangebot)",
    r"\b(ihnen|dir) (gerne |hiermit )?die (stelle|position) (anbieten|anzubieten)",
    r"^(?=.*\bfreu)(?=.*\bzusage\b)",
    # French
    r"\b(proposition|offre|promesse) (d'embauche|de contrat|d’embauche)",
    r"\b(heureux|ravis|heureuse|plaisir) de vous (proposer|offrir|faire (une|part d'une) (offre|proposition))",
    # Spanish
    r"\b(complace|alegra|encanta|gustaria) (ofrecerte|ofrecerle|hacerte|hacerle|extenderte)",
    r"\bcarta (de )?oferta\b",
    r"\b(adjuntamos|te enviamos|le enviamos|adjunto) .{0,30}oferta",
)

ASSESSMENT = _compile(
    r"\b(coding|technical|take[- ]home|online|skills?|programming|written|aptitude) (challenge|assessment|test|exercise|task|assignment)",
    r"\b(hackerrank|codility|codesignal|testgorilla|coderbyte|codingame|hirevue|pymetrics)\b",
    r"\bcase study\b",
    r"\bcomplete (the|an|this|our|a short) (assessment|assignment|exercise|questionnaire|test|task)",
    # German
    r"\b(online-?test|programmieraufgabe|fallstudie|probeaufgabe|testaufgabe|coding-?challenge|eignungstest|case-?study|assessment)",
    # French
    r"\b(test technique|test en ligne|exercice technique|etude de cas|cas pratique|test de competences)",
    # Spanish
    r"\b(prueba tecnica|prueba en linea|prueba online|ejercicio tecnico|caso practico|evaluacion tecnica|prueba de conocimientos)",
)

ACKNOWLEDGEMENT = _compile(
    r"\b(we('ve| have)?|we) (successfully )?received your application",
    r"\bthank(s| you) for (applying|your application|submitting your application)",
    r"\byour application\b.{0,80}\b(has been|was|is) (successfully )?(received|submitted)",
    r"\b(will|we'll|are) (now )?(review|reviewing|be reviewing|carefully review) your (application|profile|resume|cv)",
    r"\bconfirm (that )?we (have )?received",
    # German
    r"\bdanke? fuer (ihre|deine) bewerbung",
    r"\beingang (ihrer|deiner) bewerbung",
    r"\bbewerbung (ist )?(bei uns )?(gut |erfolgreich )?(eingegangen|erhalten)",
    r"\bbewerbung (ist|wurde) .{0,30}(eingegangen|erhalten)",
    # French
    r"\bavons (bien )?recu (votre|ta) candidature",
    r"\bmerci (pour|de) (votre|ta) candidature",
    r"\baccusons (bonne )?reception",
    # Spanish
    r"\b(hemos )?recibido (correctamente )?(tu|su) (candidatura|solicitud|cv)",
    r"\bgracias por (tu|su) (candidatura|solicitud|interes)",
    r"\bgracias por (postularte|aplicar|postular|inscribirte)",
)

FEEDBACK = _compile(
    r"\b(you|you've|you have) (asked|requested) (for|about) (some |more |detailed |specific )?feedback",
    r"\b(your|the) (request|question|ask|email) (for|about|asking for) (some |more )?feedback",
    r"\bfeedback (you|that you) (asked|requested)",
    r"\b(thanks|thank you) for (asking|reaching out|following up) (for|about|regarding) (some )?feedback",
    r"\bas (you )?requested,? .{0,30}feedback",
    r"\bhappy to (share|give|provide) (some )?(feedback|thoughts)",
    # German
    r"\b(ihre|deine) (bitte|anfrage|frage|nachfrage) (um|nach) (ein |eine |einem |einer )?(feedback|rueckmeldung|begruendung)",
    r"\bfeedback, (um das|das) (sie|du) (gebeten|gefragt|angefragt)",
    r"\bwie (gewuenscht|erbeten).{0,40}(feedback|rueckmeldung)",
    # French
    r"\b(votre|ta) demande de (retour|feedback|commentaires)",
    r"\bcomme (vous l'avez |tu l'as )?demande.{0,40}(retour|feedback)",
    # Spanish
    r"\b(tu|su) (solicitud|peticion|pregunta) de (feedback|comentarios|retroalimentacion)",
    r"\bcomo (me )?(pediste|solicitaste|pidio|solicito).{0,40}(feedback|comentarios|retroalimentacion)",
)

# The order in which kinds win when one message has sentences of several kinds: a reply to a
# feedback request often restates the rejection; a rejection thanks for the application and
# may mention the interview that came before it.
PRECEDENCE: tuple[tuple[Kind, tuple[re.Pattern[str], ...]], ...] = (
    (Kind.FEEDBACK, FEEDBACK),
    (Kind.REJECTION, REJECTION),
    (Kind.OFFER, OFFER),
    (Kind.INTERVIEW, INTERVIEW),
    (Kind.ASSESSMENT, ASSESSMENT),
    (Kind.ACKNOWLEDGEMENT, ACKNOWLEDGEMENT),
)

# Job alerts, newsletters and recruiters' cold outreach: always `other`, never matched.
UNSOLICITED = _compile(
    r"\bjob alerts?\b",
    r"\bjobs? (you may|you might|that may|that might|we think you'?ll?) (be interested|like|love)",
    r"\b(new|recommended|top|suggested) jobs? (for you|matching|that match|based on)",
    r"\bnewsletter\b",
    r"\b(manage|update|change) your (job )?(alerts?|email preferences|subscription)",
    r"\bcame across your (profile|cv|resume|linkedin|github)",
    r"\b(i'?m|i am) (a|an) ([\w-]+ ){0,3}(recruiter|talent partner|headhunter|sourcer|recruitment consultant)\b",
    r"\bare you open to (new )?(opportunities|a chat|a conversation|roles|hearing)",
    r"\bmy client\b",
    r"\b(jobagent|jobempfehlung|jobalarm|stellenangebote fuer sie|passende (jobs|stellen|stellenangebote))",
    r"\bauf (ihr|dein) profil (aufmerksam|gestossen)",
    r"\b(alertes? emploi|offres d'emploi (qui|pour vous|correspondant|recommandees))",
    r"\bvotre profil a (retenu|attire) mon attention",
    r"\b(alertas? de empleo|ofertas (de empleo )?(que te|para ti|recomendadas))",
    r"\b(he visto|vi|encontre) tu perfil",
)

# Weaker signs of a mailing: they keep a message from being matched, but only when no
# sentence of the message gave it a kind.
MAILING = _compile(
    r"\bunsubscribe\b",
    r"\bview (this email )?in (your )?browser",
    r"\b(abmelden|abbestellen|desinscri|desabonner|darse de baja|cancelar (la )?suscripcion)",
)

# A subject that replies to a feedback request ("Re: Feedback on my application").
FEEDBACK_SUBJECT = re.compile(
    r"^\s*((re|aw|antw|rv|r|tr|wg)\s*:\s*)+.*\b(feedback|rueckmeldung|retour|retours|comentarios|retroalimentacion)\b"
)

# Words that show a message is about looking for work. A rejection, an interview or an offer
# without any of them ("we regret to inform you that your flight…", "are you available on
# Friday for drinks?") is something else.
JOB_CONTEXT = re.compile(
    r"\b(appl(y|ying|ied|ication|icant)s?|candida\w*|position|role|vacanc\w*|jobs?|hiring|"
    r"recruit\w*|interview\w*|resume|cv|career\w*|talent|offer|onboarding|"
    r"bewerb\w*|stelle\w*|kandidat\w*|gespraech\w*|vorstellung\w*|vertrag\w*|zusage|absage|"
    r"personal\w*|werkstudent\w*|poste|entretien\w*|recrutement|embauche|emploi|"
    r"puesto|vacante|entrevista|seleccion|empleo|oferta|proceso)\b"
)
