render experience ../../../../examples/broadband-support -j fault-repair --format dot
