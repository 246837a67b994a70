// The simulator plays the demo hospital's gateways. It arrives with the location pipeline
// (ingest endpoints, beacon decoders); until then there is nothing for it to send to.
process.stderr.write('wardwatch simulator: not available yet (it comes with the location pipeline)\n');
process.exit(64);
