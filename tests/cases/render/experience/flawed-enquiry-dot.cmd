render experience ../../../../examples/flawed -j enquiry --format dot
