validate --format junit ../../../../examples/flawed/chainmap.yaml
