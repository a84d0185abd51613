impact fieldforce ../../../../examples/broadband-support
