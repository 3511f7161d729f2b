"""Zhinan (指南): city science-and-technology plan guidelines, answered on a phone."""
