render blueprint --findings --format mermaid
