// Idiom: [InlineArray] (C# 12) tile holding a whole small batch, read through an implicit span conversion.
// Use: a micro-batch tile (≤ 64 values) of an on-device classifier.
// Layout: Tile64 used as a flat double buffer, rows of `classes`, row-major; `count` values used.
// Bug (LG0001): the peak is folded over every used value of the tile (all rows), then subtracted per row.
// Our own code.
#nullable enable
using System;
using System.Runtime.CompilerServices;

namespace HeldOut95.InlineArray_TilePeak;

[InlineArray(64)]
public struct Tile64
{
    private double _element0;
}

public static class TileSoftmax
{
    public static void Normalise(ref Tile64 tile, int count, int classes)
    {
        Span<double> values = tile;
        values = values[..count];
        double peak = double.NegativeInfinity;
        foreach (double v in values)
            peak = Math.Max(peak, v); //~ LG0001

        for (int r = 0; r < count / classes; r++)
        {
            Span<double> row = values.Slice(r * classes, classes);
            double sum = 0;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = Math.Exp(row[j] - peak);
                sum += row[j];
            }
            for (int j = 0; j < row.Length; j++)
                row[j] /= sum;
        }
    }
}
