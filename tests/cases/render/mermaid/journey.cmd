render journey -j order -o - --format mermaid ../shop/chainmap.yaml
