// Idiom: `switch` statements with `case ... when` guards for the fold, and `goto case` to fall out of one stage into
// the next (C# has no implicit fall-through).
// Use: softmax over the classes of each sample in a column-major activation matrix (Z = W·X).
// Layout: double[classes, batch]; column b is sample b's softmax slice.
// Correct: for each sample, the guarded fold, the sum and the divide all run down that sample's column.
// Our own code.
using System;

namespace HeldOut75.SwitchGuards_ColumnMajor;

public enum Stage { Peak, Sum, Scale }

public static class GuardedColumns
{
    public static double[,] Softmax(double[,] z)
    {
        int classes = z.GetLength(0), batch = z.GetLength(1);
        var a = new double[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            double peak = double.NegativeInfinity, sum = 0.0;
            Stage stage = Stage.Peak;
            switch (stage)
            {
                case Stage.Peak:
                    for (int c = 0; c < classes; c++)
                    {
                        switch (z[c, b])
                        {
                            case var v when v > peak:
                                peak = v;
                                break;
                            default:
                                break;
                        }
                    }
                    goto case Stage.Sum;
                case Stage.Sum:
                    for (int c = 0; c < classes; c++) sum += a[c, b] = Math.Exp(z[c, b] - peak);
                    goto case Stage.Scale;
                case Stage.Scale:
                    for (int c = 0; c < classes; c++) a[c, b] /= sum;
                    break;
            }
        }
        return a;
    }
}
