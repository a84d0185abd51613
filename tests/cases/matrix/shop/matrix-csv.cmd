matrix ../../../fixtures/shop --format csv
