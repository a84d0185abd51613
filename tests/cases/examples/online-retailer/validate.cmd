validate ../../../../examples/online-retailer/chainmap.yaml
