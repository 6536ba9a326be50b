// Idiom: a two-pass port that first stores every row's maximum in `float[] rowMaxes` (Java `float[] maxes = new
// float[n]`), then exponentiates and normalises each row against `rowMaxes[i]`.
// Use: per-sample class probabilities. Layout: jagged float[samples][classes]; MathF.Exp.
// Correct (per-slice maxima stored in an array). Our own code.
using System;

namespace HeldOut91.RowMaxArray_TwoPass;

public static class SoftmaxUtil
{
    public static float[][] softmaxRows(float[][] logits)
    {
        int n = logits.Length;
        float[] rowMaxes = new float[n];
        for (int i = 0; i < n; i++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < logits[i].Length; j++) m = MathF.Max(m, logits[i][j]);
            rowMaxes[i] = m;
        }
        float[][] result = new float[n][];
        for (int i = 0; i < n; i++)
        {
            float[] r = new float[logits[i].Length];
            float s = 0f;
            for (int j = 0; j < r.Length; j++)
            {
                r[j] = MathF.Exp(logits[i][j] - rowMaxes[i]);
                s += r[j];
            }
            for (int j = 0; j < r.Length; j++) r[j] /= s;
            result[i] = r;
        }
        return result;
    }
}
