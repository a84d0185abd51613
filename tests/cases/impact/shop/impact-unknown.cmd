impact wherehouse ../../../fixtures/shop
