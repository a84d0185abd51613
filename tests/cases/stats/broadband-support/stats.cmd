stats ../../../../examples/broadband-support
