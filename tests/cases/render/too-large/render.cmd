render blueprint --format svg -o /dev/null
