"""The publishing layer: runs the notebooks, writes the pages, the workbook and the PDF,
and publishes a period atomically. See docs/ARCHITECTURE.md, "Layers".
"""
