impact contact-centre ../../../../examples/flawed
