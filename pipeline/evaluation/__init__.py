"""Evaluation against hand-made annotations: boilerplate lines and extraction gold."""
