impact touchpoint:dorstep ../../../fixtures/florist
