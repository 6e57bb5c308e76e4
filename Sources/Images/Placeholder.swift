// The Images module: image references, manifests, floating tags.
