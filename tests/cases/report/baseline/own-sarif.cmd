validate --baseline known.json --format sarif ../formats/chainmap.yaml
