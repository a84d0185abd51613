impact web-shop ../../../../examples/online-retailer
