render chain ../shop/chainmap.yaml
