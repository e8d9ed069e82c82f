"""The domain modules, in report order. Each offers TABLES and the report protocol.

Adding an area is adding its module name here; start page and checks page gather
`summary`, `key_figures` and `checks` from every module listed.
"""

from __future__ import annotations

import importlib

REFERENCE = "reference"
DOMAINS = ("budget", "ledger", "allocation", "projects", "calls", "investments", "control", "staff")


def domain_modules():
    """Import and return the domain modules in report order."""
    return [importlib.import_module(f"itvt_lib.{name}") for name in DOMAINS]


def all_tables():
    """Every input table: reference tables first, then each domain's."""
    modules = [importlib.import_module(f"itvt_lib.{REFERENCE}"), *domain_modules()]
    return [table for module in modules for table in getattr(module, "TABLES", ())]
