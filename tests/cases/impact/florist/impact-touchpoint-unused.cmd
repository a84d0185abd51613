impact delivery-sms ../../../fixtures/florist
