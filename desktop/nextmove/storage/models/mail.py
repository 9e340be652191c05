"""Mail accounts (never a password), the outbox and message templates."""
