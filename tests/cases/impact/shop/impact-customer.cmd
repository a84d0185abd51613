impact customer ../../../fixtures/shop
