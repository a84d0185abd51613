impact printco ../../../fixtures/shop
