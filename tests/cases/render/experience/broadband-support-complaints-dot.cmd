render experience ../../../../examples/broadband-support -j complaints --format dot
