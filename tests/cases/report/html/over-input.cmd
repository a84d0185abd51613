validate --output-format html=shop/journeys.yaml shop/chainmap.yaml
