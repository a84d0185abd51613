render experience ../../../../examples/online-retailer -j returns --format mermaid
