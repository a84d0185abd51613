matrix ../../../../examples/online-retailer
