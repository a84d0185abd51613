matrix ../../../fixtures/shop --format html
