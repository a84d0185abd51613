render journey --journey order ../shop/chainmap.yaml
