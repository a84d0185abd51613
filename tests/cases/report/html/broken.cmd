validate --format html broken/chainmap.yaml
