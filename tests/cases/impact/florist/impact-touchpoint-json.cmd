impact touchpoint:doorstep ../../../fixtures/florist --format json
