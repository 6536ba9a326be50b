// Source: single-pass online softmax (Milakov & Gimelshein; the running-max/rescale loop of flash-attention CPU ports
// in C#), re-created per row of a double[,] with the max and denominator carried in a tuple.
// Layout: double[rows, cols]; softmax per row.
// Correct: the running max only ever grows within a row; the denominator is rescaled on every increase and both are
// reset per row.
using System;

namespace HeldOut6.RunningMaxRescaleOnline;

public static class OnlineRowSoftmax
{
    public static double[,] Forward(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            (double Max, double Denominator) state = (double.NegativeInfinity, 0.0);
            for (int c = 0; c < cols; c++)
            {
                double v = x[r, c];
                if (v > state.Max)
                {
                    state = (v, state.Denominator * Math.Exp(state.Max - v) + 1.0);
                }
                else
                {
                    state.Denominator += Math.Exp(v - state.Max);
                }
            }

            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp(x[r, c] - state.Max) / state.Denominator;
            }
        }

        return y;
    }
}
