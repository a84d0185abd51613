validate --baseline malformed.json ../formats/chainmap.yaml
