impact warehouse.picker ../../../fixtures/shop
