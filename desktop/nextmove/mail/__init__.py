"""Mail: message composition, SMTP transport, the outbox and the credential store."""
