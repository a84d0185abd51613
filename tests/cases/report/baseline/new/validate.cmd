validate --baseline ../known.json
