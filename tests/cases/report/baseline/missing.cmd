validate --baseline missing.json ../formats/chainmap.yaml
