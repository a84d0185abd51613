validate --format html shop/chainmap.yaml
