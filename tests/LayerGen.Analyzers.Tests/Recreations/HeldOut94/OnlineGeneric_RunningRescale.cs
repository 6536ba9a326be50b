// Idiom: a one-pass online softmax in generic math: a running peak `T.Max(m, v)` and a running denominator rescaled by
// `T.Exp(m - next)` when the peak moves; a second pass writes `T.Exp(v - m) / d`.
// Use: streaming attention rows. Layout: `T[,]` row-major (`batch × classes`).
// Correct: every exponent is non-positive (the rescale uses the old minus the new peak, the numerators the row peak).
// Our own code.
using System.Numerics;

namespace HeldOut94.OnlineGeneric_RunningRescale;

public static class Online
{
    public static T[,] Softmax<T>(T[,] x)
        where T : IFloatingPointIeee754<T>
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new T[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            T m = T.NegativeInfinity;
            T d = T.Zero;
            for (int c = 0; c < cols; c++)
            {
                T next = T.Max(m, x[r, c]);
                d = d * T.Exp(m - next) + T.Exp(x[r, c] - next);
                m = next;
            }

            for (int c = 0; c < cols; c++)
            {
                y[r, c] = T.Exp(x[r, c] - m) / d;
            }
        }

        return y;
    }

    public static double[,] SoftmaxDouble(double[,] x) => Softmax(x);

    public static float[,] SoftmaxSingle(float[,] x) => Softmax(x);
}
