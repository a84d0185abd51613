render journey --journey order --findings ../shop/chainmap.yaml
