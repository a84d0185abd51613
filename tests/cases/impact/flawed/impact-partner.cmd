impact fixit ../../../../examples/flawed
