"""Words that the Qt-free domain defines (statuses, timeline entries, CSV columns, providers…),
shown in the person's language.

The domain keeps its English text; the UI translates it here, at the boundary, in one context.
The list marks each text for pyside6-lupdate (a test checks it covers every domain table).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; translated later, where it is shown.

    Qt's own returns `object` to type checkers; this one keeps the `str`.
    """
    return text


MARKED: tuple[str, ...] = (
    # Statuses
    QT_TRANSLATE_NOOP("Labels", "Wishlist"),
    QT_TRANSLATE_NOOP("Labels", "Applied"),
    QT_TRANSLATE_NOOP("Labels", "Screening"),
    QT_TRANSLATE_NOOP("Labels", "Interviewing"),
    QT_TRANSLATE_NOOP("Labels", "Offer"),
    QT_TRANSLATE_NOOP("Labels", "Accepted"),
    QT_TRANSLATE_NOOP("Labels", "Rejected"),
    QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    QT_TRANSLATE_NOOP("Labels", "Ghosted"),
    # Timeline entries
    QT_TRANSLATE_NOOP("Labels", "Saved"),
    QT_TRANSLATE_NOOP("Labels", "Screening call"),
    QT_TRANSLATE_NOOP("Labels", "Assessment"),
    QT_TRANSLATE_NOOP("Labels", "Interview"),
    QT_TRANSLATE_NOOP("Labels", "Email sent"),
    QT_TRANSLATE_NOOP("Labels", "Note"),
    # Contact roles
    QT_TRANSLATE_NOOP("Labels", "Recruiter"),
    QT_TRANSLATE_NOOP("Labels", "Hiring manager"),
    QT_TRANSLATE_NOOP("Labels", "Interviewer"),
    QT_TRANSLATE_NOOP("Labels", "Mentor"),
    QT_TRANSLATE_NOOP("Labels", "Other"),
    # Document kinds
    QT_TRANSLATE_NOOP("Labels", "CV"),
    QT_TRANSLATE_NOOP("Labels", "Cover letter"),
    QT_TRANSLATE_NOOP("Labels", "Portfolio"),
    QT_TRANSLATE_NOOP("Labels", "Offer letter"),
    # CSV columns and separators
    QT_TRANSLATE_NOOP("Labels", "Company"),
    QT_TRANSLATE_NOOP("Labels", "Role"),
    QT_TRANSLATE_NOOP("Labels", "Status"),
    QT_TRANSLATE_NOOP("Labels", "Date Applied"),
    QT_TRANSLATE_NOOP("Labels", "URL"),
    QT_TRANSLATE_NOOP("Labels", "Location"),
    QT_TRANSLATE_NOOP("Labels", "Workplace"),
    QT_TRANSLATE_NOOP("Labels", "Source"),
    QT_TRANSLATE_NOOP("Labels", "Salary"),
    QT_TRANSLATE_NOOP("Labels", "Next Action On"),
    QT_TRANSLATE_NOOP("Labels", "Next Action"),
    QT_TRANSLATE_NOOP("Labels", "Notes"),
    QT_TRANSLATE_NOOP("Labels", "Job Description"),
    QT_TRANSLATE_NOOP("Labels", "Contact"),
    QT_TRANSLATE_NOOP("Labels", "Contact Email"),
    QT_TRANSLATE_NOOP("Labels", "Contact Phone"),
    QT_TRANSLATE_NOOP("Labels", "Contact Profile"),
    QT_TRANSLATE_NOOP("Labels", "History"),
    QT_TRANSLATE_NOOP("Labels", "Status Date"),
    QT_TRANSLATE_NOOP("Labels", "Last Activity"),
    QT_TRANSLATE_NOOP("Labels", "Screening Date"),
    QT_TRANSLATE_NOOP("Labels", "Interview Date"),
    QT_TRANSLATE_NOOP("Labels", "Offer Date"),
    QT_TRANSLATE_NOOP("Labels", "Rejection Date"),
    QT_TRANSLATE_NOOP("Labels", "comma"),
    QT_TRANSLATE_NOOP("Labels", "semicolon"),
    QT_TRANSLATE_NOOP("Labels", "tab"),
    # How the news came
    QT_TRANSLATE_NOOP("Labels", "Email"),
    QT_TRANSLATE_NOOP("Labels", "Phone call"),
    QT_TRANSLATE_NOOP("Labels", "Job portal"),
    QT_TRANSLATE_NOOP("Labels", "In person"),
    # Beyond your control
    QT_TRANSLATE_NOOP("Labels", "An internal candidate got the role"),
    QT_TRANSLATE_NOOP("Labels", "The role was closed or lost its budget"),
    QT_TRANSLATE_NOOP("Labels", "A stronger or more experienced field"),
    QT_TRANSLATE_NOOP("Labels", "Timing"),
    QT_TRANSLATE_NOOP("Labels", "I don't know"),
    # Template placeholders
    QT_TRANSLATE_NOOP("Labels", "the contact's first name"),
    QT_TRANSLATE_NOOP("Labels", "the contact's full name"),
    QT_TRANSLATE_NOOP("Labels", "the company"),
    QT_TRANSLATE_NOOP("Labels", "the role"),
    QT_TRANSLATE_NOOP("Labels", "your name"),
    QT_TRANSLATE_NOOP("Labels", "your signature"),
    QT_TRANSLATE_NOOP("Labels", "the role after “a” or “an”"),
    QT_TRANSLATE_NOOP("Labels", "the same, starting a sentence"),
    # Shipped template names
    QT_TRANSLATE_NOOP("Labels", "Ask for more specific feedback"),
    QT_TRANSLATE_NOOP("Labels", "Talk to an expert"),
    QT_TRANSLATE_NOOP("Labels", "Ask for feedback"),
    QT_TRANSLATE_NOOP("Labels", "Follow-up on my application"),
    QT_TRANSLATE_NOOP("Labels", "Thank you after an interview"),
    QT_TRANSLATE_NOOP("Labels", "Keep in touch"),
    QT_TRANSLATE_NOOP("Labels", "Thank you for the offer"),
    QT_TRANSLATE_NOOP("Labels", "Thank you, and let's stay in touch"),
    QT_TRANSLATE_NOOP("Labels", "Thank them for their feedback"),
    # Mail providers
    QT_TRANSLATE_NOOP("Labels", "Gmail"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Choose Sign in with Google, or use an app password: turn on 2-Step Verification in your Google Account, then create an app password (Security › App passwords) and paste it here. Your usual Google password will not work.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Labels", "Outlook / Microsoft 365"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Outlook.com, Hotmail and Live personal accounts no longer accept a password from apps like this one, and Microsoft 365 is turning password sign-in off for work accounts too: choose Sign in with Microsoft, and your browser opens to sign in.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Labels", "iCloud Mail"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "iCloud needs an app-specific password: turn on two-factor authentication for your Apple Account, then create one at account.apple.com (Sign-In and Security › App-Specific Passwords). The user name is your full iCloud address.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Labels", "Yahoo Mail"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Yahoo needs an app password: create one in Account Security › Generate app password, and use it here.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Labels", "Fastmail"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Fastmail needs an app password: create one in Settings › Privacy & Security › App passwords, with access to SMTP.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Labels", "Proton Mail Bridge"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Proton Mail works through Proton Mail Bridge running on this computer. Use the user name and password that Bridge shows (not your Proton password), and choose the certificate Bridge exports (Settings › Export TLS certificates) so the connection can be verified.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Labels", "Other (any SMTP server)"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "Enter the outgoing (SMTP) server your provider gives. Port 465 uses TLS from the start; port 587 uses STARTTLS. If the server uses its own certificate, choose it below.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("Labels", "Sign in with Microsoft"),
    QT_TRANSLATE_NOOP("Labels", "Sign in with Google"),
)


def tr_label(text: str) -> str:
    """`text`, a word from the domain, in the person's language (as is when not translated)."""
    return QCoreApplication.translate(CONTEXT, text)
