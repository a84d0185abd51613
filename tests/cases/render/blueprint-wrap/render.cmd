render blueprint --journey long ../long/chainmap.yaml
