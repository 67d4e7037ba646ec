#!/usr/bin/env node
require('../dist/server.cjs');
