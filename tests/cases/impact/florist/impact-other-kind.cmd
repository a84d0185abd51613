impact journey:order ../../../fixtures/florist
