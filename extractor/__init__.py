"""PDF -> validated meeting record."""
