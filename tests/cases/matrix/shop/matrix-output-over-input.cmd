matrix ../../../fixtures/shop --format csv -o ../../../fixtures/shop/journeys.yaml
