validate --format github ../../../../examples/flawed/chainmap.yaml
