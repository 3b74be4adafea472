// Preloaded with --import by the benchmark: reports the process's peak RSS and CPU time (all threads) on stderr at exit.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nPEAK_RSS_KB ${usage.maxRSS}\nCPU_US ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
