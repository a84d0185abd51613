render journey ../../../../examples/online-retailer -j order-to-delivery --persona gift-buyer
