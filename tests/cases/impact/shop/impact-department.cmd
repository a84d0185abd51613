impact warehouse ../../../fixtures/shop
