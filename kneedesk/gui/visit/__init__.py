"""A visit open in the app: the screen wizard on top of the store, signing and addenda."""
