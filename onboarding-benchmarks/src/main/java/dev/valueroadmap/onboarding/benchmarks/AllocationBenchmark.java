package dev.valueroadmap.onboarding.benchmarks;

import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.Allocation;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.SegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.TouchModelAllocator;
import dev.valueroadmap.onboarding.segmentation.TouchModelEffort;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Touch-model allocation of a whole book of accounts on one thread. Each iteration allocates
 * freshly generated account values once, so the lifetime value that an account computes on
 * first request is computed inside the measured time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AllocationBenchmark {

  @Param("1000000")
  int accounts;

  TouchModelAllocator allocator;
  List<AccountValue> values;

  @Setup(Level.Trial)
  public void policy() {
    SegmentationPolicy policy = SegmentationPolicy.builder()
        .highTouchMinimumLifetimeValue(Money.of("400000", "USD"))
        .lowTouchMinimumLifetimeValue(Money.of("50000", "USD"))
        .capacityHoursPerMonth(new BigDecimal("20000"))
        .csManagers(40)
        .build();
    TouchModelEffort effort = TouchModelEffort.of(new BigDecimal("6"), new BigDecimal("1.5"),
        BigDecimal.ZERO);
    allocator = TouchModelAllocator.of(policy, effort);
  }

  @Setup(Level.Iteration)
  public void generate() {
    values = BenchmarkData.accountValues(accounts);
  }

  @Benchmark
  public Allocation allocate() {
    return allocator.allocate(values);
  }
}
