// Idiom: adaptive softmax: a head softmax over the shortlist plus one token per tail cluster, and a softmax per tail
//        cluster of its own width; a static local function normalises one row of any of these matrices.
// Use: large-vocabulary language model output (P(w) = P_head(tail i) · P_tail_i(w)).
// Layout: head double[batch, shortlist + tails]; tails double[tails][][batch, size_i] (2-D per tail).
// Correct: the local function takes row b of the matrix it is given and its own max.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.Adaptive_HeadAndTails;

public static class AdaptiveSoftmax
{
    public static (double[,] Head, double[][,] Tails) Probabilities(double[,] head, double[][,] tails)
    {
        int batch = head.GetLength(0);
        var headP = new double[batch, head.GetLength(1)];
        var tailP = new double[tails.Length][,];
        for (int i = 0; i < tails.Length; i++) tailP[i] = new double[batch, tails[i].GetLength(1)];

        for (int b = 0; b < batch; b++)
        {
            RowSoftmax(head, headP, b);
            for (int i = 0; i < tails.Length; i++) RowSoftmax(tails[i], tailP[i], b);
        }

        return (headP, tailP);

        static void RowSoftmax(double[,] z, double[,] p, int b)
        {
            int width = z.GetLength(1);
            double hi = double.NegativeInfinity;
            for (int j = 0; j < width; j++) hi = Math.Max(hi, z[b, j]);
            double sum = 0.0;
            for (int j = 0; j < width; j++) sum += p[b, j] = Math.Exp(z[b, j] - hi);
            for (int j = 0; j < width; j++) p[b, j] /= sum;
        }
    }
}
