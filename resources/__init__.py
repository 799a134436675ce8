"""Data shipped with KneeDesk (protocols, examples, fonts), loaded with importlib.resources."""
