matrix ../../../fixtures/shop -o out.csv --format csv
