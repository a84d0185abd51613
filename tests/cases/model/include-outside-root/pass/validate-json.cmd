validate --format json --allow-outside-root model/chainmap.yaml
