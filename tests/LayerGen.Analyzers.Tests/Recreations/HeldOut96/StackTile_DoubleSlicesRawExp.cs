// Idiom: stackalloc "shared" tile per block; the block loads its row slice into the tile, exponentiates in place,
// reduces, and stores.
// Use: host fallback of a row-softmax kernel over a double buffer, one block per row.
// Layout: double[] buffer viewed as Span<double> slices x.AsSpan(r * width, width); output in a separate double[].
// Bug (LG0003): the tile is exponentiated without subtracting the row max; Math.Exp overflows above ~709 and the row
// becomes inf/inf = NaN.
// Our own code.
#nullable enable
using System;

namespace HeldOut96.StackTile_DoubleSlicesRawExp;

public static class DoubleTileKernel
{
    public static double[] Run(double[] x, int width)
    {
        var y = new double[x.Length];
        Span<double> tile = stackalloc double[64];
        for (int r = 0; r * width < x.Length; r++)
        {
            Span<double> rowTile = tile.Slice(0, width);
            x.AsSpan(r * width, width).CopyTo(rowTile);

            double sum = 0.0;
            for (int k = 0; k < width; k++)
            {
                rowTile[k] = Math.Exp(rowTile[k]); //~ LG0003
                sum += rowTile[k];
            }

            Span<double> target = y.AsSpan(r * width, width);
            for (int k = 0; k < width; k++)
            {
                target[k] = rowTile[k] / sum;
            }
        }

        return y;
    }
}
