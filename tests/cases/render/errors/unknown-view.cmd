render chian ../shop/chainmap.yaml
