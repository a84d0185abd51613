render experience ../../../../examples/flawed -j reschedule --format dot
