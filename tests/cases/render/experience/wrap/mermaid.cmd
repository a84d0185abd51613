render experience --format mermaid
