validate --format html --max-warnings 2 shop/chainmap.yaml
