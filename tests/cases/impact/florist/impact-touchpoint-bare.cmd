impact phone-line ../../../fixtures/florist
