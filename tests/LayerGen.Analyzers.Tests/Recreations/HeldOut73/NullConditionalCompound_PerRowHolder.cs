// Idiom: C# 14 null-conditional compound assignment (`acc?.Total += ...`, `acc?.Top = ...`) on a nullable-typed holder
// taken from a per-call slot array.
// Use: row softmax with reusable accumulator objects.
// Layout: double[batch, classes], softmax per row.
// Correct: the holder is reset at the start of each row.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.NullConditionalCompound_PerRowHolder;

public sealed class Accumulator
{
    public double Total { get; set; }

    public double Top { get; set; } = double.NegativeInfinity;
}

public static class Rows
{
    public static double[,] Softmax(double[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var y = new double[rows, cols];
        var slots = new Accumulator?[rows];
        for (int r = 0; r < rows; r++)
        {
            Accumulator? acc = slots[r] ??= new Accumulator();
            acc?.Total = 0.0;
            acc?.Top = double.NegativeInfinity;
            for (int c = 0; c < cols; c++) acc?.Top = Math.Max(acc.Top, x[r, c]);
            double top = acc?.Top ?? 0.0;
            for (int c = 0; c < cols; c++) acc?.Total += Math.Exp(x[r, c] - top);
            double total = acc?.Total ?? 1.0;
            for (int c = 0; c < cols; c++) y[r, c] = Math.Exp(x[r, c] - top) / total;
        }

        return y;
    }
}
