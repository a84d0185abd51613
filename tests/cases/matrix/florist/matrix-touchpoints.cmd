matrix --of touchpoints ../../../fixtures/florist
