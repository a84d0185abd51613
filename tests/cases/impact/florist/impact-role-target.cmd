impact role:studio.florist ../../../fixtures/florist
