stats ../../../../examples/online-retailer
