"""Developer tools: translations and screenshots. Not shipped with the app."""
