validate --baseline . ../formats/chainmap.yaml
