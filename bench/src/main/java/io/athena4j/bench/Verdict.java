package io.athena4j.bench;

/** Whether a scenario met the goal the benchmark issue set for it. */
enum Verdict
{
    MET,
    NOT_MET,
    /** The path measured does not exist yet (the run says which). */
    NOT_AVAILABLE,
    /** The scenario has no numeric goal; its figures are reported. */
    REPORTED,
}
