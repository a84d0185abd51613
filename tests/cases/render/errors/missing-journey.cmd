render blueprint ../shop/chainmap.yaml
