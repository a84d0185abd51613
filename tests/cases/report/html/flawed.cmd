validate --format html ../../../../examples/flawed/chainmap.yaml
