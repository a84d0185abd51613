stats ../../../fixtures/shop
