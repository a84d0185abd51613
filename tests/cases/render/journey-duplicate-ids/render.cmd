render journey
