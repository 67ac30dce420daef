"""Building the self-contained app folder with PyInstaller (`make dist`) and testing it
(`make dist-test`). Not shipped with the app."""
