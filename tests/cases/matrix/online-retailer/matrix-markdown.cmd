matrix ../../../../examples/online-retailer --format markdown
