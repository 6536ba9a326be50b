// Idiom: a `Stream(data, start, count, sink)` helper pushing each value to an `Action<float>` sink; the sink lambda runs
// the one-pass online softmax recurrence on captured `m` and `s`.
// Use: streaming softmax over each row of a flat buffer (one read pass for the statistics).
// Layout: flat float[batch * classes], row-major, offset `start`.
// Correct: `m` and `s` are declared per row; every exp argument in the recurrence is <= 0 (`m - next`, `v - next` with
// `next` the running max), and the final exps are shifted by the row max.
// Our own code.
using System;

namespace HeldOut78.OnlineCallback_StreamedRow;

public static class OnlineRows
{
    private static void Stream(float[] data, int start, int count, Action<float> sink)
    {
        for (int i = start; i < start + count; i++) sink(data[i]);
    }

    public static float[] Softmax(float[] x, int classes)
    {
        var y = new float[x.Length];
        for (int start = 0; start < x.Length; start += classes)
        {
            float m = float.NegativeInfinity, s = 0f;
            Stream(x, start, classes, v =>
            {
                float next = MathF.Max(m, v);
                s = s * MathF.Exp(m - next) + MathF.Exp(v - next);
                m = next;
            });
            for (int j = 0; j < classes; j++) y[start + j] = MathF.Exp(x[start + j] - m) / s;
        }
        return y;
    }
}
