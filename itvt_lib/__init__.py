"""itvt: follow-up suite of Servicenämnd IT/Växel/Telefoni (Herrljunga and Vårgårda).
See docs/ARCHITECTURE.md, "Layers".
"""

__version__ = "0.1.0"
