// Source: streaming classification pipelines in C# (IEnumerable<float[]> of model outputs mapped to probabilities
// with an iterator, e.g. batch scoring in ML.NET-adjacent console apps), re-created with `yield return`.
// Layout: IEnumerable of rows (1-D logits each).
// Correct: every yielded row is softmaxed with its own max and sum.
using System;
using System.Collections.Generic;

namespace HeldOut6.YieldReturnRows;

public static class StreamingSoftmax
{
    public static IEnumerable<float[]> Probabilities(IEnumerable<float[]> logitRows)
    {
        foreach (float[] row in logitRows)
        {
            float m = float.MinValue;
            foreach (float v in row)
            {
                m = Math.Max(m, v);
            }

            var p = new float[row.Length];
            float s = 0f;
            for (int i = 0; i < row.Length; i++)
            {
                p[i] = MathF.Exp(row[i] - m);
                s += p[i];
            }

            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= s;
            }

            yield return p;
        }
    }
}
