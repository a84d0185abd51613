matrix ../../../../examples/broadband-support
