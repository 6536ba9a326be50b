// Variants (our own code) of HeldOut6/RunningMaxRescaleOnline.cs (single-pass online softmax, Milakov & Gimelshein;
// flash-attention CPU loops): the running maximum and denominator live in one tuple, declared per row or reassigned
// whole at the top of each row, updated by whole-tuple assignments (the rescale (v, d * exp(m - v) + 1), and the fold
// (m, d + exp(v - m))) or by a compound assignment to an element.
// Layouts: float[] flat rows, double[][] jagged, double[,] with a tuple declared before the rows and reassigned. Correct.
using System;

namespace Recreations.OnlineTuple_StatePerRow;

public static class OnlineTuple
{
    public static void FlatRows(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            var state = (Max: float.NegativeInfinity, Sum: 0f);
            for (int c = 0; c < cols; c++)
            {
                float v = x[r * cols + c];
                state = v > state.Max
                    ? (v, state.Sum * MathF.Exp(state.Max - v) + 1f)
                    : (state.Max, state.Sum + MathF.Exp(v - state.Max));
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - state.Max) / state.Sum;
        }
    }

    public static void JaggedRows(double[][] x, double[][] y)
    {
        for (int r = 0; r < x.Length; r++)
        {
            (double M, double D) s = (double.NegativeInfinity, 0.0);
            foreach (double v in x[r])
            {
                if (v > s.M)
                {
                    s = (v, s.D * Math.Exp(s.M - v));
                }

                s.D += Math.Exp(v - s.M);
            }

            for (int c = 0; c < x[r].Length; c++)
                y[r][c] = Math.Exp(x[r][c] - s.M) / s.D;
        }
    }

    public static void ReassignedPerRow(double[,] x, double[,] y)
    {
        (double Max, double Denominator) state;
        for (int r = 0; r < x.GetLength(0); r++)
        {
            state = (double.NegativeInfinity, 0.0);
            for (int c = 0; c < x.GetLength(1); c++)
            {
                double v = x[r, c];
                if (v > state.Max)
                    state = (v, state.Denominator * Math.Exp(state.Max - v) + 1.0);
                else
                    state.Denominator += Math.Exp(v - state.Max);
            }

            for (int c = 0; c < x.GetLength(1); c++)
                y[r, c] = Math.Exp(x[r, c] - state.Max) / state.Denominator;
        }
    }
}
