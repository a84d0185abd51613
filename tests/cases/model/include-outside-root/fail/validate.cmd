validate model/chainmap.yaml
