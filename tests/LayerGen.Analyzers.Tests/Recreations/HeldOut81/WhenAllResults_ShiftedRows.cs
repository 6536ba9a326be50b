// Idiom: `Task.WhenAll` over a `List<Task<float[]>>` of per-row async methods, each returning its row's probabilities;
// the row is a `ReadOnlyMemory<float>` window; the peak and the shifted exps live in private helpers given that row.
// Use: fan-out softmax over rows of a flat buffer.
// Layout: flat float[rows * classes], row-major, `AsMemory(r * classes, classes)` windows.
// Correct: helpers see one row and its own peak.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace HeldOut81.WhenAllResults_ShiftedRows;

public static class FanOutSoftmax
{
    public static async Task<float[][]> SoftmaxRowsAsync(float[] flat, int classes)
    {
        int rows = flat.Length / classes;
        var pending = new List<Task<float[]>>(rows);
        for (int r = 0; r < rows; r++)
            pending.Add(RowAsync(flat.AsMemory(r * classes, classes)));
        return await Task.WhenAll(pending).ConfigureAwait(false);
    }

    private static async Task<float[]> RowAsync(ReadOnlyMemory<float> row)
    {
        await Task.Yield();
        float max = PeakOf(row.Span);
        var probs = new float[row.Length];
        float sum = ExpShifted(row.Span, max, probs);
        for (int j = 0; j < probs.Length; j++)
            probs[j] /= sum;
        return probs;
    }

    private static float PeakOf(ReadOnlySpan<float> values)
    {
        float m = float.NegativeInfinity;
        foreach (float t in values)
            m = MathF.Max(m, t);
        return m;
    }

    private static float ExpShifted(ReadOnlySpan<float> src, float shift, Span<float> dst)
    {
        float s = 0f;
        for (int j = 0; j < src.Length; j++)
        {
            dst[j] = MathF.Exp(src[j] - shift);
            s += dst[j];
        }

        return s;
    }
}
