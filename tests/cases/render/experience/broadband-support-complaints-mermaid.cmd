render experience ../../../../examples/broadband-support -j complaints --format mermaid
