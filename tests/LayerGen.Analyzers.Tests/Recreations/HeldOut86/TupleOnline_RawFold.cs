// Idiom: tuple assignment as the fold step (`(e[j], total) = (ej, total + ej)`), no max at all
// Use: per-sample class weights in a jagged mini-batch
// Layout: jagged float[batch][classes], softmax per inner array
// Bug: LG0003, the exps are of the raw logits
// Our own code
using System;

namespace HeldOut86.TupleOnline_RawFold;

public static class TupleFold
{
    public static float[][] Weights(float[][] logits)
    {
        var result = new float[logits.Length][];
        for (int b = 0; b < logits.Length; b++)
        {
            float[] row = logits[b];
            var e = new float[row.Length];
            float total = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                float ej = MathF.Exp(row[j]); //~ LG0003
                (e[j], total) = (ej, total + ej);
            }

            for (int j = 0; j < e.Length; j++)
            {
                e[j] /= total;
            }

            result[b] = e;
        }

        return result;
    }
}
