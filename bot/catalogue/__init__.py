"""The guideline catalogue: models, the text parser, field extractors and sector facets."""
