"""dateline: news articles -> evidence-linked event data."""

from __future__ import annotations

__version__ = "0.1.0"
