package org.imrstream.pipelinebench.phase;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.imrstream.generator.GeneratedLetter;
import org.imrstream.generator.LetterGenerator;
import org.imrstream.identity.LetterIdentity;
import org.imrstream.pipelinebench.child.ChildJvm;
import org.imrstream.pipelinebench.child.ChildSampler;
import org.imrstream.pipelinebench.child.ChildUsage;
import org.imrstream.pipelinebench.cluster.RunNames;
import org.imrstream.pipelinebench.measure.CountsLag;
import org.imrstream.pipelinebench.measure.FixedRateSchedule;
import org.imrstream.pipelinebench.measure.LatencyDistribution;
import org.imrstream.pipelinebench.measure.Pacer;
import org.imrstream.pipelinebench.observe.CountsReader;
import org.imrstream.pipelinebench.observe.DecisionArrivals;
import org.imrstream.producer.Letter;
import org.imrstream.producer.LetterPublisher;
import org.imrstream.topics.TopicNames;

/**
 * Phase "steady": one pipeline running, fed freshly generated text letters through {@code imr
 * produce}'s publisher at each rate in turn, while two read_committed consumers watch its decisions
 * and its all-time counts. After each rate the phase waits for the pipeline to drain before the
 * next one starts.
 */
public final class SteadyPhase {

  private static final Duration POLL = Duration.ofMillis(50);

  private final BenchContext context;

  public SteadyPhase(BenchContext context) {
    this.context = context;
  }

  /**
   * @param seed of the letters' generator (use another than the throughput phases')
   */
  public SteadyResult run(List<Double> rates, double seconds, double warmupSeconds, long seed)
      throws Exception {
    String raw = context.names().rawTopic("steady");
    int version = RunNames.firstFreeVersion(context.probe().allTopics());
    RunTopics.create(context, List.of(raw));
    String applicationId = context.names().applicationId("steady", "pipeline");
    TopicNames outputs = new TopicNames(raw, version);
    try (ChildJvm child = new StreamsApps(context).pipeline(applicationId, raw, version);
        ChildSampler sampler = ChildSampler.start(child)) {
      child.awaitReady(context.clusterTimeout().plusMinutes(1));
      try (DecisionArrivals arrivals =
              new DecisionArrivals(
                  context.clientSettings(), outputs.decisions(), context.clusterTimeout());
          CountsReader counts =
              new CountsReader(
                  context.clientSettings(), outputs.allTimeCounts(), context.clusterTimeout());
          Poller decisionsPoller = new Poller("bench-decisions", () -> arrivals.poll(POLL));
          Poller countsPoller = new Poller("bench-counts", () -> counts.poll(POLL));
          LetterPublisher publisher = LetterPublisher.create(context.clientSettings(), raw)) {
        Feed feed =
            new Feed(
                child,
                publisher,
                new LetterGenerator(seed),
                arrivals,
                counts,
                List.of(decisionsPoller, countsPoller));
        if (warmupSeconds > 0) {
          context.say(
              "steady: warming up at %.0f letters/s for %.0f s ...", rates.get(0), warmupSeconds);
          feed.run(rates.get(0), warmupSeconds);
        }
        List<RateResult> results = new ArrayList<>();
        for (double rate : rates) {
          context.say("steady: %.0f letters/s for %.0f s ...", rate, seconds);
          results.add(feed.run(rate, seconds));
        }
        ChildUsage usage = sampler.usage();
        child.stop(Duration.ofSeconds(60));
        return new SteadyResult(raw, version, warmupSeconds, results, usage);
      }
    }
  }

  /** The phase's letters, sent rate after rate to one pipeline. */
  private final class Feed {
    private final ChildJvm child;
    private final LetterPublisher publisher;
    private final LetterGenerator generator;
    private final DecisionArrivals arrivals;
    private final CountsReader counts;
    private final List<Poller> pollers;

    Feed(
        ChildJvm child,
        LetterPublisher publisher,
        LetterGenerator generator,
        DecisionArrivals arrivals,
        CountsReader counts,
        List<Poller> pollers) {
      this.child = child;
      this.publisher = publisher;
      this.generator = generator;
      this.arrivals = arrivals;
      this.counts = counts;
      this.pollers = pollers;
    }

    RateResult run(double rate, double seconds) throws InterruptedException {
      long base = counts.total();
      int n = FixedRateSchedule.letters(rate, seconds);
      String[] ids = new String[n];
      long[] sentAt = new long[n];
      int[] decisions = new int[n];
      AtomicLongArray ackedAt = new AtomicLongArray(n);
      AtomicInteger failed = new AtomicInteger();
      long expected = base;
      Pacer pacer = Pacer.onSystemClock(new FixedRateSchedule(rate, System.nanoTime() + 1_000_000));
      long maxBehind = 0;
      for (int i = 0; i < n; i++) {
        GeneratedLetter letter = generator.next();
        byte[] bytes = letter.text().getBytes(StandardCharsets.UTF_8);
        ids[i] = LetterIdentity.of(bytes);
        decisions[i] = letter.decisions().size();
        expected += decisions[i];
        maxBehind = Math.max(maxBehind, pacer.awaitTurn(i));
        int index = i;
        sentAt[i] = System.nanoTime();
        publisher
            .publish(Letter.fromBytes(letter.fileName(), bytes))
            .whenComplete(
                (ok, error) -> {
                  if (error == null) {
                    ackedAt.set(index, System.nanoTime());
                  } else {
                    failed.incrementAndGet();
                  }
                });
      }
      long lastSend = System.nanoTime();
      publisher.flush();
      boolean drained = drain(ids, expected, seconds);
      long drainedAt = System.nanoTime();

      LatencyDistribution endToEnd = new LatencyDistribution();
      int undecided = 0;
      int backlog = 0;
      List<CountsLag.Acked> acked = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Long arrival = arrivals.arrival(ids[i]);
        if (arrival == null) {
          undecided++;
          backlog++;
        } else {
          endToEnd.recordNanos(arrival - sentAt[i]);
          if (arrival > lastSend) {
            backlog++;
          }
        }
        if (ackedAt.get(i) != 0) {
          acked.add(new CountsLag.Acked(ackedAt.get(i), decisions[i]));
        }
      }
      CountsLag.Result lag = CountsLag.of(acked, base, counts.history());
      double achieved = n > 1 ? (n - 1) / ((sentAt[n - 1] - sentAt[0]) / 1e9) : Double.NaN;
      double drainSeconds = (drainedAt - lastSend) / 1e9;
      return new RateResult(
          rate,
          seconds,
          n,
          achieved,
          maxBehind / 1e6,
          failed.get(),
          endToEnd.percentiles(),
          undecided,
          lag.lags().percentiles(),
          lag.unreflected(),
          backlog,
          drainSeconds,
          drained,
          RateResult.isSustained(rate, achieved, failed.get(), drained, drainSeconds));
    }

    /**
     * Waits until every letter's decisions are readable and the counts include them all; false when
     * that takes longer than the drain timeout (twice the rate's time, at least a minute).
     */
    private boolean drain(String[] ids, long expectedTotal, double seconds)
        throws InterruptedException {
      long timeout = Math.max(Duration.ofMinutes(1).toNanos(), (long) (2 * seconds * 1e9));
      long deadline = System.nanoTime() + timeout;
      int next = 0; // letters before it have arrived: arrivals never go away
      while (System.nanoTime() < deadline) {
        child.requireAlive();
        pollers.forEach(Poller::requireHealthy);
        while (next < ids.length && arrivals.arrival(ids[next]) != null) {
          next++;
        }
        if (next == ids.length && counts.total() >= expectedTotal) {
          return true;
        }
        Thread.sleep(10);
      }
      return false;
    }
  }
}
