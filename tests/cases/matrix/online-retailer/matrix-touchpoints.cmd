matrix --of touchpoints ../../../../examples/online-retailer
