impact warehouse ../../../../examples/online-retailer
