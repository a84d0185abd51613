stats ../../../../examples/flawed
