// known gap: a max combined through a shared-tile tree (tile[lane] = Math.Max(tile[lane], tile[lane + half])) is not read as the max, so the exp looks unshifted (LG0003) instead of LG0004
// gap: -LG0004@33 +LG0003@56
// Idiom: shared tile with a tree reduction, one block per class computing that class's peak over the batch, then one
// block per sample computing the sample's sum.
// Use: two-launch softmax port of a compute shader: "column max" blocks, then "row sum and normalise" blocks.
// Layout: double[batch, classes] (2D array), rows are samples.
// Bug (LG0004): the max is reduced down each class column (over the batch) while the sum runs along each sample row
// (over the classes): the max and the sum run over different axes.
// Our own code.
#nullable enable
using System;

namespace HeldOut96.SharedTile_ColumnTreeMax2D;

public sealed class ColumnPeakSoftmax
{
    private const int Threads = 4;

    public double[,] Apply(double[,] logits)
    {
        int batch = logits.GetLength(0);
        int classes = logits.GetLength(1);
        var columnPeak = new double[classes];
        double[] tile = new double[Threads];

        for (int col = 0; col < classes; col++)
        {
            for (int lane = 0; lane < Threads; lane++)
            {
                double best = double.NegativeInfinity;
                for (int b = lane; b < batch; b += Threads)
                {
                    best = Math.Max(best, logits[b, col]); //~ LG0004
                }

                tile[lane] = best;
            }

            for (int half = Threads / 2; half >= 1; half /= 2)
            {
                for (int lane = 0; lane < half; lane++)
                {
                    tile[lane] = Math.Max(tile[lane], tile[lane + half]);
                }
            }

            columnPeak[col] = tile[0];
        }

        var probs = new double[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            double total = 0.0;
            for (int col = 0; col < classes; col++)
            {
                probs[b, col] = Math.Exp(logits[b, col] - columnPeak[col]);
                total += probs[b, col];
            }

            for (int col = 0; col < classes; col++)
            {
                probs[b, col] /= total;
            }
        }

        return probs;
    }
}
