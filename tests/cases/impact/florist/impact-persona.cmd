impact persona:gifter ../../../fixtures/florist
