"""itvt: follow-up suite of Servicenämnd IT/Växel/Telefoni (Herrljunga and Vårgårda)."""

__version__ = "0.1.0"
