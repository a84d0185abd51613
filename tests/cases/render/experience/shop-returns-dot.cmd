render experience ../../../fixtures/shop -j returns --format dot
