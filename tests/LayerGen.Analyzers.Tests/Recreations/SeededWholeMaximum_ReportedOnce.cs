// Bug variants: one running maximum seeded by a whole-buffer or first-row maximum and then folded over the whole
// batch. The maximum spans every slice (LG0001: a slice far below the batch maximum underflows to 0 / 0); it is one
// bug, reported once, at the fold that makes it widest (the seed's own span is part of it).
// Source: MoCo's contrastive head (He et al. 2020, facebookresearch/moco) with l_pos and the l_neg queue kept apart,
// and batch softmax code that seeds its maximum with the first row's.
// Layouts: float[] positives + float[,] queue by foreach; jagged double[][] seeded with row 0's LINQ Max.
using System;
using System.Linq;

namespace Recreations.SeededWholeMaximumReportedOnce;

public static class ReportedOnce
{
    public static void PositivesThenQueue(float[] positive, float[,] queue, float[,] probability)
    {
        float top = positive.Max();
        foreach (float negative in queue)
            top = MathF.Max(top, negative); //~ LG0001
        for (int n = 0; n < queue.GetLength(0); n++)
        {
            probability[n, 0] = MathF.Exp(positive[n] - top);
            float sum = probability[n, 0];
            for (int k = 0; k < queue.GetLength(1); k++)
            {
                probability[n, k + 1] = MathF.Exp(queue[n, k] - top);
                sum += probability[n, k + 1];
            }

            for (int k = 0; k <= queue.GetLength(1); k++)
                probability[n, k] /= sum;
        }
    }

    public static void JaggedFirstRowSeed(double[][] x, double[][] y)
    {
        double m = x[0].Max();
        for (int b = 0; b < x.Length; b++)
            for (int k = 0; k < x[b].Length; k++)
                if (x[b][k] > m) m = x[b][k]; //~ LG0001

        for (int b = 0; b < x.Length; b++)
        {
            double s = 0.0;
            for (int k = 0; k < x[b].Length; k++)
            {
                y[b][k] = Math.Exp(x[b][k] - m);
                s += y[b][k];
            }

            for (int k = 0; k < x[b].Length; k++)
                y[b][k] /= s;
        }
    }
}
