matrix --of touchpoints ../../../fixtures/florist --format markdown
