package org.findinggood.coachdesk.faults;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A seeded random schedule: the n-th request through the proxy gets the same decision for the same
 * seed, so a failing run can be replayed. Stops injecting once {@code budget} faults were handed out,
 * and can be paused (e.g. while a test seeds data or checks the result).
 */
public final class FaultSchedule {

    private static final List<Fault> KINDS = List.of(Fault.RESET_BEFORE, Fault.RESET_AFTER, Fault.TIMEOUT_BEFORE,
            Fault.TIMEOUT_AFTER, Fault.UNAVAILABLE_503, Fault.ERROR_500_AFTER, Fault.TRUNCATED_BODY,
            Fault.SLOW_RESPONSE, Fault.REPEATED_PAGE, Fault.DRIP, Fault.HANG, Fault.POISON_SPACED_TIMESTAMP,
            Fault.POISON_DEEP_JSON, Fault.POISON_INVALID_UTF8, Fault.POISON_NULL_REQUIRED);

    private final long seed;
    private final double rate;
    private final int[] weights;
    private final int weightSum;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger remaining;
    /** Faults handed out in this order instead of at random (null: random). */
    private final List<Fault> sequence;
    private final AtomicInteger position = new AtomicInteger();
    private volatile boolean paused;

    /**
     * @param rate   probability that a request gets a fault
     * @param budget how many faults to inject at most
     */
    public FaultSchedule(long seed, double rate, int budget) {
        this(seed, rate, budget, new int[] {2, 3, 1, 1, 3, 3, 3, 2, 1, 1, 1, 1, 1, 1, 1});
    }

    /** Every request (rate 1) gets {@code only}, {@code budget} times. */
    public static FaultSchedule only(Fault only, int budget) {
        int[] weights = new int[KINDS.size()];
        weights[KINDS.indexOf(only)] = 1;
        return new FaultSchedule(1, 1.0, budget, weights);
    }

    /** {@code weights} in the order of {@link #kinds()}; a zero weight disables that kind. */
    public FaultSchedule(long seed, double rate, int budget, int[] weights) {
        if (weights.length != KINDS.size()) {
            throw new IllegalArgumentException("need " + KINDS.size() + " weights");
        }
        this.seed = seed;
        this.rate = rate;
        this.weights = weights.clone();
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        this.weightSum = sum;
        this.remaining = new AtomicInteger(budget);
        this.sequence = null;
    }

    private FaultSchedule(List<Fault> sequence) {
        this.seed = 0;
        this.rate = 1.0;
        this.weights = new int[KINDS.size()];
        this.weightSum = 1;
        this.remaining = new AtomicInteger(sequence.size());
        this.sequence = List.copyOf(sequence);
    }

    /** These faults, one per request in this order (a fault that does not fit a request goes to the next). */
    public static FaultSchedule sequence(Fault... faults) {
        return new FaultSchedule(List.of(faults));
    }

    public static List<Fault> kinds() {
        return KINDS;
    }

    /** The decision for the next request. */
    public Fault next() {
        long index = requests.getAndIncrement();
        if (paused || weightSum == 0) {
            return Fault.NONE;
        }
        if (sequence != null) {
            int at = position.getAndIncrement();
            if (at >= sequence.size()) {
                return Fault.NONE;
            }
            remaining.decrementAndGet();
            return sequence.get(at);
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        if (random.nextDouble() >= rate) {
            return Fault.NONE;
        }
        int pick = random.nextInt(weightSum);
        Fault fault = Fault.NONE;
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                fault = KINDS.get(i);
                break;
            }
        }
        // Take one from the budget; when it is spent, let everything through.
        while (true) {
            int left = remaining.get();
            if (left <= 0) {
                return Fault.NONE;
            }
            if (remaining.compareAndSet(left, left - 1)) {
                return fault;
            }
        }
    }

    /** A fault handed out that did not fit the request (e.g. poison for an answer without rows) goes back. */
    public void refund() {
        remaining.incrementAndGet();
        if (sequence != null) {
            position.decrementAndGet();
        }
    }

    public int remainingBudget() {
        return Math.max(0, remaining.get());
    }

    public boolean exhausted() {
        return remaining.get() <= 0;
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }
}
