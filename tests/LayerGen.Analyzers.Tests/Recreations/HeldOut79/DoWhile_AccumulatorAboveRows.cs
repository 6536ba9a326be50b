// Idiom: `while` and `do`/`while` loops with hand-advanced indices (`i++` in the body, `e[i++] /= ...`, `result[r++]`).
// Use: softmax of each feature row of a jagged batch.
// Layout: jagged float[][]; each row its own array; returns new rows.
// Bug: the accumulator is declared above the row loop and never reset, so row r is divided by the exps of rows 0..r.
// Our own code.
using System;

namespace HeldOut79.DoWhile_AccumulatorAboveRows;

public static class WhileRows
{
    public static float[][] Normalise(float[][] rows)
    {
        var result = new float[rows.Length][];
        float acc = 0f;
        int r = 0;
        while (r < rows.Length)
        {
            float[] v = rows[r];
            float hi = v[0];
            int i = 1;
            while (i < v.Length)
            {
                hi = MathF.Max(hi, v[i]);
                i++;
            }
            var e = new float[v.Length];
            i = 0;
            do
            {
                e[i] = MathF.Exp(v[i] - hi);
                acc += e[i]; //~ LG0002
            } while (++i < v.Length);
            i = 0;
            while (i < e.Length) e[i++] /= acc;
            result[r++] = e;
        }
        return result;
    }
}
