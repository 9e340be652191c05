"""One QWizardPage per step of the rejection wizard."""
