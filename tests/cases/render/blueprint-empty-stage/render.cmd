render blueprint
