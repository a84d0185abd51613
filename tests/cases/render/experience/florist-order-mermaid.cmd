render experience ../../../fixtures/florist -j order --format mermaid
