"""The version of quotecheck, in one place: the package, its reports and its metadata read it."""

__version__ = "0.1.0"
