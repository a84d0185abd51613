render experience ../../../../examples/flawed -j reschedule --findings --format dot
