render chain -o ../shop/chainmap.yaml --format dot ../shop/chainmap.yaml
