"""The controller's scenario workbench (notebooks/scenarier.ipynb): a form over the
financing models, live results, "Spara modell" and "Exportera till Excel".

A layer above areas (it may import core, areas and publishing); only notebooks import it.
See docs/ARCHITECTURE.md, "Layers".
"""

from .form import Workbench, open_workbench

__all__ = ["Workbench", "open_workbench"]
