validate --format html --quiet --baseline shop/known.json shop/chainmap.yaml
