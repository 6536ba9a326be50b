// Idiom: classic `this ReadOnlySpan<float>` extension methods called directly on float[] rows (C# 14 first-class span
// conversion of the receiver), output row passed as Span<float>.
// Use: policy network action probabilities.
// Layout: jagged float[batch][actions].
// Correct: each helper is given one row; the exp helper shifts by the row's peak.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.SpanExtensionOnArrays_RowHelpers;

public static class RowMath
{
    public static float PeakOf(this ReadOnlySpan<float> s)
    {
        float m = s[0];
        for (int i = 1; i < s.Length; i++)
        {
            if (s[i] > m) m = s[i];
        }

        return m;
    }

    public static float ExpInto(this ReadOnlySpan<float> s, float shift, Span<float> dst)
    {
        float t = 0f;
        for (int i = 0; i < s.Length; i++)
        {
            dst[i] = MathF.Exp(s[i] - shift);
            t += dst[i];
        }

        return t;
    }
}

public static class Policy
{
    public static float[][] Softmax(float[][] x)
    {
        var y = new float[x.Length][];
        for (int r = 0; r < x.Length; r++)
        {
            float[] row = x[r];
            y[r] = new float[row.Length];
            float m = row.PeakOf();
            float t = row.ExpInto(m, y[r]);
            for (int j = 0; j < row.Length; j++) y[r][j] /= t;
        }

        return y;
    }
}
