impact partner:studio ../../../fixtures/florist
