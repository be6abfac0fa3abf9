"""Named queries answered the same on both graph backends."""
