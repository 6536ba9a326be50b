// Idiom: a port of a Python generator-based online softmax, `for row in rows:` over an `IEnumerable<float[]>`, with the
// running max `m` kept as a field-like local outside the loop and only the running sum `d` reset per row.
// Use: streaming per-row class probabilities. Layout: IEnumerable<float[]>; MathF.Exp.
// Bug LG0001: the running max is never reset between rows, so a row far below an earlier row is shifted by that row's max.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut91.OnlineSoftmax_CarriedMax;

public static class online_softmax
{
    public static List<float[]> run(IEnumerable<float[]> rows)
    {
        var results = new List<float[]>();
        float m = float.NegativeInfinity;
        foreach (float[] row in rows)
        {
            float d = 0f;
            foreach (float v in row)
            {
                float m_new = MathF.Max(m, v); //~ LG0001
                d = d * MathF.Exp(m - m_new) + MathF.Exp(v - m_new);
                m = m_new;
            }
            float[] y = new float[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                y[j] = MathF.Exp(row[j] - m) / d;
            }
            results.Add(y);
        }
        return results;
    }
}
