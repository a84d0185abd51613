validate --baseline known.json ../formats/chainmap.yaml
