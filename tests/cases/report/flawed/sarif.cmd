validate --format sarif ../../../../examples/flawed/chainmap.yaml
