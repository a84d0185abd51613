impact fastship ../../../fixtures/shop
