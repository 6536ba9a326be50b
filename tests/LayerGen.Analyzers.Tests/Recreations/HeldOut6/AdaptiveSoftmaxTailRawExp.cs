// Source: adaptive softmax (Grave et al.) output layers re-implemented in C# (head over frequent words + cluster
// tokens, one tail softmax per rare-word cluster), re-created on double[].
// Layout: head logits 1-D; tail logits double[rows, tailSize], one tail softmax per row.
// Bug LG0003: the head is shifted by its max, but the tail rows exponentiate raw logits.
using System;

namespace HeldOut6.AdaptiveSoftmaxTailRawExp;

public static class AdaptiveOutput
{
    public static double[] Head(double[] headLogits)
    {
        double hi = headLogits[0];
        for (int i = 1; i < headLogits.Length; i++)
        {
            hi = Math.Max(hi, headLogits[i]);
        }

        var p = new double[headLogits.Length];
        double z = 0;
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = Math.Exp(headLogits[i] - hi);
            z += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= z;
        }

        return p;
    }

    public static double[,] Tail(double[,] tailLogits)
    {
        int rows = tailLogits.GetLength(0);
        int size = tailLogits.GetLength(1);
        var p = new double[rows, size];
        for (int r = 0; r < rows; r++)
        {
            double z = 0;
            for (int j = 0; j < size; j++)
            {
                p[r, j] = Math.Exp(tailLogits[r, j]); //~ LG0003
                z += p[r, j];
            }

            for (int j = 0; j < size; j++)
            {
                p[r, j] /= z;
            }
        }

        return p;
    }
}
