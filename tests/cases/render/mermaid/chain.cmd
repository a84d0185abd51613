render chain --format mermaid ../shop/chainmap.yaml
