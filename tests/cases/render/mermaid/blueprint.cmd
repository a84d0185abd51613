render blueprint -j order --format mermaid ../shop/chainmap.yaml
