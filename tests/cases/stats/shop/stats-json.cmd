stats ../../../fixtures/shop --format json
