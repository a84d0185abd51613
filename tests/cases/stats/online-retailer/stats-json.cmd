stats ../../../../examples/online-retailer --format json
