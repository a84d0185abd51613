matrix ../../../fixtures/shop --format markdown
