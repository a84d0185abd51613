render blueprint --journey meter-fault ../../v1.1/clean/chainmap.yaml
