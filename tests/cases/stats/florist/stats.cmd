stats ../../../fixtures/florist
