impact warehouse ../../../fixtures/shop --format json
