// Variants (our own code) of HeldOut6/RunningMaxRescaleOnline.cs, the buggy twins of OnlineTuple_StatePerRow.cs: the
// tuple is declared once before the row loop and only its maximum restarts per row (at the row's first value), so the
// first rescale of a row multiplies by exp(0) = 1 and the earlier rows' mass stays in the denominator (row 2 of four
// equal rows sums to 1/2).
// Layouts: double[,] (the HeldOut6 shape), float[] flat rows with a tuple reassigned as (first, state.Sum). Bug: LG0002 x2 (one per method: the two
// branches of the update fold one walk, reported at the first).
using System;

namespace Recreations.OnlineTuple_StateCarriedAcrossRows;

public static class OnlineTuple
{
    public static void Matrix(double[,] x, double[,] y)
    {
        (double Max, double Denominator) state = (double.NegativeInfinity, 0.0);
        for (int r = 0; r < x.GetLength(0); r++)
        {
            state.Max = x[r, 0];
            for (int c = 0; c < x.GetLength(1); c++)
            {
                double v = x[r, c];
                if (v > state.Max) //~ LG0002
                    state = (v, state.Denominator * Math.Exp(state.Max - v) + 1.0);
                else
                    state.Denominator += Math.Exp(v - state.Max);
            }

            for (int c = 0; c < x.GetLength(1); c++)
                y[r, c] = Math.Exp(x[r, c] - state.Max) / state.Denominator;
        }
    }

    public static void FlatRows(float[] x, float[] y, int rows, int cols)
    {
        var state = (Max: float.NegativeInfinity, Sum: 0f);
        for (int r = 0; r < rows; r++)
        {
            state = (x[r * cols], state.Sum);
            for (int c = 0; c < cols; c++)
            {
                float v = x[r * cols + c];
                state = v > state.Max //~ LG0002
                    ? (v, state.Sum * MathF.Exp(state.Max - v) + 1f)
                    : (state.Max, state.Sum + MathF.Exp(v - state.Max));
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - state.Max) / state.Sum;
        }
    }
}
