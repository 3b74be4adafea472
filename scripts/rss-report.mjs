// Preloaded with --import by the benchmark: reports the process's peak RSS on stderr at exit.
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_KB ${process.resourceUsage().maxRSS}\n`);
});
