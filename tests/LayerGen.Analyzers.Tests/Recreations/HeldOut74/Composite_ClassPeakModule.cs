// Idiom: the composite pattern with an abstract component — `Module` base, a `Chain` container with a fluent
// `Add(...)`, and a `SoftmaxModule` leaf that takes its peaks with nested `Enumerable.Range(...).Max(...)`.
// Use: a model container whose last module is the softmax.
// Layout: double[batch, classes], row-major 2D array; softmax per sample (over the classes).
// Bug: LG0004 — the peaks are per class over the batch (`Max(b => x[b, c])`), the sums per sample over the classes.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut74.Composite_ClassPeakModule;

public abstract class Module
{
    public abstract double[,] Forward(double[,] x);
}

public sealed class Chain : Module
{
    private readonly List<Module> _modules = new();

    public Chain Add(Module module)
    {
        _modules.Add(module);
        return this;
    }

    public override double[,] Forward(double[,] x) => _modules.Aggregate(x, (acc, m) => m.Forward(acc));
}

public sealed class SoftmaxModule : Module
{
    public override double[,] Forward(double[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        double[] peak = Enumerable.Range(0, classes).Select(c => Enumerable.Range(0, batch).Max(b => x[b, c])).ToArray(); //~ LG0004
        var y = new double[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                y[b, c] = Math.Exp(x[b, c] - peak[c]);
                sum += y[b, c];
            }

            for (int c = 0; c < classes; c++)
            {
                y[b, c] /= sum;
            }
        }

        return y;
    }
}
