matrix --of steps ../../../fixtures/florist
