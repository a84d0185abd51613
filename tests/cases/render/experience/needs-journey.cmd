render experience ../../../../examples/online-retailer
