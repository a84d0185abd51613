render experience ../../../../examples/online-retailer -j order-to-delivery --persona gift-buyer --format mermaid
