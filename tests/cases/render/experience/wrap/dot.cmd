render experience --format dot
