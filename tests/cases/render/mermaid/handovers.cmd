render handovers --format mermaid ../shop/chainmap.yaml
