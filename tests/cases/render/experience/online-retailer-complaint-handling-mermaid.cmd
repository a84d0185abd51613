render experience ../../../../examples/online-retailer -j complaint-handling --format mermaid
