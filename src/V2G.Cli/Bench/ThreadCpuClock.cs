using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace V2G.Cli.Bench;

/// <summary>
/// The clock bench times with: the CPU time of the calling thread on Linux (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>),
/// which other processes on a shared machine do not inflate; elsewhere, or if that call fails, wall-clock time
/// (<see cref="Stopwatch"/>).
/// </summary>
internal static partial class ThreadCpuClock
{
    // Linux's clock id for the calling thread's CPU time (<linux/time.h>).
    private const int ClockThreadCpuTimeId = 3;

    private static readonly double StopwatchNanosecondsPerTick = 1e9 / Stopwatch.Frequency;

    /// <summary>True when <see cref="Now"/> reads thread CPU time, false when it falls back to wall-clock time.</summary>
    public static bool IsThreadCpuTime { get; } = ProbeThreadCpuTime();

    /// <summary>What the clock measures, for messages.</summary>
    public static string Description => IsThreadCpuTime
        ? "thread CPU time (clock_gettime CLOCK_THREAD_CPUTIME_ID)"
        : "wall-clock time (Stopwatch): thread CPU time is read on Linux only";

    /// <summary>The current reading in nanoseconds; only differences of readings on one thread mean anything.</summary>
    /// <returns>Nanoseconds since an arbitrary origin.</returns>
    public static long Now()
    {
        if (IsThreadCpuTime)
        {
            // The probe succeeded, so the call cannot fail (a valid clock id and a valid pointer).
            ClockGetTime(ClockThreadCpuTimeId, out TimeSpec time);
            return ((long)time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * StopwatchNanosecondsPerTick);
    }

    private static bool ProbeThreadCpuTime()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    /// <summary>C's <c>struct timespec</c>: <c>time_t</c> and <c>long</c>, both pointer-sized on Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public nint Seconds;
        public nint Nanoseconds;
    }
}
