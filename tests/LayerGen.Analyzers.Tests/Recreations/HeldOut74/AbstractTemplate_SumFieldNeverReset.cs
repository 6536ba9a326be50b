// Idiom: abstract base class with a template method and hook overrides — the base shifts by the row max and calls an
// `OnExp` hook per element; the subclass accumulates the hook's values in a field and exposes it as `Denominator`.
// Use: a softmax layer built on a generic "exp layer" base.
// Layout: double[batch, classes], row-major 2D array.
// Bug: LG0002 — the override's `_sum` field is never reset between rows, so each row is divided by the total of every
// row so far.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.AbstractTemplate_SumFieldNeverReset;

public abstract class ExpLayer
{
    public double[,] Forward(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                m = Math.Max(m, x[i, j]);
            }

            for (int j = 0; j < cols; j++)
            {
                y[i, j] = Math.Exp(x[i, j] - m);
                OnExp(y[i, j]);
            }

            double d = Denominator;
            for (int j = 0; j < cols; j++)
            {
                y[i, j] /= d;
            }
        }

        return y;
    }

    protected abstract double Denominator { get; }

    protected abstract void OnExp(double e);
}

public sealed class SoftmaxLayer : ExpLayer
{
    private double _sum;

    protected override double Denominator => _sum;

    protected override void OnExp(double e) => _sum += e; //~ LG0002
}
