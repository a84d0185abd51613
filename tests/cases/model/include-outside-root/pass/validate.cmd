validate --allow-outside-root model/chainmap.yaml
