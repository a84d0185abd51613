stats ../../../fixtures/florist --format json
