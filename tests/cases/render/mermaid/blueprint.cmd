render blueprint -j order --findings --format mermaid ../shop/chainmap.yaml
