render experience ../../../../examples/online-retailer -j order-to-delivery --format dot
