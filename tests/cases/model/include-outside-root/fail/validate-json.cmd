validate --format json model/chainmap.yaml
