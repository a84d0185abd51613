matrix ../../../fixtures/florist --of raci --format csv
