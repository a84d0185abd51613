impact studio ../../../fixtures/florist
