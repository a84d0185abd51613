matrix ../../../fixtures/shop
