validate --baseline warnings.json ../formats/chainmap.yaml
