impact gift-buyer ../../../../examples/online-retailer
