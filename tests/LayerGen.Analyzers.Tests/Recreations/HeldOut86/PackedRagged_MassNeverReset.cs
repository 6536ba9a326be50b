// known gap: the division in a second walk over the packed buffer (stride read back as `at += 1 + (int)y[at]`) is not tied to the carried sum; dividing inside the first walk is found
// gap: -LG0002@36
// Idiom: length header read by a switch expression with a relational `and` pattern (`packed[at] switch { >= 1 and var h => (int)h, ... }`)
// Use: packed ragged beam candidates, one distribution per beam
// Layout: double[] packed as [n0, x0.., n1, x1..]; output in the same packing
// Bug: LG0002, `mass` is declared before the walk and sums the exps of every row; each row is divided by that total
// Our own code
using System;

namespace HeldOut86.PackedRagged_MassNeverReset;

public static class BeamSoftmax
{
    public static double[] Forward(double[] packed)
    {
        var y = new double[packed.Length];
        double mass = 0.0;
        for (int at = 0, n; at < packed.Length; at += 1 + n)
        {
            n = packed[at] switch
            {
                >= 1 and var h => (int)h,
                _ => throw new FormatException("row length must be positive"),
            };
            y[at] = n;

            double top = packed[at + 1];
            for (int i = at + 2; i <= at + n; i++)
            {
                top = Math.Max(top, packed[i]);
            }

            for (int i = at + 1; i <= at + n; i++)
            {
                y[i] = Math.Exp(packed[i] - top);
                mass += y[i]; //~ LG0002
            }
        }

        for (int at = 0; at < y.Length; at += 1 + (int)y[at])
        {
            for (int i = at + 1; i <= at + (int)y[at]; i++)
            {
                y[i] /= mass;
            }
        }

        return y;
    }
}
