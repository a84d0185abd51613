impact recipient ../../../fixtures/florist --format json
