// How starved this machine's processes are while a timing test runs, for bounds that stay
// honest on a machine shared with other work (which slows every task alike): measured rather
// than guessed from the load average at start (which lags, and missed the builds that started
// mid-run). Every half second, 20 ms of CPU work in this process, timed by the wall clock and
// by the process's CPU clock. Their ratio is 1 on a free core and about 4 when four threads
// share one. A test scales its bound on a free core by the median ratio (never below 1), or
// each timed step's bound by the worst ratio sampled around that step (near(): a load spike
// during one step then raises that step's bound only).
// E.g. const s = starvationSampler(); ...; const { median, near } = s.stop(); near(t0, t1);
export function starvationSampler() {
  const ratios = [];
  const times = []; // Date.now() at the end of each sample
  let sink = 0; // the busy loop's result, kept so that it is not optimized away
  const sample = () => {
    const wall0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    let cpuUs = 0;
    while (cpuUs < 20000) {
      for (let i = 0; i < 20000; i++) sink = (sink + i) % 1e9;
      const used = process.cpuUsage(cpu0);
      cpuUs = used.user + used.system;
    }
    ratios.push(Number(process.hrtime.bigint() - wall0) / 1000 / cpuUs);
    times.push(Date.now());
  };
  sample();
  const timer = setInterval(sample, 500);
  return {
    stop() {
      clearInterval(timer);
      const sorted = [...ratios].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      // The worst ratio of the samples taken from half a second before `from` to one after `to`
      // (Date.now() values), the median when none was.
      const near = (from, to) => {
        const around = ratios.filter((_, k) => times[k] >= from - 500 && times[k] <= to + 1000);
        return around.length ? Math.max(...around) : median;
      };
      return { samples: sorted.length, median, max: sorted.at(-1), near, sink };
    },
  };
}
