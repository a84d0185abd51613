render handovers ../shop/chainmap.yaml
