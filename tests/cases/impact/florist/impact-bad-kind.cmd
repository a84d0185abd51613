impact touchpiont:doorstep ../../../fixtures/florist
