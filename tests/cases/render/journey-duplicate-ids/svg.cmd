render journey --format svg -o /dev/null
