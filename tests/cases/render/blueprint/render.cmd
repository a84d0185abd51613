render blueprint --journey order ../shop/chainmap.yaml
