render experience ../../../../examples/flawed -j enquiry --format mermaid
