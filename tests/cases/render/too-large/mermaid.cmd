render blueprint --format mermaid -o /dev/null
