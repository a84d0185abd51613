impact persona:gift ../../../fixtures/florist
