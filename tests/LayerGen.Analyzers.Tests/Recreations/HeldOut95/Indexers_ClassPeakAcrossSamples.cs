// Idiom: a readonly struct wrapper with computed properties and a read-only indexer over a 2D array.
// Use: score table of a batch (samples × classes), softmax per sample.
// Layout: double[samples, classes] (row-major 2D) behind scores[s, c].
// Bug (LG0004): the peak is taken per class over the samples, while the sum runs per sample over the classes.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.Indexers_ClassPeakAcrossSamples;

public readonly struct ScoreTable(double[,] m)
{
    public int Samples => m.GetLength(0);
    public int Classes => m.GetLength(1);
    public double this[int s, int c] => m[s, c];
}

public static class TableSoftmax
{
    public static double[,] Normalise(ScoreTable scores)
    {
        var classPeak = new double[scores.Classes];
        for (int c = 0; c < scores.Classes; c++)
        {
            classPeak[c] = double.NegativeInfinity;
            for (int s = 0; s < scores.Samples; s++)
                if (scores[s, c] > classPeak[c]) classPeak[c] = scores[s, c]; //~ LG0004
        }

        var p = new double[scores.Samples, scores.Classes];
        for (int s = 0; s < scores.Samples; s++)
        {
            double z = 0;
            for (int c = 0; c < scores.Classes; c++)
                z += p[s, c] = Math.Exp(scores[s, c] - classPeak[c]);
            for (int c = 0; c < scores.Classes; c++)
                p[s, c] /= z;
        }
        return p;
    }
}
