// Idiom: `using` aliases for any type (C# 12): an array alias `Grid = double[,]` and a tuple alias
// `RowStats = (double Peak, double Mass)`.
// Use: two-pass softmax that stores each row's (peak, mass) in an array, then normalises.
// Layout: double[batch, classes], softmax per row.
// Correct: peak and mass are per row, stored in a RowStats[] indexed by the row.
// Our own code.
#nullable enable
using System;
using Grid = double[,];
using RowStats = (double Peak, double Mass);

namespace HeldOut69.AliasAnyType_RowStats;

public static class StatsSoftmax
{
    public static Grid Forward(Grid x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var stats = new RowStats[rows];
        for (int r = 0; r < rows; r++)
        {
            double peak = x[r, 0];
            for (int c = 1; c < cols; c++) peak = Math.Max(peak, x[r, c]);
            double mass = 0;
            for (int c = 0; c < cols; c++) mass += Math.Exp(x[r, c] - peak);
            stats[r] = (peak, mass);
        }

        Grid y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            var (peak, mass) = stats[r];
            for (int c = 0; c < cols; c++) y[r, c] = Math.Exp(x[r, c] - peak) / mass;
        }

        return y;
    }
}
