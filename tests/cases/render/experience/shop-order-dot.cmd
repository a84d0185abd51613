render experience ../../../fixtures/shop -j order --format dot
