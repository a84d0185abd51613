matrix --of touchpoints ../../../fixtures/florist --format html
