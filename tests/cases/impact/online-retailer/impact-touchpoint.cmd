impact touchpoint:tracking-page ../../../../examples/online-retailer
