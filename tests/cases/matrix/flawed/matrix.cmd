matrix ../../../../examples/flawed
