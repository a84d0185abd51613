impact giftr ../../../fixtures/florist
