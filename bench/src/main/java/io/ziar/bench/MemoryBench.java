package io.ziar.bench;

import io.ziar.bench.suite.Report;
import io.ziar.bench.suite.Suite;

/** Resident memory of each running service and of the infrastructure, as it is now. */
final class MemoryBench {

    private MemoryBench() {
    }

    static void run(Suite suite) {
        Report report = new Report("./ziar bench memory");
        suite.residentMemory().forEach((name, mb) -> report.line("%-16s %6d MB resident", name, mb));
        report.append();
    }
}
