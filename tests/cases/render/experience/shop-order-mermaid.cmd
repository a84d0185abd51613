render experience ../../../fixtures/shop -j order --format mermaid
