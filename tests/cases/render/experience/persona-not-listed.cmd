render experience ../../../../examples/online-retailer -j complaint-handling --persona gift-buyer
