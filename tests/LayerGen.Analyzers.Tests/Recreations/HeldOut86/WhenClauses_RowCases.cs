// Idiom: a switch statement over each row with list and property patterns and `case ... when` clauses
//        (`case { Length: 0 }`, `case [var only]`, `case var r when r.Length > 1`)
// Use: label-smoothing-free classifier over rows that may hold zero, one or many candidates
// Layout: List<float[]>, one softmax per row
// Correct
// Our own code
using System;
using System.Collections.Generic;

namespace HeldOut86.WhenClauses_RowCases;

public static class CandidateSoftmax
{
    public static List<float[]> Forward(List<float[]> rows)
    {
        var output = new List<float[]>(rows.Count);
        foreach (float[] row in rows)
        {
            switch (row)
            {
                case { Length: 0 }:
                    output.Add([]);
                    break;
                case [_]:
                    output.Add([1f]);
                    break;
                case var r when r.Length > 1:
                    float m = float.NegativeInfinity;
                    foreach (float v in r)
                    {
                        m = MathF.Max(m, v);
                    }

                    var p = new float[r.Length];
                    float s = 0f;
                    for (int i = 0; i < r.Length; i++)
                    {
                        p[i] = MathF.Exp(r[i] - m);
                        s += p[i];
                    }

                    for (int i = 0; i < p.Length; i++)
                    {
                        p[i] /= s;
                    }

                    output.Add(p);
                    break;
            }
        }

        return output;
    }
}
