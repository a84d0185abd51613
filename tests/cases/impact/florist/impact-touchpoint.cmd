impact touchpoint:doorstep ../../../fixtures/florist
