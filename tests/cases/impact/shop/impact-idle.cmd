impact finance ../../../fixtures/shop
