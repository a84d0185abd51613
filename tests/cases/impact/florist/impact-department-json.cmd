impact studio ../../../fixtures/florist --format json
