matrix --of touchpoints ../../../fixtures/shop
