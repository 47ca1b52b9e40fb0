"""Configuration: defaults in defaults.yaml, overridden by DIGITIZE_* environment variables and
command-line flags, validated once at start so a site admin gets one clear message."""

from config.settings import ConfigError, Settings, load_settings

__version__ = "0.1.0"  # the one version string: model, manifests, DocumentReferences, CLI

__all__ = ["__version__", "ConfigError", "Settings", "load_settings"]
