// Idiom: positional patterns over layout records (`RowMajor(_, var n)`, `ColumnMajor(_, var m)`) in a local index function
// Use: a layer that accepts activations in either storage order
// Layout: flat double[], RowMajor(Batch, Classes) x[b * classes + c] or ColumnMajor(Classes, Batch) x[c * batch + b];
//         softmax per sample
// Correct in both layouts
// Our own code
using System;

namespace HeldOut86.LayoutRecords_PositionalIndex;

public abstract record Layout;

public sealed record RowMajor(int Batch, int Classes) : Layout;

public sealed record ColumnMajor(int Classes, int Batch) : Layout;

public static class LayoutSoftmax
{
    public static double[] Forward(double[] x, Layout layout)
    {
        var (batch, classes) = layout switch
        {
            RowMajor(var b, var c) => (b, c),
            ColumnMajor(var c, var b) => (b, c),
            _ => throw new ArgumentException("unknown layout", nameof(layout)),
        };

        int At(int b, int c) => layout switch
        {
            RowMajor(_, var n) => b * n + c,
            ColumnMajor(_, var m) => c * m + b,
            _ => throw new ArgumentException("unknown layout", nameof(layout)),
        };

        var y = new double[x.Length];
        for (int b = 0; b < batch; b++)
        {
            double mx = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                mx = Math.Max(mx, x[At(b, c)]);
            }

            double sum = 0.0;
            for (int c = 0; c < classes; c++)
            {
                sum += Math.Exp(x[At(b, c)] - mx);
            }

            for (int c = 0; c < classes; c++)
            {
                y[At(b, c)] = Math.Exp(x[At(b, c)] - mx) / sum;
            }
        }

        return y;
    }
}
