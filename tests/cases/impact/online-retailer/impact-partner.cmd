impact swiftparcel ../../../../examples/online-retailer
