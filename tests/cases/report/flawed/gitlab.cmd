validate --format gitlab ../../../../examples/flawed/chainmap.yaml
