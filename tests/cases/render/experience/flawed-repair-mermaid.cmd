render experience ../../../../examples/flawed -j repair --format mermaid
