render experience ../../../../examples/flawed -j warranty-claim --format mermaid
