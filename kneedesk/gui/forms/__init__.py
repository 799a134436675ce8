"""Modules generated from ui/*.ui by ui/build_forms.py; do not edit."""
