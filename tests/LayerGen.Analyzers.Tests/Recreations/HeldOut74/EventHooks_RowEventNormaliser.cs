// Idiom: events — `ExpPublisher` raises `EventHandler<RowEventArgs> RowExponentiated` after shifting and exponentiating
// each row; a subscriber method (`+= Normalise`) divides the row it receives by that row's sum.
// Use: a softmax split between a producer and a listener (e.g. for instrumentation hooks).
// Layout: jagged double[batch][classes].
// Correct: the max is per row in the publisher; the handler gets one row's exps.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.EventHooks_RowEventNormaliser;

public sealed class RowEventArgs : EventArgs
{
    public RowEventArgs(double[] exps) => Exps = exps;

    public double[] Exps { get; }
}

public sealed class ExpPublisher
{
    public event EventHandler<RowEventArgs>? RowExponentiated;

    public double[][] Run(double[][] logits)
    {
        var result = new double[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            double[] row = logits[i];
            double max = double.NegativeInfinity;
            for (int j = 0; j < row.Length; j++)
            {
                if (row[j] > max)
                {
                    max = row[j];
                }
            }

            var e = new double[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                e[j] = Math.Exp(row[j] - max);
            }

            RowExponentiated?.Invoke(this, new RowEventArgs(e));
            result[i] = e;
        }

        return result;
    }
}

public static class SoftmaxWiring
{
    public static double[][] Softmax(double[][] logits)
    {
        var publisher = new ExpPublisher();
        publisher.RowExponentiated += Normalise;
        return publisher.Run(logits);
    }

    private static void Normalise(object? sender, RowEventArgs args)
    {
        double sum = 0;
        foreach (double v in args.Exps)
        {
            sum += v;
        }

        for (int j = 0; j < args.Exps.Length; j++)
        {
            args.Exps[j] /= sum;
        }
    }
}
