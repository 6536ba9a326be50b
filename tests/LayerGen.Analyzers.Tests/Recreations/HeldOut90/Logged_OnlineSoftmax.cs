// Idiom: logging and metrics calls between the steps (Action<string> logger, Interlocked counters); one-pass online max/sum with rescaling.
// Use: instrumented decoder step, each row's statistics logged before the write-out.
// Layout: jagged float[rows][vocab].
// Correct.
// Our own code.
using System;
using System.Threading;

namespace HeldOut90.Logged_OnlineSoftmax;

public static class SoftmaxMetrics
{
    private static long rowsProcessed;
    private static long rescales;

    public static long RowsProcessed => Interlocked.Read(ref rowsProcessed);

    public static long Rescales => Interlocked.Read(ref rescales);

    public static void CountRow() => Interlocked.Increment(ref rowsProcessed);

    public static void CountRescale() => Interlocked.Increment(ref rescales);
}

public static class InstrumentedDecoder
{
    public static float[][] Step(float[][] rows, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        log?.Invoke($"softmax over {rows.Length} rows");
        var output = new float[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            float[] row = rows[r];
            float m = float.NegativeInfinity;
            float d = 0f;
            foreach (float v in row)
            {
                if (v > m)
                {
                    d = d * MathF.Exp(m - v) + 1f;
                    m = v;
                    SoftmaxMetrics.CountRescale();
                }
                else
                {
                    d += MathF.Exp(v - m);
                }
            }

            log?.Invoke($"row {r}: max={m}, denominator={d}");
            var p = new float[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                p[j] = MathF.Exp(row[j] - m) / d;
            }

            output[r] = p;
            SoftmaxMetrics.CountRow();
        }

        log?.Invoke("softmax done");
        return output;
    }
}
