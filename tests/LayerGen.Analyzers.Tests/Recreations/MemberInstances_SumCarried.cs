// Variants (our own code) of MemberInstances_RowAndTotal.cs, its buggy twins: the running statistics are declared once
// before the rows and only the maximum restarts per row; a scratch variable of the same type is reset per row (a
// whole-value `default`, a member write, a tuple literal), which resets its own members, not the sum the softmax
// divides by. Row 2 of four equal rows sums to 1/2. (Not covered: a scratch variable that itself folds into the same
// member; its reset is then taken as the reset of every variable's member, see SoftmaxModel.MemberInstances.cs.)
// Layouts: double[,] with a struct, float[,] with named tuples. Bug: LG0002 x2.
using System;

namespace Recreations.MemberInstances_SumCarried;

public struct Stats
{
    public double Max;
    public double Sum;
}

public static class SumCarried
{
    public static void StructScratchReset(double[,] x, double[,] y, double[] counts)
    {
        Stats s = new Stats { Max = double.NegativeInfinity, Sum = 0.0 };
        for (int r = 0; r < x.GetLength(0); r++)
        {
            Stats scratch = default;
            scratch.Sum = x.GetLength(1);
            s.Max = double.NegativeInfinity;
            for (int c = 0; c < x.GetLength(1); c++)
                s.Max = Math.Max(s.Max, x[r, c]);
            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] = Math.Exp(x[r, c] - s.Max);
                s.Sum += y[r, c]; //~ LG0002
            }

            for (int c = 0; c < x.GetLength(1); c++)
                y[r, c] /= s.Sum;
            counts[r] = scratch.Sum;
        }
    }

    public static void TupleScratchReset(float[,] x, float[,] y, float[] counts)
    {
        (float Max, float Sum) s = (float.NegativeInfinity, 0f);
        for (int r = 0; r < x.GetLength(0); r++)
        {
            (float Max, float Sum) scratch = (x[r, 0], x.GetLength(1));
            s.Max = float.NegativeInfinity;
            for (int c = 0; c < x.GetLength(1); c++)
                s.Max = MathF.Max(s.Max, x[r, c]);

            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] = MathF.Exp(x[r, c] - s.Max);
                s.Sum += y[r, c]; //~ LG0002
            }

            for (int c = 0; c < x.GetLength(1); c++)
                y[r, c] /= s.Sum;
            counts[r] = scratch.Sum;
        }
    }
}
