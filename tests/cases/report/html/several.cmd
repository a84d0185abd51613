validate --format html shop/chainmap.yaml broken/chainmap.yaml no-such-model.yaml
