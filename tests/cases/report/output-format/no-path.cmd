validate --output-format sarif ../formats/chainmap.yaml
