// Idiom: C# 14 extension block with an instance extension property (Peak) and method (ExpSumBelow) on ReadOnlySpan<float>,
// used directly on float[] rows (first-class span conversion of the receiver).
// Use: per-sample classifier head probabilities.
// Layout: jagged float[batch][classes], one softmax per row.
// Correct: the property and the method are given one row each.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.ExtensionProperty_JaggedRowPeak;

public static class SpanStats
{
    extension(ReadOnlySpan<float> values)
    {
        public float Peak
        {
            get
            {
                float m = float.NegativeInfinity;
                foreach (float v in values) m = MathF.Max(m, v);
                return m;
            }
        }

        public float ExpSumBelow(float shift)
        {
            float s = 0f;
            foreach (float v in values) s += MathF.Exp(v - shift);
            return s;
        }
    }
}

public static class Head
{
    public static float[][] Probabilities(float[][] logits)
    {
        var result = new float[logits.Length][];
        for (int b = 0; b < logits.Length; b++)
        {
            float[] row = logits[b];
            float peak = row.Peak;
            float mass = row.ExpSumBelow(peak);
            var p = new float[row.Length];
            for (int k = 0; k < row.Length; k++) p[k] = MathF.Exp(row[k] - peak) / mass;
            result[b] = p;
        }

        return result;
    }
}
