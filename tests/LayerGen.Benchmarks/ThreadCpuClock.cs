using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace LayerGen.Benchmarks;

/// <summary>
/// A BenchmarkDotNet clock that reads the calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>,
/// nanoseconds). On a machine shared with other busy processes, wall-clock time also counts the periods our thread
/// waits for a core; thread CPU time does not, so single-thread kernels stay comparable across a long run.
/// Cache and memory-bandwidth contention from the other processes still shows.
/// </summary>
public sealed class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>The shared instance.</summary>
    public static readonly ThreadCpuClock Instance = new();

    /// <inheritdoc/>
    public string Title => "Thread CPU time (CLOCK_THREAD_CPUTIME_ID)";

    /// <inheritdoc/>
    public bool IsAvailable => OperatingSystem.IsLinux() && TryRead(out _);

    /// <inheritdoc/>
    public Frequency Frequency => Frequency.GHz;

    /// <inheritdoc/>
    public long GetTimestamp() => TryRead(out long nanoseconds) ? nanoseconds : throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");

    /// <summary>This thread's CPU time in seconds (NaN where the clock is not available).</summary>
    public static double Seconds() => TryRead(out long nanoseconds) ? nanoseconds * 1e-9 : double.NaN;

    private static bool TryRead(out long nanoseconds)
    {
        if (ClockGetTime(ClockThreadCpuTimeId, out TimeSpec time) != 0)
        {
            nanoseconds = 0;
            return false;
        }

        nanoseconds = (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        return true;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
