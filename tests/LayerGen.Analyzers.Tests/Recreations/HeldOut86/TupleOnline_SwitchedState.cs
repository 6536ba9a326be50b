// Idiom: one-pass online softmax whose (max, sum) state is updated by a `switch` on a bool, returning a tuple
// Use: streaming logits of a sequence model, one distribution per step
// Layout: double[steps, vocab], row-major 2-D array
// Correct: the rescale factor exp(m - v) has a non-positive argument, and the output uses the row's final max
// Our own code
using System;

namespace HeldOut86.TupleOnline_SwitchedState;

public static class OnlineSoftmax
{
    public static double[,] Forward(double[,] x)
    {
        int steps = x.GetLength(0);
        int vocab = x.GetLength(1);
        var y = new double[steps, vocab];
        for (int t = 0; t < steps; t++)
        {
            (double m, double s) = (double.NegativeInfinity, 0.0);
            for (int v = 0; v < vocab; v++)
            {
                double z = x[t, v];
                (m, s) = (z > m) switch
                {
                    true => (z, s * Math.Exp(m - z) + 1.0),
                    false => (m, s + Math.Exp(z - m)),
                };
            }

            for (int v = 0; v < vocab; v++)
            {
                y[t, v] = Math.Exp(x[t, v] - m) / s;
            }
        }

        return y;
    }
}
