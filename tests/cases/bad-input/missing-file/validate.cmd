validate does-not-exist.yaml
