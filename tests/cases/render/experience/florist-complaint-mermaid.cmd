render experience ../../../fixtures/florist -j complaint --format mermaid
