"""Ingest: one adapter per input format, sniffing, and the driver that writes staged rows in one transaction."""
