render chain missing.yaml
