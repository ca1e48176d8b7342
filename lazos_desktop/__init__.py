"""LAZOS Desktop: an offline catalogue of South-South and triangular cooperation."""

__version__ = "0.1.0"
