// Idiom: extension methods on ReadOnlySpan<float> (`this ReadOnlySpan<float> x`), the pre-C# 14 form of an
// `extension(ReadOnlySpan<float> x)` block (C# 14 blocks do not compile under the harness's LanguageVersion.Latest = 13).
// Use: span helpers PeakOf / ExpSumShifted / SoftmaxTo composed per row of a jagged batch.
// Layout: jagged float[batch][classes].
// Correct: every helper is given one row; the shift is that row's peak.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.SpanExtensions_RowHelpers;

public static class SpanSoftmaxExtensions
{
    public static float PeakOf(this ReadOnlySpan<float> x)
    {
        float p = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) p = MathF.Max(p, x[i]);
        return p;
    }

    public static float ExpSumShifted(this ReadOnlySpan<float> x, float shift, Span<float> into)
    {
        float s = 0f;
        for (int i = 0; i < x.Length; i++) s += into[i] = MathF.Exp(x[i] - shift);
        return s;
    }

    public static void SoftmaxTo(this ReadOnlySpan<float> x, Span<float> y)
    {
        float s = x.ExpSumShifted(x.PeakOf(), y);
        for (int i = 0; i < y.Length; i++) y[i] /= s;
    }
}

public static class Batch
{
    public static float[][] Forward(float[][] rows)
    {
        var outRows = new float[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            outRows[r] = new float[rows[r].Length];
            ((ReadOnlySpan<float>)rows[r]).SoftmaxTo(outRows[r]);
        }

        return outRows;
    }
}
