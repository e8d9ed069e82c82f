"""The core layer: loading and validation, periods, parameters, formats, tables, charts
and the check types, shared by every area. See docs/ARCHITECTURE.md, "Layers".
"""
