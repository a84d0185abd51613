matrix --of touchpoints ../../../fixtures/florist --format csv
