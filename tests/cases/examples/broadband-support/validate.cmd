validate ../../../../examples/broadband-support/chainmap.yaml
