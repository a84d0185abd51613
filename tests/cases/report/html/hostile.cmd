validate --format html hostile/chainmap.yaml
