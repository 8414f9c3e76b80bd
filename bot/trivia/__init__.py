"""Trivia nights: question generation from stored film facts, game sessions, custom packs and settings.

Kept apart from Discord (and each module from the others where it can be) so that questions can be
generated, exported and benchmarked, and games stepped through, in tests without a bot running.
"""
