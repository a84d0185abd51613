render journey --journey oder ../shop/chainmap.yaml
