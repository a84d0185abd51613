impact persona:regular ../../../fixtures/florist
